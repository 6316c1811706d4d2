package kr.silheomjang.experiment;

/** A member as the team list shows them; {@code version} is what a role change is checked against. */
public record MemberView(long memberId, long userId, String displayName, String email, MemberRole role,
        long version) {
}
