package kr.silheomjang.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.followup.ArchiveDraft;
import kr.silheomjang.followup.ArchiveFilter;
import kr.silheomjang.followup.ArchiveItemView;
import kr.silheomjang.followup.ArchiveKind;
import kr.silheomjang.followup.ArchiveService;
import kr.silheomjang.followup.ResultsPageService;
import kr.silheomjang.followup.SubtitleStatus;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

/** The archive and results-page screens without a browser: filters, the photo rule in the dialog, guests, live. */
class ArchiveViewsTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    ArchiveService archive;
    @Autowired
    ResultsPageService pages;
    @Autowired
    ParticipantService participants;

    static Map<String, String> params(long id) {
        return Map.of("experimentId", String.valueOf(id));
    }

    static ArchiveDraft link(ArchiveKind kind, String title, String tag, boolean isPublic) {
        return new ArchiveDraft(kind, title, "https://example.kr/" + title.hashCode(), LocalDate.of(2026, 11, 20), "",
                List.of(tag), null, kind == ArchiveKind.VIDEO ? SubtitleStatus.HAS : null, false, isPublic, false);
    }

    @Test
    void aPlannerFiltersTheArchiveAddsAPhotoOnlyWithTheNoFilmingCheckAndAGuestSeesPublicItemsOnly() {
        String owner = newAccount("소유자");
        String planner = newAccount("기획자");
        String guest = newAccount("협력기관");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("아카이브 화면 실험장")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named("김거절")));
        signedIn.run(planner, () -> archive.add(id, link(ArchiveKind.VIDEO, "현장 영상", "영상", true), null, null));
        signedIn.run(planner, () -> archive.add(id, link(ArchiveKind.PRESS, "보도자료 초안", "보도", false), null, null));

        BrowserlessUIContext window = windowOf(planner);
        ArchiveView view = window.navigate(ArchiveView.class, params(id));
        assertThat(view.tabsText()).contains("후속 작업");
        assertThat(view.listText()).contains("현장 영상", "보도자료 초안", "자막 있음", "비공개");
        window.test(view.kindFilter).selectItem("보도자료");
        assertThat(view.listText()).contains("보도자료 초안").doesNotContain("현장 영상");
        view.kindFilter.clear();
        window.test(view.search).setValue("영상");
        assertThat(view.listText()).contains("현장 영상").doesNotContain("보도자료 초안");
        window.test(view.search).setValue("");

        // A photo: the dialog shows the 촬영 불가 list; without the confirmation nothing is saved.
        window.test(view.add).click();
        ArchiveDialog dialog = view.dialog;
        assertThat(dialog.noFilmingBox.getElement().getTextRecursively()).contains("촬영 불가 명단", "김거절");
        window.roundTrip(); // the dialog attaches with the next round trip
        assertThat(dialog.kind.getValue()).isEqualTo(ArchiveKind.PHOTO);
        window.test(dialog.title).setValue("수업 사진");
        window.test(dialog.link).setValue("https://photos.example.kr/1");
        window.test(dialog.alt).setValue("칠판 앞의 시민들");
        window.test(dialog.publicItem).click();
        window.test(dialog.save).click();
        assertThat(dialog.errors.getElement().getTextRecursively()).contains("촬영 불가 명단에 있는 분이");
        assertThat(signedIn.as(planner, () -> archive.list(id, ArchiveFilter.ALL)).total()).isEqualTo(2);
        window.test(dialog.noFilming).click();
        window.test(dialog.save).click();
        assertThat(signedIn.as(planner, () -> archive.list(id, ArchiveFilter.ALL)).items())
                .extracting(ArchiveItemView::title).contains("수업 사진");
        assertThat(view.listText()).contains("수업 사진", "대체 텍스트 있음");

        // Live: the guest's open page follows a change, and shows public items only.
        BrowserlessUIContext guestWindow = windowOf(guest);
        ArchiveView guestView = guestWindow.navigate(ArchiveView.class, params(id));
        assertThat(guestView.add.isVisible()).isFalse();
        assertThat(guestView.listText()).contains("현장 영상", "수업 사진").doesNotContain("보도자료 초안");
        ArchiveItemView press = signedIn.as(planner, () -> archive.list(id, new ArchiveFilter(ArchiveKind.PRESS, null,
                null))).items().get(0);
        signedIn.run(planner, () -> archive.save(id, press.id(), press.version(), press.toDraft().withPublic(true)));
        await(guestWindow, () -> guestView.listText().contains("보도자료 초안"));

        // Deleting an item asks first; the safe answer keeps it, and the guest's page follows the delete.
        in(window).test(window.find(com.vaadin.flow.component.button.Button.class)
                .withAriaLabel("보도자료 초안 지우기").single()).click();
        answerQuestion(window, "archive-remove-keep", false);
        assertThat(signedIn.as(planner, () -> archive.list(id, ArchiveFilter.ALL)).total()).isEqualTo(3);
        window.test(window.find(com.vaadin.flow.component.button.Button.class)
                .withAriaLabel("보도자료 초안 지우기").single()).click();
        answerQuestion(window, "archive-remove-keep", true);
        assertThat(signedIn.as(planner, () -> archive.list(id, ArchiveFilter.ALL)).items())
                .extracting(ArchiveItemView::title).doesNotContain("보도자료 초안").hasSize(2);
        await(guestWindow, () -> !guestView.listText().contains("보도자료 초안"));
    }

    /**
     * The dialog's date picker offers only the dates the service takes, says the same Korean sentence when a date
     * outside is typed, and a 1900 date that reaches the save is refused in the dialog with nothing saved.
     */
    @Test
    void theArchiveDateIsBoundedInThePickerAndRefusedInKoreanOutsideIt() {
        String owner = newAccount("소유자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("아카이브 날짜 실험장")));
        BrowserlessUIContext window = windowOf(owner);
        ArchiveView view = window.navigate(ArchiveView.class, params(id));
        window.test(view.add).click();
        ArchiveDialog dialog = view.dialog;
        window.roundTrip();
        var range = signedIn.as(owner, () -> archive.dateRange(id));
        assertThat(dialog.date.getMin()).isEqualTo(range.earliest());
        assertThat(dialog.date.getMax()).isEqualTo(range.latest());
        // The first and last dates themselves, as the app writes dates, not a rule to count out.
        String named = "날짜는 " + kr.silheomjang.ui.Formats.date(range.earliest(), java.util.Locale.KOREAN) + "부터 "
                + kr.silheomjang.ui.Formats.date(range.latest(), java.util.Locale.KOREAN) + "까지 고를 수 있습니다.";
        assertThat(named).startsWith("날짜는 " + (LocalDate.now().getYear() - 5) + "년 1월 1일 (");
        assertThat(dialog.date.getI18n().getMinErrorMessage()).isEqualTo(named);
        assertThat(dialog.date.getI18n().getMaxErrorMessage()).isEqualTo(dialog.date.getI18n().getMinErrorMessage());

        window.test(dialog.title).setValue("오래된 기사");
        window.test(dialog.link).setValue("https://news.example.kr/1");
        window.test(dialog.noFilming).click();
        dialog.date.setValue(LocalDate.of(1900, 1, 1));
        window.test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.errors.getElement().getTextRecursively()).contains(named);
        assertThat(signedIn.as(owner, () -> archive.list(id, ArchiveFilter.ALL)).total()).isZero();
    }

    /**
     * The 촬영 불가 list in an open photo dialog follows the participants: someone refusing filming meanwhile appears
     * in it, and the confirmation ticked against the old list is cleared, with a word why.
     */
    @Test
    void theNoFilmingListOfAnOpenPhotoDialogFollowsAndClearsAConfirmationGivenAgainstTheOldList() {
        String owner = newAccount("소유자");
        String planner = newAccount("기획자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("촬영 명단 실험장")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named("김거절")));
        signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named("박동의")
                .withPhotoConsent(kr.silheomjang.people.PhotoConsent.GRANTED)));

        BrowserlessUIContext window = windowOf(planner);
        ArchiveView view = window.navigate(ArchiveView.class, params(id));
        window.test(view.add).click();
        ArchiveDialog dialog = view.dialog;
        window.roundTrip();
        assertThat(dialog.noFilmingShown()).containsExactly("김거절");
        window.test(dialog.noFilming).click();
        assertThat(dialog.noFilming.getValue()).isTrue();
        assertThat(dialog.noFilmingChanged.isVisible()).isFalse();

        // 박동의 withdraws the filming consent.
        var row = signedIn.as(owner, () -> participants.list(id)).stream().filter(r -> r.name().equals("박동의"))
                .findFirst().orElseThrow();
        signedIn.run(owner, () -> participants.update(id, row.id(), row.version(),
                row.toDraft().withPhotoConsent(kr.silheomjang.people.PhotoConsent.REFUSED)));
        await(window, () -> dialog.noFilmingShown().contains("박동의"));
        assertThat(dialog.noFilmingBox.getElement().getTextRecursively()).contains("김거절", "박동의");
        assertThat(dialog.noFilming.getValue()).as("confirmed against the old list").isFalse();
        assertThat(dialog.noFilmingChanged.isVisible()).isTrue();

        // Confirmed again against the list as it is now, the photo is saved.
        window.test(dialog.title).setValue("수업 사진");
        window.test(dialog.link).setValue("https://photos.example.kr/2");
        window.test(dialog.alt).setValue("칠판 앞의 시민들");
        window.test(dialog.noFilming).click();
        assertThat(dialog.noFilmingChanged.isVisible()).isFalse();
        window.test(dialog.save).click();
        assertThat(signedIn.as(planner, () -> archive.list(id, ArchiveFilter.ALL)).items())
                .extracting(ArchiveItemView::title).containsExactly("수업 사진");
    }

    /** An item deleted while a co-planner types in its dialog: the dialog stays with what was typed, only closing. */
    @Test
    void anItemDeletedWhileItsDialogIsOpenLeavesTheTypingToCopy() {
        String owner = newAccount("소유자");
        String planner = newAccount("기획자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("지워지는 기록 실험장")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        long item = signedIn.as(owner, () -> archive.add(id, new ArchiveDraft(ArchiveKind.PRESS, "보도자료 초안",
                "https://press.example.kr/1", LocalDate.of(2027, 3, 3), "", List.of(), null, null, false, false,
                false), null, null));
        BrowserlessUIContext window = windowOf(planner);
        window.navigate(ArchiveView.class, params(id));
        in(window).test(window.find(com.vaadin.flow.component.button.Button.class)
                .withAriaLabel("보도자료 초안 고치기").single()).click();
        ArchiveDialog dialog = opened(window, ArchiveDialog.class);
        kr.silheomjang.support.Typing.typeWithoutLeaving(window, dialog.description, "기자에게 보낼 설명 초안");

        long version = signedIn.as(owner, () -> archive.get(id, item)).version();
        signedIn.run(owner, () -> archive.remove(id, item, version));

        await(window, () -> dialog.errors.isVisible());
        assertThat(dialog.isOpened()).as("the planner's text is not thrown away").isTrue();
        assertThat(dialog.errors.getElement().getTextRecursively()).contains("방금 다른 사람이 이 항목을 삭제했습니다");
        assertThat(dialog.description.getValue()).isEqualTo("기자에게 보낼 설명 초안");
        assertThat(dialog.save.isVisible()).isFalse();
    }

    @Test
    void theResultsPageScreenMakesTheAddressOnceAndPreviewsWhatItShows() {
        String owner = newAccount("소유자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("결과 화면 실험장")));
        BrowserlessUIContext window = windowOf(owner);
        ResultsPageView view = window.navigate(ResultsPageView.class, params(id));
        assertThat(view.state.getElement().getAttribute("data-state")).isEqualTo("off");
        assertThat(view.editor.isVisible()).isFalse();
        window.test(view.enable).click();
        assertThat(view.link.getValue()).contains("/r/");
        assertThat(view.state.getElement().getAttribute("data-state")).isEqualTo("draft");
        assertThat(view.preview.getElement().getTextRecursively()).contains("결과 화면 실험장", "초안");

        window.test(view.platform).setValue("ftp://nope");
        window.test(view.save).click();
        assertThat(signedIn.as(owner, () -> pages.settings(id)).platformUrl()).isNull();
        window.test(view.platform).setValue("https://democracy.example.kr/1");
        window.test(view.channel).setValue("오픈채팅방");
        window.test(view.save).click();
        assertThat(signedIn.as(owner, () -> pages.settings(id)).channel()).isEqualTo("오픈채팅방");
        assertThat(view.preview.getElement().getTextRecursively()).contains("오픈채팅방");
        window.test(view.publish).click();
        assertThat(view.state.getElement().getAttribute("data-state")).isEqualTo("published");

        // Switching it off deletes the page and its address: a question first, whose safe answer keeps it on.
        window.test(view.disable).click();
        answerQuestion(window, "results-disable-keep", false);
        assertThat(signedIn.as(owner, () -> pages.settings(id)).enabled()).isTrue();
        window.test(view.disable).click();
        answerQuestion(window, "results-disable-keep", true);
        assertThat(signedIn.as(owner, () -> pages.settings(id)).enabled()).isFalse();
        assertThat(view.state.getElement().getAttribute("data-state")).isEqualTo("off");
    }
}
