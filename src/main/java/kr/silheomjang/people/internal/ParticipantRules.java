package kr.silheomjang.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantField;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.Texts;

/** The checks every participant passes, typed in the grid or imported from a file; one rule per kind of field. */
public final class ParticipantRules {

    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{6,40}");

    private ParticipantRules() {
    }

    /** Message keys of every problem (empty when the draft may be saved). */
    public static List<String> problems(ParticipantDraft d) {
        List<String> errors = new ArrayList<>();
        for (ParticipantField f : ParticipantField.values()) {
            String problem = problem(f, f.get(d));
            if (problem != null && !errors.contains(problem)) {
                errors.add(problem);
            }
        }
        return errors;
    }

    private static @Nullable String problem(ParticipantField f, @Nullable Object value) {
        String text = value instanceof String s && !s.isBlank() ? s.strip() : null;
        return switch (f.check()) {
            case NAME -> Texts.isBlank((String) value) ? "people.error.nameRequired"
                    : Texts.strip((String) value).length() > f.maxLength() ? "people.error.nameTooLong" : null;
            case PHONE -> text != null && !PHONE.matcher(text).matches() ? "people.error.phoneInvalid" : null;
            case EMAIL -> text != null && !AccountService.isValidEmail(AccountService.normalizeEmail(text))
                    ? "people.error.emailInvalid" : null;
            case TEXT -> text != null && text.length() > f.maxLength() ? "people.error.textTooLong" : null;
            case CHOICE -> value == null ? "people.error." + f.key() + "Required" : null;
        };
    }

    /** Trims, and stores blanks as nothing. */
    public static ParticipantDraft clean(ParticipantDraft d) {
        ParticipantDraft.Builder b = d.toBuilder();
        for (ParticipantField f : ParticipantField.values()) {
            if (f.get(d) instanceof String s) {
                b.set(f, f.check() == ParticipantField.Check.NAME ? Texts.strip(s) : Texts.stripToNull(s));
            }
        }
        return b.build();
    }
}
