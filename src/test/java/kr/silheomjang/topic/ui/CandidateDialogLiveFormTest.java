package kr.silheomjang.topic.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;

import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.topic.CandidateDetails;
import kr.silheomjang.topic.CandidateDraft;
import kr.silheomjang.topic.OutreachService;
import kr.silheomjang.topic.OutreachStep;
import kr.silheomjang.topic.TopicService;

/**
 * The candidate edit dialog is a live form (decision note 0013): a co-planner's save never overwrites what is being
 * typed, and a save over their change waits for "그 값 사용" / "내 값 유지". The outreach section follows live too.
 */
class CandidateDialogLiveFormTest extends BrowserlessSupport {

    @Autowired
    TopicService topics;
    @Autowired
    OutreachService outreach;

    static CandidateDraft draft(String title, String body) {
        return new CandidateDraft(title, body, "민주주의 서울", null, LocalDate.of(2025, 12, 4), true, "최시민",
                null, null, null, List.of("교통"));
    }

    @Test
    void aCoPlannersSaveNeverOverwritesTheOpenForm() {
        String a = newAccount("김기획");
        String b = newAccount("이준비");
        String title = "인형 " + System.nanoTime();
        long id = signedIn.as(a, () -> topics.create(draft(title, "처음 본문")));
        BrowserlessUIContext window = windowOf(a);
        TopicDetailView view = window.navigate(TopicDetailView.class,
                Map.of(TopicDetailView.PARAM, String.valueOf(id)));
        in(window).test(view.edit).click();
        CandidateDialog dialog = opened(window, CandidateDialog.class);
        assertThat(view.editDialog).isSameAs(dialog);
        in(window).test(dialog.title).setValue(title + " (내 수정)");

        // b changes the body only: it arrives in the untouched body field, the typed title stays.
        CandidateDetails seen = signedIn.as(b, () -> topics.get(id));
        signedIn.run(b, () -> topics.update(id, seen.version(), draft(title, "이준비의 본문")));
        await(window, () -> dialog.body.getValue().equals("이준비의 본문"));
        assertThat(dialog.title.getValue()).isEqualTo(title + " (내 수정)");
        assertThat(dialog.form.marked()).isEmpty();

        // b changes the title too: the field keeps the user's text and is marked; the save waits for a choice.
        CandidateDetails seen2 = signedIn.as(b, () -> topics.get(id));
        signedIn.run(b, () -> topics.update(id, seen2.version(), draft(title + " (이준비)", "이준비의 본문")));
        await(window, () -> dialog.form.marked().contains("title"));
        assertThat(dialog.title.getValue()).isEqualTo(title + " (내 수정)");
        in(window).test(dialog.save).click();
        assertThat(dialog.conflictBox.isVisible()).isTrue();
        assertThat(signedIn.as(a, () -> topics.get(id)).draft().title()).isEqualTo(title + " (이준비)");

        dialog.form.keepMine("title");
        in(window).test(dialog.save).click();
        CandidateDetails saved = signedIn.as(a, () -> topics.get(id));
        assertThat(saved.draft().title()).isEqualTo(title + " (내 수정)");
        assertThat(saved.draft().body()).isEqualTo("이준비의 본문");
    }

    @Test
    void theOutreachSectionShowsACoPlannersStepLive() {
        String a = newAccount("김기획");
        String b = newAccount("이준비");
        long id = signedIn.as(a, () -> topics.create(draft("빨대 " + System.nanoTime(), "본문")));
        BrowserlessUIContext window = windowOf(a);
        TopicDetailView view = window.navigate(TopicDetailView.class,
                Map.of(TopicDetailView.PARAM, String.valueOf(id)));
        assertThat(view.outreachSection.notice.isVisible()).isFalse();
        signedIn.run(b, () -> outreach.logStep(id, new kr.silheomjang.topic.OutreachEntryDraft(
                OutreachStep.INTRODUCED, LocalDate.now(java.time.ZoneId.of("Asia/Seoul")), "전화", null, null,
                "취지를 설명함")));
        await(window, () -> view.outreachSection.log.getElement().getTextRecursively().contains("취지를 설명함"));
        assertThat(view.outreachSection.log.getElement().getTextRecursively()).contains("취지와 맥락 소개", "이준비");
    }

    /** QA: Esc threw away a whole proposal typed in. Now it asks when something was typed; with nothing, it closes. */
    @Test
    void escapeAsksBeforeThrowingAwayWhatWasTyped() {
        BrowserlessUIContext window = windowOf(newAccount("김기획"));
        TopicPoolView pool = window.navigate(TopicPoolView.class);
        in(window).test(pool.create).click();
        CandidateDialog empty = opened(window, CandidateDialog.class);
        escape(empty);
        assertThat(empty.isOpened()).as("nothing typed: closes at once").isFalse();

        in(window).test(pool.create).click();
        CandidateDialog dialog = opened(window, CandidateDialog.class);
        in(window).test(dialog.title).setValue("역 안 빈 공간에 야학을");
        escape(dialog);
        assertThat(dialog.isOpened()).isTrue();
        answerQuestion(window, "discard-keep", false);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.title.getValue()).isEqualTo("역 안 빈 공간에 야학을");
        escape(dialog);
        answerQuestion(window, "discard-keep", true);
        assertThat(dialog.isOpened()).isFalse();
    }
}
