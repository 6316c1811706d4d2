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

    /** The guide's defaults: a form a new owner only needs to check (title from the experiment). */
    public static RecruitmentSettings defaults(String experimentTitle) {
        return new RecruitmentSettings(experimentTitle + " 참여자 모집", null, null, null, 20, null,
                List.of("참여하고 싶은 이유를 적어 주세요."),
                "실험장 참여자 선정과 행사 안내, 참여 여부 확인",
                "이름, 휴대전화 번호, 이메일(선택), 질문에 대한 답변",
                "실험장 후속 작업이 끝난 뒤 3개월까지 보관하고 파기합니다.",
                "동의하지 않을 권리가 있습니다. 동의하지 않으면 신청할 수 없지만, 그 밖의 불이익은 없습니다.",
                null);
    }
}
