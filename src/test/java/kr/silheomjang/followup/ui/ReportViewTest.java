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

    @Test
    void aPartnerGuestIsSentAwayAndDoesNotSeeTheReportInTheMenu() {
        String owner = newAccount("소유자");
        String guest = newAccount("협력기관");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("보고서 게스트")));
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        BrowserlessUIContext window = windowOf(guest);
        FollowupView followup = window.navigate(FollowupView.class, params(id));
        assertThat(followup.getElement().getTextRecursively()).contains("피드백·회고").doesNotContain("결과 보고서");
        window.navigate("experiments/" + id + "/followup/report", ExperimentListView.class);
        assertThat(window.getCurrentView()).isInstanceOf(ExperimentListView.class);
        window.navigate("experiments/" + id + "/followup/report/print", ExperimentListView.class);
        assertThat(window.getCurrentView()).isInstanceOf(ExperimentListView.class);
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
