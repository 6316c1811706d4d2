package kr.silheomjang.followup;

/** A mailing as one recipient will read it (merge fields filled in). */
public record MailPreview(String to, String subject, String body) {
}
