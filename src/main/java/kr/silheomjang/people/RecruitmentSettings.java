package kr.silheomjang.people;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the owner sets for the public sign-up form: the form's title and introduction, the dates it takes sign-ups
 * (inclusive, Asia/Seoul), the capacity (places to select), an optional limit on sign-ups, the planners' own questions
 * (one per entry), the privacy notice the law requires (purpose, items, retention, the right to refuse and what refusing
 * means), the event information mailed to confirmed participants, and how many days before the event day the
 * reconfirmation request goes by itself (null: only by hand).
 */
public record RecruitmentSettings(String title, @Nullable String intro, @Nullable LocalDate opensOn,
        @Nullable LocalDate closesOn, int capacity, @Nullable Integer maxApplications, List<String> questions,
        String noticePurpose, String noticeItems, String noticeRetention, String noticeRefusal,
        @Nullable String eventInfo, @Nullable Integer reconfirmDaysBefore) {

    public static final int MAX_QUESTIONS = 10;
    public static final int DEFAULT_RECONFIRM_DAYS = 3;
    public static final int MAX_RECONFIRM_DAYS = 30;
    public static final int MAX_QUESTION_LENGTH = 300;
    /** All the questions, one per line: the column recruitment.questions. */
    public static final int MAX_QUESTIONS_TEXT = 3000;

    public RecruitmentSettings {
        questions = List.copyOf(questions);
    }

    /** Settings with the default automatic reconfirmation ({@value #DEFAULT_RECONFIRM_DAYS} days before). */
    public RecruitmentSettings(String title, @Nullable String intro, @Nullable LocalDate opensOn,
            @Nullable LocalDate closesOn, int capacity, @Nullable Integer maxApplications, List<String> questions,
            String noticePurpose, String noticeItems, String noticeRetention, String noticeRefusal,
            @Nullable String eventInfo) {
        this(title, intro, opensOn, closesOn, capacity, maxApplications, questions, noticePurpose, noticeItems,
                noticeRetention, noticeRefusal, eventInfo, DEFAULT_RECONFIRM_DAYS);
    }

    /** Translated words: a view's {@code getTranslation}, or an {@code I18NProvider} with a fixed locale. */
    @FunctionalInterface
    public interface Words {
        String get(String key, Object... args);

        static Words of(com.vaadin.flow.i18n.I18NProvider i18n, java.util.@Nullable Locale locale) {
            return (key, args) -> i18n.getTranslation(key, kr.silheomjang.shared.Texts.language(locale), args);
        }
    }

    /**
     * The guide's defaults: a form a new owner only needs to check (title from the experiment), written in the
     * owner's language ({@code words}) and then edited as their own text.
     */
    public static RecruitmentSettings defaults(String experimentTitle, Words words) {
        return defaults(experimentTitle, words, null);
    }

    /** The same, the notice promising the experiment's own retention ({@code retentionDays}; null: the year). */
    public static RecruitmentSettings defaults(String experimentTitle, Words words, @Nullable Integer retentionDays) {
        return new RecruitmentSettings(words.get("recruit.default.title", experimentTitle), null, null, null, 20, null,
                List.of(words.get("recruit.default.question")), words.get("recruit.default.noticePurpose"),
                words.get("recruit.default.noticeItems"), noticeRetention(words, retentionDays),
                words.get("recruit.default.noticeRefusal"), null);
    }

    /** What the privacy notice promises for this retention: the rule the nightly purge follows (people.retention). */
    public static String noticeRetention(Words words, @Nullable Integer retentionDays) {
        return retentionDays == null ? words.get("recruit.default.noticeRetention")
                : words.get("recruit.default.noticeRetentionDays", retentionDays);
    }
}
