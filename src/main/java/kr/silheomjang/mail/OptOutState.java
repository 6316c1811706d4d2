package kr.silheomjang.mail;

/**
 * What an opt-out link shows: the address partly hidden (whoever holds a forwarded mail learns little), and whether it
 * is opted out now.
 */
public record OptOutState(String maskedAddress, boolean optedOut) {
}
