package kr.silheomjang.shared;

import java.util.List;

/**
 * A refusal the user should read: carries message keys of the i18n bundle (never raw text), so the UI can show it in
 * the user's language. Thrown by services before anything is written.
 */
public class UserFacingException extends RuntimeException {

    private final List<String> messageKeys;

    public UserFacingException(String messageKey) {
        this(List.of(messageKey));
    }

    public UserFacingException(List<String> messageKeys) {
        super(String.join(", ", messageKeys));
        this.messageKeys = List.copyOf(messageKeys);
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
