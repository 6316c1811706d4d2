package kr.silheomjang.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.followup.MailingService;
import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantGroup;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.support.BrowserlessMailSupport;
import kr.silheomjang.support.Drafts;

/**
 * Sending a mailing cannot be called back: the page asks first, with the number of recipients, and its safe answer
 * (focused) sends nothing. Confirming puts one mail per recipient in the outbox, once; the success message counts
 * the queued and, as the page did before sending, who was left out (opted out, no usable address).
 */
class MailingSendQuestionTest extends BrowserlessMailSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    ParticipantService participants;
    @Autowired
    MailingService mailings;
    @Autowired
    JdbcTemplate jdbc;

    String owner;
    long id;

    void attended(String name, String email) {
        signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named(name).toBuilder().email(email)
                .group(ParticipantGroup.PARTICIPANT).status(AttendanceStatus.ATTENDED).build()));
    }

    /** The outbox rows of this experiment with {@code status}, or all of them with null. */
    int outbox(String status) {
        return jdbc.queryForObject("select count(*) from mail_message where experiment_id = ?"
                + (status == null ? "" : " and status = '" + status + "'"), Integer.class, id);
    }

    ConfirmDialog question(BrowserlessUIContext window) {
        runQueuedAccess(window);
        return window.find(ConfirmDialog.class).withId("mail-send-question").single();
    }

    @Test
    void sendingAsksFirstTheSafeAnswerSendsNothingAndConfirmingQueuesEachRecipientOnce() {
        owner = newAccount("소유자");
        id = signedIn.as(owner, () -> experiments.create(Drafts.valid("보내기 전에 묻는 실험장")));
        String tag = String.valueOf(System.nanoTime());
        attended("김참석", "kim" + tag + "@example.kr");
        attended("최참석", "choi" + tag + "@example.kr");
        attended("박거부", "park" + tag + "@example.kr");
        attended("이옛주소", "lee" + tag + "@example.kr");
        jdbc.update("insert into mail_opt_out (email, opted_out_at) values (?, current_timestamp)",
                "park" + tag + "@example.kr");
        // An address kept from before the participant form checked addresses: counted as none, never queued.
        jdbc.update("update participant set email = ? where experiment_id = ? and full_name = '이옛주소'",
                "lee" + tag + "@localhost", id);

        BrowserlessUIContext window = windowOf(owner);
        MailingView view = window.navigate(MailingView.class, Map.of("experimentId", String.valueOf(id)));
        window.test(view.create).click();
        long mailingId = signedIn.as(owner, () -> mailings.list(id)).get(0).id();
        assertThat(view.send.isEnabled()).as("a mail server is set up").isTrue();
        assertThat(view.recipientSummary.getElement().getAttribute("data-count")).isEqualTo("2");
        assertThat(view.recipientSummary.getText()).contains("받는 사람 2명", "주소 없음 1명", "수신 거부 1명");

        // Send: a question first, naming how many it goes to, its safe answer focused.
        window.test(view.send).click();
        com.vaadin.flow.dom.Element firstFocus = focusedOnOpen(window.getUI());
        ConfirmDialog asked = question(window);
        assertThat(asked.isOpened()).isTrue();
        assertThat(asked.getElement().getProperty("message")).contains("받는 사람 2명에게");
        Button keep = window.find(Button.class).withId("mail-send-keep").single();
        assertThat(keep.getText()).isEqualTo("아직 보내지 않기");
        assertThat(keep.getElement().getAttribute("slot")).as("the dialog's cancel button").isEqualTo(
                "cancel-button");
        assertThat(firstFocus).as("the first focus goes to the safe answer").isEqualTo(keep.getElement());
        // The safe answer: the question closes, nothing is queued, the mailing is still a draft.
        answerQuestion(window, "mail-send-keep", false);
        assertThat(outbox(null)).isZero();
        assertThat(signedIn.as(owner, () -> mailings.get(id, mailingId)).sentAt()).isNull();
        assertThat(view.sentNote.isVisible()).isFalse();

        // Confirmed: one outbox row per recipient the page counted; the opted-out and unusable addresses are not
        // queued, and the success message names them as the page did.
        window.test(view.send).click();
        answerQuestion(window, "mail-send-keep", true);
        assertThat(outbox(null)).isEqualTo(2);
        assertThat(outbox("QUEUED")).isEqualTo(2);
        assertThat(jdbc.queryForList("select recipient from mail_message where experiment_id = ?", String.class, id))
                .containsExactlyInAnyOrder("kim" + tag + "@example.kr", "choi" + tag + "@example.kr");
        assertThat(notificationTexts(window))
                .contains("발송 대기 2건 (이미 보낸 0건, 제외: 수신 거부 1명, 주소 없음·잘못된 주소 1명)");
        assertThat(signedIn.as(owner, () -> mailings.get(id, mailingId)).sentAt()).isNotNull();
        assertThat(view.sentNote.isVisible()).isTrue();

        // Sent again (asked again), as to people added since: those already mailed are not mailed twice.
        assertThat(view.send.getText()).isEqualTo("새로 추가된 분께만 발송");
        window.test(view.send).click();
        assertThat(question(window).isOpened()).isTrue();
        answerQuestion(window, "mail-send-keep", true);
        assertThat(outbox(null)).isEqualTo(2);
        assertThat(notificationTexts(window))
                .contains("발송 대기 0건 (이미 보낸 2건, 제외: 수신 거부 1명, 주소 없음·잘못된 주소 1명)");
    }

    /**
     * What the open question asks the browser to focus first: the element passed to the script that moves the focus
     * from the confirm button (ui.DestructiveQuestion). The real focus is checked in the real-browser tests.
     */
    static com.vaadin.flow.dom.Element focusedOnOpen(UI ui) {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<PendingJavaScriptInvocation> calls = ui.getInternals().dumpPendingJavaScriptInvocations();
        for (PendingJavaScriptInvocation call : calls) {
            if (call.getInvocation().getExpression().contains("keep.focus()")) {
                // The script's argument, beside the dialog's own element (its "this").
                return call.getInvocation().getParameters().stream()
                        .map(p -> p instanceof com.vaadin.flow.component.Component c ? c.getElement() : p)
                        .filter(com.vaadin.flow.dom.Element.class::isInstance)
                        .map(com.vaadin.flow.dom.Element.class::cast)
                        .filter(e -> e.getNode() != call.getOwner()).findFirst().orElse(null);
            }
        }
        throw new AssertionError("no script moved the focus; sent: " + calls.stream()
                .map(c -> c.getInvocation().getExpression()).toList());
    }
}
