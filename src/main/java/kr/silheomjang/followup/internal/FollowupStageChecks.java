package kr.silheomjang.followup.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.experiment.StageCheck;
import kr.silheomjang.experiment.StageCheckSource;
import kr.silheomjang.followup.FollowupLive;
import kr.silheomjang.followup.MailTemplate;
import kr.silheomjang.followup.MailingService;
import kr.silheomjang.followup.RetrospectiveService;
import kr.silheomjang.survey.SurveyLive;

/**
 * The follow-up stage's checklist items judged from this module's data: retrospective collected, thanks sent,
 * results shared. Reads through the services, so the caller's access is checked like any read.
 */
@Component
class FollowupStageChecks implements StageCheckSource {

    private final RetrospectiveService retro;
    private final MailingService mailings;

    FollowupStageChecks(RetrospectiveService retro, MailingService mailings) {
        this.retro = retro;
        this.mailings = mailings;
    }

    @Override
    public List<StageCheck> stageChecks(long experimentId) {
        String base = "experiments/" + experimentId + "/followup";
        int items = retro.itemCount(experimentId);
        return List.of(
                new StageCheck("followup.check.retro", Stage.FOLLOW_UP, items > 0, String.valueOf(items), base),
                new StageCheck("followup.check.thanks", Stage.FOLLOW_UP,
                        mailings.wasSent(experimentId, MailTemplate.THANKS), null, base + "/mail"),
                new StageCheck("followup.check.results", Stage.FOLLOW_UP,
                        mailings.wasSent(experimentId, MailTemplate.RESULTS), null, base + "/mail"));
    }

    @Override
    public Set<? extends LiveKind> liveKinds() {
        return Set.of(FollowupLive.RETRO, FollowupLive.MAILING, SurveyLive.RESPONSE);
    }
}
