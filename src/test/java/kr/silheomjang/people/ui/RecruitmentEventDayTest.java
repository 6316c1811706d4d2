package kr.silheomjang.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;

import kr.silheomjang.experiment.ExperimentDraft;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.support.BrowserlessMailSupport;
import kr.silheomjang.support.Drafts;

/**
 * With a mail server, the recruitment page says when the reconfirmation request goes by itself, counted back from the
 * event day: a co-planner moving the event day changes that line on the open page, without a reload.
 */
class RecruitmentEventDayTest extends BrowserlessMailSupport {

    @Autowired
    ExperimentService experiments;

    @Test
    void theOpenRecruitmentPageFollowsTheEventDayAPlannerMoves() {
        String owner = newAccount("모집소유");
        String planner = newAccount("모집기획");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("행사일 바뀌는 모집")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        BrowserlessUIContext window = windowOf(owner);
        RecruitmentView view = window.navigate(RecruitmentView.class, Map.of("experimentId", String.valueOf(id)));
        window.test(window.find(Button.class).withId("recruit-create").single()).click();
        // The form's own announcement is heard first: a re-read it caused later would show any event day.
        settle(window);
        assertThat(view.mails.reconfirmPlan.getText())
                .contains("행사(2027년 4월 1일 (목)) 3일 전인 2027년 3월 29일 (월)부터");

        ExperimentDraft moved = Drafts.valid("행사일 바뀌는 모집");
        moved.setEventDate(LocalDate.of(2027, 4, 8));
        signedIn.run(planner, () -> experiments.update(id, experiments.get(id).version(), moved));
        await(window, () -> view.mails.reconfirmPlan.getText().contains("2027년 4월 8일"));
        assertThat(view.mails.reconfirmPlan.getText())
                .contains("행사(2027년 4월 8일 (목)) 3일 전인 2027년 4월 5일 (월)부터").doesNotContain("4월 1일");
    }
}
