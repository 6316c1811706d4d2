package kr.silheomjang.people.internal;

import java.util.ArrayList;
import java.util.List;

import kr.silheomjang.people.RecruitmentSettings;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;

/** The checks on a sign-up form's settings: every problem at once, as message keys; blanks stored as nothing. */
public final class RecruitmentRules {

    private RecruitmentRules() {
    }

    public static RecruitmentSettings validated(RecruitmentSettings s) {
        List<String> errors = new ArrayList<>();
        String title = Texts.strip(s.title() == null ? "" : s.title());
        if (title.isEmpty()) {
            errors.add("recruit.error.titleRequired");
        } else if (title.length() > 200) {
            errors.add("recruit.error.tooLong");
        }
        if (s.capacity() < 1 || s.capacity() > 10_000) {
            errors.add("recruit.error.capacity");
        }
        if (s.maxApplications() != null && s.maxApplications() < s.capacity()) {
            errors.add("recruit.error.maxApplications");
        }
        if (s.opensOn() != null && s.closesOn() != null && s.closesOn().isBefore(s.opensOn())) {
            errors.add("recruit.error.dates");
        }
        List<String> questions = s.questions().stream().map(q -> Texts.strip(q == null ? "" : q))
                .filter(q -> !q.isEmpty()).toList();
        if (questions.size() > RecruitmentSettings.MAX_QUESTIONS) {
            errors.add("recruit.error.tooManyQuestions");
        }
        if (questions.stream().anyMatch(q -> q.length() > RecruitmentSettings.MAX_QUESTION_LENGTH)
                || String.join("\n", questions).length() > RecruitmentSettings.MAX_QUESTIONS_TEXT) {
            errors.add("recruit.error.tooLong");
        }
        String purpose = Texts.strip(nz(s.noticePurpose()));
        String items = Texts.strip(nz(s.noticeItems()));
        String retention = Texts.strip(nz(s.noticeRetention()));
        String refusal = Texts.strip(nz(s.noticeRefusal()));
        if (purpose.isEmpty() || items.isEmpty() || retention.isEmpty() || refusal.isEmpty()) {
            errors.add("recruit.error.noticeRequired");
        }
        if (purpose.length() > 1000 || items.length() > 1000 || retention.length() > 500 || refusal.length() > 1000
                || nz(s.intro()).length() > 2000 || nz(s.eventInfo()).length() > 2000) {
            add(errors, "recruit.error.tooLong");
        }
        if (s.reconfirmDaysBefore() != null && (s.reconfirmDaysBefore() < 1
                || s.reconfirmDaysBefore() > RecruitmentSettings.MAX_RECONFIRM_DAYS)) {
            errors.add("recruit.error.reconfirmDays");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        return new RecruitmentSettings(title, Texts.stripToNull(s.intro()), s.opensOn(), s.closesOn(), s.capacity(),
                s.maxApplications(), questions, purpose, items, retention, refusal, Texts.stripToNull(s.eventInfo()),
                s.reconfirmDaysBefore());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void add(List<String> errors, String key) {
        if (!errors.contains(key)) {
            errors.add(key);
        }
    }
}
