package kr.silheomjang.security;

/** One account as the administrators' page lists it. */
public record AccountSummary(long id, String displayName, String email, boolean administrator) {
}
