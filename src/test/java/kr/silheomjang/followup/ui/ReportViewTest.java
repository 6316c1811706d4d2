package kr.silheomjang.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.ui.ExperimentListView;
import kr.silheomjang.followup.ReportService;
import kr.silheomjang.followup.ReportStatus;
import kr.silheomjang.followup.RetroKind;
import kr.silheomjang.followup.RetroParty;
import kr.silheomjang.followup.RetrospectiveService;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

class ReportViewTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    ReportService reports;
    @Autowired
    RetrospectiveService retro;

    Map<String, String> params(long id) {
        return Map.of("experimentId", String.valueOf(id));
    }

    @Test
    void plannersWriteTheDraftSeeOthersChangesLiveAndMarkItDone() {
        String owner = newAccount("소유자");
        String planner = newAccount("기획자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("보고서 화면 실험장")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        BrowserlessUIContext window = windowOf(planner);
        ReportView view = window.navigate(ReportView.class, params(id));
        assertThat(view.tabsText()).contains("후속 작업");
        assertThat(view.state.getText()).contains("아직 저장하지 않았습니다");
        assertThat(view.previewText()).contains("결과 보고서", "보고서 화면 실험장",
                "플라스틱 빨대를 안쓰는 것만으로도 환경에 도움을 줄까?", "판정 전", "참여자 0명");
        assertThat(view.pdf.getHref()).isNotEmpty();
        assertThat(view.print.getHref()).isEqualTo("experiments/" + id + "/followup/report/print");

        // User text with markup is shown as text.
        window.test(view.summary).setValue("빨대 <b>없이</b> & 잘 됐다");
        window.test(view.save).click();
        assertThat(signedIn.as(owner, () -> reports.text(id)).summary()).isEqualTo("빨대 <b>없이</b> & 잘 됐다");
        assertThat(view.previewText()).contains("빨대 <b>없이</b> & 잘 됐다");
        assertThat(view.state.getText()).contains("기획자 님");

        // Another member's retrospective entry reaches the open preview without a reload.
        signedIn.run(owner, () -> retro.addEntry(id, RetroParty.STAFF, RetroKind.GOOD, "접수가 빨랐다"));
        await(window, () -> view.previewText().contains("접수가 빨랐다"));

        window.test(view.highlights).setValue("접수 동선이 좋았다");
        window.test(view.complete).click();
        assertThat(signedIn.as(owner, () -> reports.text(id)).status()).isEqualTo(ReportStatus.DONE);
        assertThat(signedIn.as(owner, () -> reports.text(id)).highlights()).isEqualTo("접수 동선이 좋았다");
        assertThat(view.state.getElement().getAttribute("data-status")).isEqualTo("DONE");
        assertThat(view.summary.isReadOnly()).isTrue();
        assertThat(view.reopen.isVisible()).isTrue();
        assertThat(view.previewText()).contains("작성 완료");

        window.test(view.reopen).click();
        assertThat(signedIn.as(owner, () -> reports.text(id)).status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(view.summary.isReadOnly()).isFalse();
    }

    @Test
    void aCoPlannersSaveNeverOverwritesWhatOneIsTyping() {
        String owner = newAccount("소유자");
        String planner = newAccount("기획자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("보고서 동시 편집")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        BrowserlessUIContext a = windowOf(owner);
        ReportView mine = a.navigate(ReportView.class, params(id));
        in(a).test(mine.summary).setValue("내가 쓰는 중");
        signedIn.run(planner, () -> reports.save(id, null, "기획자가 먼저 저장", ""));
        await(a, () -> mine.state.getText().contains("기획자 님"));
        assertThat(mine.summary.getValue()).isEqualTo("내가 쓰는 중");
        assertThat(mine.form.marked()).contains("summary");
        in(a).test(mine.save).click();
        assertThat(signedIn.as(owner, () -> reports.text(id)).summary()).as("the save waits for a choice")
                .isEqualTo("기획자가 먼저 저장");
    }

    static final String EDITORS_ONLY = "이 화면은 기획팀(소유자, 기획자)만 봅니다.";
    static final String NOT_ACCESSIBLE = "찾을 수 없거나 접근 권한이 없는 실험장입니다.";

    /** The follow-up nav's link texts of a page, in order. */
    static java.util.List<String> navLinks(com.vaadin.flow.component.Component page) {
        java.util.List<String> out = new java.util.ArrayList<>();
        page.getElement().getChildren().forEach(c -> collectNav(c, out));
        return out;
    }

    private static void collectNav(com.vaadin.flow.dom.Element e, java.util.List<String> out) {
        if (e.getClassList().contains("followup-nav")) {
            e.getChildren().forEach(link -> out.add(link.getTextRecursively()));
            return;
        }
        e.getChildren().forEach(c -> collectNav(c, out));
    }

    static String errors(BrowserlessUIContext window) {
        runQueuedAccess(window);
        return String.join("\n", window.find(com.vaadin.flow.component.notification.Notification.class).all()
                .stream().map(n -> n.getElement().getProperty("text")).toList());
    }

    @Test
    void aPartnerGuestHasNeitherMailNorReportInTheMenuAndByAddressReadsWhomTheyAreFor() {
        String owner = newAccount("소유자");
        String guest = newAccount("협력기관");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("보고서 게스트")));
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        signedIn.run(owner, () -> reports.save(id, null, "게스트에게 안 보일 요약", ""));
        BrowserlessUIContext window = windowOf(guest);
        FollowupView followup = window.navigate(FollowupView.class, params(id));
        assertThat(navLinks(followup)).contains("피드백·회고").doesNotContain("참여자 대상 발송", "결과 보고서");

        // By address: the guest stays in the experiment (its tabs, the follow-up nav) and reads whom the page is for.
        ReportView report = window.navigate(ReportView.class, params(id));
        assertThat(window.getCurrentView()).isSameAs(report);
        assertThat(report.tabsText()).contains("후속 작업");
        assertThat(navLinks(report)).contains("피드백·회고").doesNotContain("참여자 대상 발송", "결과 보고서");
        assertThat(report.editorsOnly.isVisible()).isTrue();
        assertThat(report.editorsOnly.getText()).isEqualTo(EDITORS_ONLY);
        assertThat(report.content.isVisible()).isFalse();
        assertThat(report.previewText()).isEmpty();
        assertThat(report.summary.getValue()).isEmpty();
        assertThat(report.pdf.getHref()).isNullOrEmpty();

        MailingView mail = window.navigate(MailingView.class, params(id));
        assertThat(window.getCurrentView()).isSameAs(mail);
        assertThat(mail.tabsText()).contains("후속 작업");
        assertThat(navLinks(mail)).contains("피드백·회고").doesNotContain("참여자 대상 발송", "결과 보고서");
        assertThat(mail.editorsOnly.isVisible()).isTrue();
        assertThat(mail.editorsOnly.getText()).isEqualTo(EDITORS_ONLY);
        assertThat(mail.content.isVisible()).isFalse();
        assertThat(mail.recipientList.getChildren()).isEmpty();

        ReportPrintView print = window.navigate(ReportPrintView.class, params(id));
        assertThat(window.getCurrentView()).isSameAs(print);
        assertThat(print.noteText()).isEqualTo(EDITORS_ONLY);
        assertThat(print.pageText()).isEmpty();
        assertThat(print.pdf.getHref()).isNullOrEmpty();
        assertThat(errors(window)).doesNotContain(NOT_ACCESSIBLE);
    }

    @Test
    void editorsSeeMailAndReportInTheMenuAndTheirContent() {
        String owner = newAccount("소유자");
        String planner = newAccount("기획자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("편집자 메뉴")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        BrowserlessUIContext window = windowOf(planner);
        FollowupView followup = window.navigate(FollowupView.class, params(id));
        assertThat(navLinks(followup)).contains("피드백·회고", "참여자 대상 발송", "결과 보고서");
        MailingView mail = window.navigate(MailingView.class, params(id));
        assertThat(navLinks(mail)).contains("참여자 대상 발송", "결과 보고서");
        assertThat(mail.editorsOnly.isVisible()).isFalse();
        assertThat(mail.content.isVisible()).isTrue();
        assertThat(mail.create.isVisible()).isTrue();
        ReportView report = window.navigate(ReportView.class, params(id));
        assertThat(navLinks(report)).contains("참여자 대상 발송", "결과 보고서");
        assertThat(report.editorsOnly.isVisible()).isFalse();
        assertThat(report.content.isVisible()).isTrue();
        assertThat(report.previewText()).contains("편집자 메뉴");
    }

    @Test
    void aNonMemberIsStillSentAwayFromMailReportAndPrint() {
        String owner = newAccount("소유자");
        String stranger = newAccount("남");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("남의 보고서")));
        BrowserlessUIContext window = windowOf(stranger);
        for (String page : new String[] {"mail", "report", "report/print"}) {
            window.navigate("experiments/" + id + "/followup/" + page, ExperimentListView.class);
            assertThat(window.getCurrentView()).as(page).isInstanceOf(ExperimentListView.class);
        }
        assertThat(errors(window)).contains(NOT_ACCESSIBLE).doesNotContain(EDITORS_ONLY);
    }

    @Test
    void thePrintViewShowsTheSamePageWithoutTheShell() {
        String owner = newAccount("소유자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("인쇄 보기")));
        signedIn.run(owner, () -> reports.save(id, null, "한 장 요약", ""));
        BrowserlessUIContext window = windowOf(owner);
        ReportPrintView print = window.navigate(ReportPrintView.class, params(id));
        assertThat(print.pageText()).contains("결과 보고서", "인쇄 보기", "한 장 요약",
                "실험의 질문과 판정");
        assertThat(print.getPageTitle()).isEqualTo("결과 보고서 — 인쇄 보기");
        assertThat(print.pdf.getHref()).isNotEmpty();
    }
}
