package kr.silheomjang.security;

/**
 * An account is being deleted: published inside the deleting transaction, before the account row is anonymised, so
 * each feature drops what belongs to the person alone (memberships, notifications, calendar feed links) in the same
 * transaction. A listener may refuse with a {@link kr.silheomjang.shared.UserFacingException} (e.g. the person is the
 * last owner of an experiment): then nothing is deleted.
 *
 * @param userId the account
 * @param email  its address as it was (for anything kept by address)
 */
public record AccountErasing(long userId, String email) {
}
