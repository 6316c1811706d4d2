package kr.silheomjang.experiment;

public record MemberView(long memberId, long userId, String displayName, String email, MemberRole role) {
}
