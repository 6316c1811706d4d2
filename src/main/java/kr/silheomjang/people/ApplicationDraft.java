package kr.silheomjang.people;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a person sends through the public form: contact, the answers (in the order of the form's questions), the
 * privacy notice version they read and agreed to (null: not agreed), and the separate, optional filming consent.
 */
public record ApplicationDraft(@Nullable String name, @Nullable String phone, @Nullable String email,
        List<String> answers, @Nullable Integer agreedNoticeVersion, boolean photoConsent) {

    public ApplicationDraft {
        answers = List.copyOf(answers);
    }
}
