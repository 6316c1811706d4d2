package kr.silheomjang.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.people.ApplicantRow;
import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

/** Issue 14 in the views: the owner sets up the form, a person signs up on the public page, the grid follows live. */
class RecruitmentViewsTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;

    @Autowired
    kr.silheomjang.people.ProposerConsentService proposers;

    static List<ApplicantRow> rows(BrowserlessUIContext window, RecruitmentView view) {
        var grid = in(window).test(view.applicants.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    @Test
    void anOwnerOpensTheFormAPersonSignsUpAndConfirmsAndThePlannerSeesItLive() {
        String owner = newAccount("모집소유");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("모집 화면")));
        BrowserlessUIContext planner = windowOf(owner);
        RecruitmentView view = planner.navigate(RecruitmentView.class, Map.of("experimentId", String.valueOf(id)));
        assertThat(view.tabsText()).contains("모집");
        in(planner).test(view.body.getChildren().filter(c -> c.getId().orElse("").equals("recruit-create"))
                .map(c -> (com.vaadin.flow.component.button.Button) c).findFirst().orElseThrow()).click();
        assertThat(view.stateText.getText()).isEqualTo("신청을 받지 않고 있습니다.");
        // The base's header and tabs stay above the page's own content.
        assertThat(view.getElement().getTextRecursively()).contains("개요", "사람", "모집 화면");
        view.settings.eventInfo.setValue("토요일 오후 2시");
        in(planner).test(view.settings.save).click();
        in(planner).test(view.toggle).click();
        assertThat(view.stateText.getText()).isEqualTo("신청을 받고 있습니다.");
        assertThat(view.capacity.getText()).contains("정원 20명 중 0명 선정");
        String formLink = ((com.vaadin.flow.component.textfield.TextField) view.status.getChildren().findFirst()
                .orElseThrow().getChildren().filter(c -> c.getId().orElse("").equals("recruit-link")).findFirst()
                .orElseThrow()).getValue();
        String token = formLink.substring(formLink.lastIndexOf('/') + 1);

        BrowserlessUIContext phone = app.newUser(null).newWindow();
        PublicSignUpView form = phone.navigate(PublicSignUpView.class, Map.of("token", token));
        assertThat(form.body.getElement().getTextRecursively()).contains("개인정보 수집·이용 안내", "보유 기간");
        form.name.setValue("나시민");
        form.phone.setValue("010-4444-5555");
        in(phone).test(form.submit).click();
        assertThat(form.error.getText()).contains("개인정보 수집·이용에 동의해야 신청할 수 있습니다.");
        form.agree.setValue(true);
        in(phone).test(form.submit).click();
        assertThat(form.body.getElement().getTextRecursively()).contains("신청되었습니다");
        await(planner, () -> rows(planner, view).size() == 1
                && rows(planner, view).get(0).status() == AttendanceStatus.APPLIED);

        // Selected from the grid; the person confirms through their link; the grid shows 참여 확정.
        in(planner).test(view.applicants.grid).select(0);
        in(planner).test(view.applicants.actions.get(AttendanceStatus.SELECTED)).click();
        await(planner, () -> rows(planner, view).get(0).status() == AttendanceStatus.SELECTED
                && view.capacity.getText().contains("정원 20명 중 1명 선정"));
        String personal = ((com.vaadin.flow.component.textfield.TextField) form.body.getChildren()
                .filter(c -> c.getId().orElse("").equals("join-personal-link")).findFirst().orElseThrow()).getValue();
        PersonalLinkView rsvp = phone.navigate(PersonalLinkView.class,
                Map.of("token", personal.substring(personal.lastIndexOf('/') + 1)));
        assertThat(rsvp.body.getElement().getTextRecursively()).contains("참여자로 선정되었습니다");
        in(phone).test(rsvp.body.getChildren().filter(c -> c.getId().orElse("").equals("rsvp-confirm"))
                .map(c -> (com.vaadin.flow.component.button.Button) c).findFirst().orElseThrow()).click();
        assertThat(rsvp.body.getElement().getTextRecursively()).contains("참여가 확정되었습니다", "토요일 오후 2시");
        await(planner, () -> rows(planner, view).get(0).status() == AttendanceStatus.CONFIRMED);

        // Cancelling asks first; its safe answer changes nothing, only the red button cancels.
        java.util.function.Supplier<com.vaadin.flow.component.button.Button> cancel = () -> rsvp.body.getChildren()
                .filter(c -> c.getId().orElse("").equals("rsvp-cancel"))
                .map(c -> (com.vaadin.flow.component.button.Button) c).findFirst().orElseThrow();
        in(phone).test(cancel.get()).click();
        in(phone).test(phone.find(com.vaadin.flow.component.button.Button.class).withId("rsvp-keep").single()).click();
        assertThat(phone.find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).all())
                .noneMatch(com.vaadin.flow.component.confirmdialog.ConfirmDialog::isOpened);
        await(planner, () -> rows(planner, view).get(0).status() == AttendanceStatus.CONFIRMED);
        in(phone).test(cancel.get()).click();
        var question = phone.find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).all().stream()
                .filter(com.vaadin.flow.component.confirmdialog.ConfirmDialog::isOpened).findFirst().orElseThrow();
        com.vaadin.flow.component.ComponentUtil.fireEvent(question,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(question, true));
        await(planner, () -> rows(planner, view).get(0).status() == AttendanceStatus.CANCELLED);
    }

    /**
     * The privacy notice promised a retention of its own (three months, then a year) while the nightly purge follows
     * the experiment's days (사람 → 개인정보): a new form's notice says those days, and the field shows the rule.
     */
    @Test
    void aNewFormsNoticePromisesTheExperimentsOwnRetention() {
        String owner = newAccount("보존소유");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("보존 모집")));
        signedIn.run(owner, () -> proposers.setRetentionDays(id, proposers.get(id).version(), 90));
        BrowserlessUIContext window = windowOf(owner);
        RecruitmentView view = window.navigate(RecruitmentView.class, Map.of("experimentId", String.valueOf(id)));
        in(window).test(view.body.getChildren().filter(c -> c.getId().orElse("").equals("recruit-create"))
                .map(c -> (com.vaadin.flow.component.button.Button) c).findFirst().orElseThrow()).click();
        assertThat(view.settings.retention.getValue()).isEqualTo("실험장 후속 작업이 끝난 뒤 90일까지 보관하고 파기합니다.");
        assertThat(view.settings.retention.getHelperText()).contains("후속 작업 마감 90일 뒤");
    }

    /** An open sign-up form, set up the owner's way; its public token. */
    String openForm(String owner) {
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("모집 화면")));
        BrowserlessUIContext window = windowOf(owner);
        RecruitmentView view = window.navigate(RecruitmentView.class, Map.of("experimentId", String.valueOf(id)));
        in(window).test(view.body.getChildren().filter(c -> c.getId().orElse("").equals("recruit-create"))
                .map(c -> (com.vaadin.flow.component.button.Button) c).findFirst().orElseThrow()).click();
        in(window).test(view.toggle).click();
        String formLink = ((com.vaadin.flow.component.textfield.TextField) view.status.getChildren().findFirst()
                .orElseThrow().getChildren().filter(c -> c.getId().orElse("").equals("recruit-link")).findFirst()
                .orElseThrow()).getValue();
        return formLink.substring(formLink.lastIndexOf('/') + 1);
    }

    /** On a phone the summary sits at the bottom: it reads in the form's order and each field says what is wrong. */
    @Test
    void anEmptySignUpNamesTheProblemsInTheFormsOrderAndMarksEachField() {
        String token = openForm(newAccount("모집소유"));
        BrowserlessUIContext phone = app.newUser(null).newWindow();
        PublicSignUpView form = phone.navigate(PublicSignUpView.class, Map.of("token", token));
        in(phone).test(form.submit).click();
        assertThat(form.error.getText()).isEqualTo(
                "이름을 입력하세요. 휴대전화 번호를 적어 주세요. 개인정보 수집·이용에 동의해야 신청할 수 있습니다.");
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("이름을 입력하세요.");
        assertThat(form.phone.isInvalid()).isTrue();
        assertThat(form.phone.getErrorMessage()).isEqualTo("휴대전화 번호를 적어 주세요.");
        assertThat(form.agree.isInvalid()).isTrue();
        assertThat(form.email.isInvalid()).isFalse();

        // Fixed fields lose their mark on the next try; a wrong e-mail gets one.
        form.name.setValue("나시민");
        form.phone.setValue("010-4444-5555");
        form.email.setValue("not-an-email");
        in(phone).test(form.submit).click();
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(form.phone.isInvalid()).isFalse();
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.email.getErrorMessage()).isEqualTo("이메일 주소 형식이 올바르지 않습니다.");
        assertThat(form.agree.isInvalid()).isTrue();
        assertThat(form.body.getElement().getTextRecursively()).doesNotContain("신청되었습니다");
    }

    @Test
    void anUnknownLinkSaysSoInKorean() {
        BrowserlessUIContext phone = app.newUser(null).newWindow();
        PublicSignUpView form = phone.navigate(PublicSignUpView.class, Map.of("token", "nope"));
        assertThat(form.body.getElement().getTextRecursively()).contains("지금은 신청할 수 없습니다",
                "신청서를 찾을 수 없습니다");
        PersonalLinkView rsvp = phone.navigate(PersonalLinkView.class, Map.of("token", "nope"));
        assertThat(rsvp.body.getElement().getTextRecursively()).contains("이 링크는 없거나");
        assertThat(rsvp.getElement().getAttribute("lang")).isEqualTo("ko");
    }

    /** The pages follow the visitor's language switch, and say which language they are in (and the switch its own). */
    @Test
    void aPublicPageInEnglishIsMarkedEnglishAndItsSwitchKorean() {
        BrowserlessUIContext phone = app.newUser(null).newWindow();
        phone.getUI().setLocale(java.util.Locale.ENGLISH);
        PublicSignUpView form = phone.navigate(PublicSignUpView.class, Map.of("token", "nope"));
        assertThat(form.body.getElement().getTextRecursively()).doesNotContainPattern("[가-힣]");
        assertThat(form.getElement().getAttribute("lang")).isEqualTo("en");
        var language = phone.find(com.vaadin.flow.component.button.Button.class).withId("language-switch").single();
        assertThat(language.getText()).isEqualTo("한국어");
        assertThat(language.getElement().getAttribute("lang")).isEqualTo("ko");
        PersonalLinkView rsvp = phone.navigate(PersonalLinkView.class, Map.of("token", "nope"));
        assertThat(rsvp.getElement().getAttribute("lang")).isEqualTo("en");
    }
}
