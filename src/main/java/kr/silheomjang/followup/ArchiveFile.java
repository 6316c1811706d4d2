package kr.silheomjang.followup;

/** An uploaded archive file: bytes, type and name. */
public record ArchiveFile(byte[] bytes, String type, String name) {
}
