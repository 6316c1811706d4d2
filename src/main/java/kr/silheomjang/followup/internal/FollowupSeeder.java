package kr.silheomjang.followup.internal;

import kr.silheomjang.security.RunAs;

import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import kr.silheomjang.experiment.DemoWorkspaceCreated;
import kr.silheomjang.followup.MailTemplate;
import kr.silheomjang.followup.MailingService;
import kr.silheomjang.followup.RetroBoard;
import kr.silheomjang.followup.RetroKind;
import kr.silheomjang.followup.RetroParty;
import kr.silheomjang.followup.RetrospectiveService;
import kr.silheomjang.survey.PublicSurveyService;
import kr.silheomjang.survey.SurveyDetails;
import kr.silheomjang.survey.SurveyService;

/**
 * The demo case's follow-up: participant and partner links with a few answers, the team's own notes, and one "next
 * time" action proposed to a planning template, a mailing, so every part of the tab has something to show. Made through the
 * services, as the demo owner and planner.
 */
@Component
class FollowupSeeder {

    private final RunAs runAs;
    private final RetrospectiveService retro;
    private final SurveyService surveys;
    private final PublicSurveyService publicSurveys;
    private final MailingService mailings;

    FollowupSeeder(RunAs runAs, RetrospectiveService retro, SurveyService surveys,
            PublicSurveyService publicSurveys, MailingService mailings) {
        this.mailings = mailings;
        this.runAs = runAs;
        this.retro = retro;
        this.surveys = surveys;
        this.publicSurveys = publicSurveys;
    }

    @EventListener
    void on(DemoWorkspaceCreated e) {
        long id = e.nightSchoolId();
        runAs.user(e.ownerUserId(), () -> {
            answer(id, retro.openLink(id, RetroParty.PARTICIPANT, java.util.Locale.KOREAN), "participant",
                    List.of("역에서 배우니 설렜어요", "지나가는 소리에 잘 안 들렸어요", "마이크가 있으면 좋겠어요"),
                    List.of("선생님이 친절했어요", "", "다음엔 한 달에 한 번 열어 주세요"));
            answer(id, retro.openLink(id, RetroParty.PARTNER, java.util.Locale.KOREAN), "partner",
                    List.of("역사 안전요원과 협력이 잘 되었습니다", "안내 표지판이 늦게 설치되었습니다", ""));
            return null;
        });
        runAs.user(e.plannerUserId(), () -> {
            retro.addEntry(id, RetroParty.STAFF, RetroKind.GOOD, "접수 동선이 짧아 대기가 거의 없었다");
            retro.addEntry(id, RetroParty.STAFF, RetroKind.REGRET, "촬영 불가 명단을 촬영팀이 늦게 받았다");
            retro.addEntry(id, RetroParty.STAFF, RetroKind.IMPROVE, "촬영 불가 명단은 행사 3일 전까지 촬영팀에 전달하기");
            RetroBoard board = retro.board(id);
            RetroBoard.Item improve = board.items(RetroParty.STAFF, RetroKind.IMPROVE).get(0);
            long actionId = retro.makeAction(id, improve.ref(), improve.text());
            retro.templates(id).stream().flatMap(t -> t.items().stream()).findFirst().ifPresent(item -> {
                long version = retro.board(id).actions().stream().filter(a -> a.id() == actionId).findFirst()
                        .orElseThrow().version();
                retro.propose(id, actionId, version, item.id());
            });
            return null;
        });
    }

    /**
     * The mailings, once the other features' demo data exists (the participants they go to): just before the demo's
     * transaction commits, as the planner.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void mailings(DemoWorkspaceCreated e) {
        long id = e.nightSchoolId();
        runAs.user(e.plannerUserId(), () -> {
            // A thank-you draft ready to preview, and an invitation to the next conversation already sent, so the
            // delivery log has something to show: through the server where one is configured, else recorded as sent by
            // hand from the CSV (the embedded default has no mail server). Its recipients are the demo participants
            // with an address.
            mailings.create(id, MailTemplate.THANKS, java.util.Locale.KOREAN);
            long more = mailings.create(id, MailTemplate.MORE, java.util.Locale.KOREAN);
            if (!mailings.recipients(id, more).list().isEmpty()) {
                long version = mailings.get(id, more).version();
                if (mailings.mailConfigured(id)) {
                    mailings.send(id, more, version);
                } else {
                    mailings.markSentByHand(id, more, version);
                }
            }
            return null;
        });
    }

    /** Submits answers (one list per respondent: good, regret, improve) through the public form, as a visitor would. */
    @SafeVarargs
    private void answer(long experimentId, long surveyId, String who, List<String>... respondents) {
        SurveyDetails form = surveys.get(experimentId, surveyId);
        int n = 0;
        for (List<String> given : respondents) {
            Map<Long, List<String>> byQuestion = new java.util.HashMap<>();
            for (int i = 0; i < given.size(); i++) {
                if (!given.get(i).isEmpty()) {
                    byQuestion.put(form.questions().get(i).id(), List.of(given.get(i)));
                }
            }
            publicSurveys.submit(form.token(), byQuestion, "demo-" + who + "-" + n, "demo-" + who + "-" + n++);
        }
    }
}
