package kr.silheomjang.experiment;

/**
 * A freshly issued invitation. The link is shown once to the owner (and mailed when SMTP is configured); only its hash
 * is stored.
 */
public record IssuedInvitation(String email, String link, boolean mailed) {
}
