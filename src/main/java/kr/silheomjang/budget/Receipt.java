package kr.silheomjang.budget;

import java.io.IOException;
import java.io.InputStream;

/** A receipt's name, type and size, and its content as a stream opened on demand (never read whole). */
public record Receipt(String name, String type, long size, Content content) {

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
