package kr.silheomjang.survey.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.silheomjang.experiment.DemoWorkspaceCreated;
import kr.silheomjang.experiment.ExperimentCreated;
import kr.silheomjang.survey.QuestionType;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.shared.CallerWords;
import kr.silheomjang.survey.SurveyAudience;
import kr.silheomjang.survey.SurveyQuestion;

/**
 * Every new experiment starts with the guide's forms, copied from the stored templates (V5; English by V68) in the
 * language of the person whose action creates the experiment (decision 0070: Korean for jobs and the demo).
 */
@Component
public class SurveySeeder {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyRepository surveys;
    private final TemplateQuestionRepository templates;
    private final AccountService accounts;
    private final Clock clock;
    private final ResponseRepository responses;
    private final AnswerRepository answers;
    private final CallerWords caller;

    SurveySeeder(SurveyRepository surveys, TemplateQuestionRepository templates, AccountService accounts,
            Clock clock, ResponseRepository responses, AnswerRepository answers, CallerWords caller) {
        this.caller = caller;
        this.responses = responses;
        this.answers = answers;
        this.surveys = surveys;
        this.templates = templates;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** 32 random bytes, URL-safe: the public link cannot be guessed or enumerated. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The demo case gets a short on-site form with a few answers, so the results page has bars to show. */
    @EventListener
    void on(DemoWorkspaceCreated e) {
        Instant now = clock.instant();
        Survey s = new Survey(e.nightSchoolId(), "현장 만족도 (데모)", SurveyAudience.CUSTOM, newToken(), now, "데모");
        List<SurveyQuestion> qs = List.of(
                new SurveyQuestion(null, QuestionType.RATING, "오늘 야학 수업은 얼마나 만족스러우셨나요?", List.of(), true),
                new SurveyQuestion(null, QuestionType.YES_NO, "다음에도 지하철역 야학에 오시겠어요?", List.of(), true),
                new SurveyQuestion(null, QuestionType.MULTIPLE_CHOICE, "좋았던 수업을 모두 골라 주세요",
                        List.of("한글", "스마트폰 사용법", "노래 교실"), false),
                new SurveyQuestion(null, QuestionType.SHORT_TEXT, "한마디 남겨 주세요", List.of(), false));
        for (int i = 0; i < qs.size(); i++) {
            Question q = new Question(s);
            q.apply(i, qs.get(i));
            s.getQuestions().add(q);
        }
        surveys.save(s);
        String[][] demo = { { "5", "YES", "한글\n노래 교실", "역에서 공부하니 새로웠어요" },
                { "4", "YES", "스마트폰 사용법", "" }, { "5", "YES", "한글", "또 열어 주세요" },
                { "3", "NO", "노래 교실", "시끄러워서 조금 힘들었어요" }, { "4", "YES", "스마트폰 사용법\n노래 교실", "" } };
        for (String[] row : demo) {
            Response r = responses.save(new Response(s.getId(), now));
            for (int i = 0; i < row.length; i++) {
                if (!row[i].isEmpty()) {
                    Question q = s.getQuestions().get(i);
                    answers.save(new Answer(r.getId(), q.getId(), i, q.getType(), q.getText(), row[i]));
                }
            }
        }
    }

    @EventListener
    void on(ExperimentCreated e) {
        AppUser owner = accounts.findByIds(List.of(e.ownerUserId())).get(e.ownerUserId());
        String by = owner == null ? "" : owner.displayName();
        Instant now = clock.instant();
        Map<String, List<TemplateQuestion>> byCode = new LinkedHashMap<>();
        List<TemplateQuestion> stored = templates.findByLanguageOrderByTemplateCodeDescSortOrderAsc(
                caller.language().getLanguage());
        if (stored.isEmpty()) {
            // No forms in that language (a language added to the UI before its templates): the Korean ones.
            stored = templates.findByLanguageOrderByTemplateCodeDescSortOrderAsc("ko");
        }
        for (TemplateQuestion t : stored) {
            byCode.computeIfAbsent(t.getTemplateCode(), k -> new java.util.ArrayList<>()).add(t);
        }
        for (var entry : byCode.entrySet()) {
            SurveyAudience audience = switch (entry.getKey()) {
                case "PARTICIPANT" -> SurveyAudience.PARTICIPANT;
                case "FOLLOW_UP" -> SurveyAudience.FOLLOW_UP;
                default -> SurveyAudience.CUSTOM;
            };
            Survey s = new Survey(e.experimentId(), entry.getValue().get(0).getTemplateTitle(), audience, newToken(),
                    now, by);
            int i = 0;
            for (TemplateQuestion t : entry.getValue()) {
                SurveyQuestion q = t.toQuestion();
                Question row = new Question(s);
                row.apply(i++, q);
                s.getQuestions().add(row);
            }
            surveys.save(s);
        }
    }
}
