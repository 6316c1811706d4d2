package kr.silheomjang.security;

/** A signed-up person, as other features see them. */
public record AppUser(long id, String email, String displayName) {
}
