package kr.silheomjang.budget;

/** A receipt's bytes with the name and type it is served as. */
public record Receipt(byte[] bytes, String name, String type) {
}
