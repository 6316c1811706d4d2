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

import kr.silheomjang.experiment.ExperimentCreated;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.survey.SurveyAudience;
import kr.silheomjang.survey.SurveyQuestion;

/** Every new experiment starts with the guide's forms, copied from the stored templates (V5). */
@Component
public class SurveySeeder {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyRepository surveys;
    private final TemplateQuestionRepository templates;
    private final AccountService accounts;
    private final Clock clock;

    SurveySeeder(SurveyRepository surveys, TemplateQuestionRepository templates, AccountService accounts,
            Clock clock) {
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

    @EventListener
    void on(ExperimentCreated e) {
        AppUser owner = accounts.findByIds(List.of(e.ownerUserId())).get(e.ownerUserId());
        String by = owner == null ? "" : owner.displayName();
        Instant now = clock.instant();
        Map<String, List<TemplateQuestion>> byCode = new LinkedHashMap<>();
        for (TemplateQuestion t : templates.findAllByOrderByTemplateCodeDescSortOrderAsc()) {
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
