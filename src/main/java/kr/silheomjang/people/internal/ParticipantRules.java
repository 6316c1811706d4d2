package kr.silheomjang.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.Texts;

/** The checks every participant passes, typed in the grid or imported from a file. */
public final class ParticipantRules {

    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{6,40}");

    private ParticipantRules() {
    }

    /** Message keys of every problem (empty when the draft may be saved). */
    public static List<String> problems(ParticipantDraft d) {
        List<String> errors = new ArrayList<>();
        if (Texts.isBlank(d.name())) {
            errors.add("people.error.nameRequired");
        } else if (Texts.strip(d.name()).length() > 100) {
            errors.add("people.error.nameTooLong");
        }
        if (d.phone() != null && !d.phone().isBlank() && !PHONE.matcher(d.phone().strip()).matches()) {
            errors.add("people.error.phoneInvalid");
        }
        if (d.email() != null && !d.email().isBlank()
                && !AccountService.isValidEmail(AccountService.normalizeEmail(d.email()))) {
            errors.add("people.error.emailInvalid");
        }
        if (d.group() == null) {
            errors.add("people.error.groupRequired");
        }
        if (d.status() == null) {
            errors.add("people.error.statusRequired");
        }
        if (d.photoConsent() == null) {
            errors.add("people.error.photoRequired");
        }
        if (tooLong(d.accessibilityNeeds(), 1000) || tooLong(d.dietaryNeeds(), 1000) || tooLong(d.notes(), 2000)) {
            errors.add("people.error.textTooLong");
        }
        return errors;
    }

    /** Trims, and stores blanks as nothing. */
    public static ParticipantDraft clean(ParticipantDraft d) {
        return new ParticipantDraft(Texts.strip(d.name()), blank(d.phone()), blank(d.email()), d.group(), d.status(),
                d.photoConsent(), blank(d.accessibilityNeeds()), blank(d.dietaryNeeds()), blank(d.notes()));
    }

    private static boolean tooLong(String s, int max) {
        return s != null && s.strip().length() > max;
    }

    static String blank(String s) {
        return Texts.stripToNull(s);
    }
}
