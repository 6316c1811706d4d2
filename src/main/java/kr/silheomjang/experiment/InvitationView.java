package kr.silheomjang.experiment;

import java.time.Instant;

/** A pending invitation, as the owner sees it. */
public record InvitationView(long id, String email, MemberRole role, Instant expiresAt) {
}
