package kr.silheomjang.experiment;

import org.jspecify.annotations.Nullable;

/**
 * A freshly issued invitation. Only its hash is stored. When mail is configured the link went to the invited mailbox
 * only and {@code link} is null (the inviter must not be able to accept in the invitee's place); otherwise the link is
 * shown once to the inviter to pass on, and the address is not proven.
 *
 * @param accountExists the address already has an account, which accepts signed in (no password on the link)
 */
public record IssuedInvitation(String email, @Nullable String link, boolean mailed, boolean accountExists) {
}
