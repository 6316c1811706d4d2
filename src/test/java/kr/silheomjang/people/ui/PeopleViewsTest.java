package kr.silheomjang.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.notification.Notification;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.ui.ExperimentListView;
import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ConsentDecision;
import kr.silheomjang.people.ConsentKind;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantField;
import kr.silheomjang.people.ParticipantGroup;
import kr.silheomjang.people.ParticipantRow;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.people.PartnerDraft;
import kr.silheomjang.people.PartnerService;
import kr.silheomjang.people.PhotoConsent;
import kr.silheomjang.people.ProposerConsentService;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

class PeopleViewsTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    InvitationService invitations;
    @Autowired
    ParticipantService participants;
    @Autowired
    ProposerConsentService proposer;
    @Autowired
    PartnerService partners;
    @Autowired
    kr.silheomjang.people.StaffRosterService staff;
    @Autowired
    kr.silheomjang.people.ParticipantCsvService participantCsv;

    long createAs(String email, String title) {
        return signedIn.as(email, () -> experiments.create(Drafts.valid(title)));
    }


    PeopleView open(BrowserlessUIContext window, long id) {
        return window.navigate(PeopleView.class, Map.of("experimentId", String.valueOf(id)));
    }

    static String errorText(BrowserlessUIContext window) {
        runQueuedAccess(window);
        return window.find(Notification.class).withId("error-notification").all().stream()
                .map(n -> n.getElement().getProperty("text")).reduce("", (a, b) -> a + "\n" + b);
    }

    static List<ParticipantRow> rows(BrowserlessUIContext window, PeopleView view) {
        var grid = in(window).test(view.participants.grid);
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    @Test
    void theGridShowsParticipantsWithCountsAndPurposesAndTheTabIsThere() {
        String owner = newAccount("소유자");
        long id = createAs(owner, "사람 화면");
        signedIn.run(owner, () -> {
            participants.create(id, ParticipantDraft.named("나중에").withStatus(AttendanceStatus.CONFIRMED));
            participants.create(id, ParticipantDraft.named("가장 먼저"));
        });
        BrowserlessUIContext window = windowOf(owner);
        PeopleView view = open(window, id);
        assertThat(view.tabsText()).contains("개요").contains("사람");
        assertThat(rows(window, view)).extracting(ParticipantRow::name).containsExactly("가장 먼저", "나중에");
        assertThat(view.participants.counts.getElement().getTextRecursively()).contains("전체 2명")
                .contains("초대 1").contains("참여 확정 1");
        assertThat(view.participants.grid.getColumnByKey("phone").getHeaderComponent().getElement()
                .getAttribute("title")).isEqualTo("참여 안내, 일정 변경 알림, 재확인 연락에만 씁니다.");
        in(window).test(view.participants.filters.statusFilter).selectItem("참여 확정");
        assertThat(rows(window, view)).extracting(ParticipantRow::name).containsExactly("나중에");
    }

    /**
     * Demoted to partner guest while the people page is open: the page, read with a planner's contacts, is made again
     * for the guest (who sees no contacts by default), with a word why.
     */
    @Test
    void aPlannerDemotedWhileThePageIsOpenGetsThePageMadeAgainForTheirNewRole() {
        String owner = newAccount("김소유");
        String planner = newAccount("이강등");
        long id = createAs(owner, "역할이 바뀌는 실험장");
        teams.join(owner, id, planner, MemberRole.PLANNER);
        signedIn.run(owner, () -> participants.create(id,
                ParticipantDraft.named("연락처 있음").withContacts("010-1234-5678", null)));
        BrowserlessUIContext window = windowOf(planner);
        PeopleView view = open(window, id);
        assertThat(rows(window, view)).singleElement().extracting(r -> r.details().phone()).isEqualTo("010-1234-5678");

        long memberId = signedIn.as(owner, () -> experiments.get(id)).members().stream()
                .filter(m -> m.role() == MemberRole.PLANNER).findFirst().orElseThrow().memberId();
        teams.changeRole(owner, id, memberId, MemberRole.PARTNER_GUEST);
        await(window, () -> window.getCurrentView() != view);
        PeopleView remade = (PeopleView) window.getCurrentView();
        assertThat(rows(window, remade)).singleElement().extracting(r -> r.details().phone()).isNull();
        assertThat(window.find(Notification.class).all()).extracting(n -> n.getElement().getProperty("text"))
                .contains("역할이 바뀌어 화면을 새로 불러왔습니다.");

        // A change that leaves their role as it is (another member's) does not make the page again.
        String other = newAccount("박다른");
        teams.join(owner, id, other, MemberRole.PLANNER);
        settle(window);
        assertThat(window.getCurrentView()).isSameAs(remade);
    }

    @Test
    void theEraseButtonWaitsForExactlyOneSelectedPerson() {
        String owner = newAccount("지움");
        long id = createAs(owner, "지울 사람");
        signedIn.run(owner, () -> {
            participants.create(id, ParticipantDraft.named("하나"));
            participants.create(id, ParticipantDraft.named("둘"));
        });
        BrowserlessUIContext window = windowOf(owner);
        PeopleView view = open(window, id);
        var grid = view.participants.grid;
        List<ParticipantRow> all = rows(window, view);
        assertThat(view.participants.eraseOne.isEnabled()).isFalse();
        grid.select(all.get(0));
        assertThat(view.participants.eraseOne.isEnabled()).isTrue();
        grid.select(all.get(1));
        assertThat(view.participants.eraseOne.isEnabled()).isFalse();
        grid.deselectAll();
        assertThat(view.participants.eraseOne.isEnabled()).isFalse();
    }

    @Test
    void inlineEditingSavesThroughTheServiceAndASecondStaleSaveIsExplainedKeepingTheInput() {
        String a = newAccount("김가나");
        String b = newAccount("이라마");
        long id = createAs(a, "동시 편집");
        teams.join(a, id, b, MemberRole.PLANNER);
        signedIn.run(a, () -> participants.create(id, ParticipantDraft.named("홍길동")));
        BrowserlessUIContext windowA = windowOf(a);
        PeopleView viewA = open(windowA, id);
        BrowserlessUIContext windowB = windowOf(b);
        PeopleView viewB = open(windowB, id);

        // Both open the same row in the editor.
        ParticipantRow rowA = rows(windowA, viewA).get(0);
        in(windowA);
        viewA.participants.startEdit(rowA);
        runQueuedAccess(windowA);
        in(windowB);
        viewB.participants.startEdit(rows(windowB, viewB).get(0));
        runQueuedAccess(windowB);
        assertThat(viewA.participants.rowEditor.inputs.text(ParticipantField.NAME).getValue()).isEqualTo("홍길동");

        // B saves first.
        in(windowB).test(viewB.participants.rowEditor.inputs.text(ParticipantField.NOTES)).setValue("B가 쓴 메모");
        in(windowB).test(viewB.participants.rowEditor.save).click();
        assertThat(viewB.participants.rowEditor.isOpen()).isFalse();
        assertThat(rows(windowB, viewB).get(0).notes()).isEqualTo("B가 쓴 메모");

        // A saves on the old version: refused, told who, input kept, editor still open.
        in(windowA).test(viewA.participants.rowEditor.inputs.text(ParticipantField.NOTES)).setValue("A가 쓴 메모");
        in(windowA).test(viewA.participants.rowEditor.save).click();
        runQueuedAccess(windowA);
        assertThat(errorText(windowA)).contains("이라마님이").contains("먼저 저장했습니다");
        assertThat(viewA.participants.rowEditor.isOpen()).isTrue();
        assertThat(viewA.participants.rowEditor.inputs.text(ParticipantField.NOTES).getValue()).isEqualTo("A가 쓴 메모");
        assertThat(signedIn.as(a, () -> participants.list(id)).get(0).notes()).isEqualTo("B가 쓴 메모");

        // Saving again is a deliberate overwrite, once A kept their own notes (issue 18: the save waits for it).
        kr.silheomjang.support.Typing.keepMine(windowA, viewA.participants.rowEditor.form, "notes");
        in(windowA).test(viewA.participants.rowEditor.save).click();
        assertThat(viewA.participants.rowEditor.isOpen()).isFalse();
        assertThat(signedIn.as(a, () -> participants.list(id)).get(0).notes()).isEqualTo("A가 쓴 메모");
        assertThat(in(windowA).test(viewA.participants.grid).getCellText(0,
                in(windowA).test(viewA.participants.grid).getColumnPosition("notes"))).isEqualTo("A가 쓴 메모");
        // B's grid follows live, after B closed the editor.
        await(windowB, () -> "A가 쓴 메모".equals(rows(windowB, viewB).get(0).notes()));
    }

    /**
     * A selected row that a co-planner changes keeps its selection (with its new version for the next bulk change),
     * unless its status moved: then it leaves the selection, named, so that a bulk change does not move someone from a
     * status the user never saw.
     */
    @Test
    void changesByACoPlannerAppearLiveKeepingTheSelection() {
        String a = newAccount("보는 사람");
        String b = newAccount("바꾸는 사람");
        long id = createAs(a, "라이브");
        teams.join(a, id, b, MemberRole.PLANNER);
        long first = signedIn.as(a, () -> participants.create(id, ParticipantDraft.named("가가")));
        signedIn.run(a, () -> participants.create(id, ParticipantDraft.named("나나")));
        BrowserlessUIContext window = windowOf(a);
        PeopleView view = open(window, id);
        in(window).test(view.participants.grid).select(0);
        assertThat(view.participants.grid.getSelectedItems()).extracting(ParticipantRow::id).containsExactly(first);

        ParticipantRow seen = signedIn.as(b, () -> participants.list(id)).get(0);
        signedIn.run(b, () -> participants.update(id, first, seen.version(),
                seen.toDraft().withContacts("010-1234-5678", null)));
        // Waits for the live update itself: the grid's rows are re-read from the database and could show the new
        // version before the update reached the view (a race that failed this test once).
        await(window, () -> view.participants.grid.getSelectedItems().stream()
                .anyMatch(r -> r.version() == seen.version() + 1));
        assertThat(rows(window, view).get(0).version()).isEqualTo(seen.version() + 1);
        assertThat(view.participants.grid.getSelectedItems()).extracting(ParticipantRow::version)
                .as("still selected, with the new version").containsExactly(seen.version() + 1);

        ParticipantRow again = signedIn.as(b, () -> participants.list(id)).get(0);
        signedIn.run(b, () -> participants.update(id, first, again.version(),
                again.toDraft().withStatus(AttendanceStatus.RECONFIRMED)));
        await(window, () -> view.participants.counts.getElement().getTextRecursively().contains("재확인 1"));
        assertThat(rows(window, view).get(0).status()).isEqualTo(AttendanceStatus.RECONFIRMED);
        assertThat(view.participants.grid.getSelectedItems()).as("its status moved").isEmpty();
        assertThat(notificationTexts(window)).contains("가가 님의 상태가 방금 바뀌어 선택에서 뺐습니다");
        in(window).test(view.participants.grid).select(0);

        signedIn.run(b, () -> participants.create(id, ParticipantDraft.named("다다")));
        await(window, () -> view.participants.counts.getElement().getTextRecursively().contains("전체 3명"));
        assertThat(rows(window, view)).hasSize(3);
        assertThat(view.participants.grid.getSelectedItems()).extracting(ParticipantRow::id).containsExactly(first);
    }

    @Test
    void bulkStatusChangeMovesEverySelectedRow() {
        String owner = newAccount("소유자");
        long id = createAs(owner, "일괄");
        signedIn.run(owner, () -> {
            participants.create(id, ParticipantDraft.named("일"));
            participants.create(id, ParticipantDraft.named("이"));
            participants.create(id, ParticipantDraft.named("삼"));
        });
        BrowserlessUIContext window = windowOf(owner);
        PeopleView view = open(window, id);
        in(window).test(view.participants.grid).select(0);
        in(window).test(view.participants.grid).select(1);
        in(window).test(view.participants.bulkStatus).selectItem("안내 발송");
        in(window).test(view.participants.applyBulk).click();
        assertThat(signedIn.as(owner, () -> participants.countsByStatus(id)).of(AttendanceStatus.INFORMED))
                .isEqualTo(2);
        assertThat(rows(window, view)).extracting(ParticipantRow::status).containsExactly(
                AttendanceStatus.INFORMED, AttendanceStatus.INFORMED, AttendanceStatus.INVITED);
    }

    @Test
    void csvImportShowsRowErrorsInKoreanAndSavesNothingThenAGoodFileIsPreviewedAndSaved() {
        String owner = newAccount("소유자");
        long id = createAs(owner, "가져오기");
        BrowserlessUIContext window = windowOf(owner);
        PeopleView view = open(window, id);
        in(window).test(view.participants.importCsv).click();
        CsvImportDialog dialog = opened(window, CsvImportDialog.class);

        dialog.show("이름,그룹\n김철수,관객\n".getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.problems.getElement().getTextRecursively())
                .contains("2행: 알 수 없는 그룹입니다: 「관객」");
        assertThat(dialog.save.isEnabled()).isFalse();

        dialog.show("이름,그룹\n김철수,참여자\n".getBytes(Charset.forName("EUC-KR")));
        assertThat(dialog.encoding.getText()).isEqualTo("파일 인코딩: CP949 / EUC-KR (한국어 엑셀 기본)");
        assertThat(dialog.result.getText()).isEqualTo("1명을 가져올 수 있습니다. 확인 후 모두 저장을 누르세요.");
        assertThat(in(window).test(dialog.preview).getRow(0).name()).isEqualTo("김철수");

        dialog.show("name\nMüller\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(dialog.problems.getElement().getTextRecursively()).contains("문자 인코딩을 알 수 없습니다");
        assertThat(dialog.encoding.getText()).isEmpty();
        assertThat(dialog.save.isEnabled()).isFalse();

        dialog.show("\uFEFF이름,그룹,촬영 동의\n김철수,촬영팀,촬영 동의\n이영희,,\n".getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.result.getText()).isEqualTo("2명을 가져올 수 있습니다. 확인 후 모두 저장을 누르세요.");
        assertThat(dialog.encoding.getText()).isEqualTo("파일 인코딩: UTF-8 (BOM 포함)");
        assertThat(in(window).test(dialog.preview).size()).isEqualTo(2);
        in(window).test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows(window, view)).extracting(ParticipantRow::name).containsExactly("김철수", "이영희");
    }

    /**
     * Updating from a file after a co-planner changed one of its people since the preview: the dialog names who
     * changed whom, saves nothing, previews again and keeps the choice; saving then goes through.
     */
    @Test
    void csvUpdateRefusesWhenSomeoneChangedAParticipantAfterThePreviewAndNamesThem() {
        String owner = newAccount("김소유");
        String planner = newAccount("이기획");
        long id = createAs(owner, "다시 가져오기");
        teams.join(owner, id, planner, MemberRole.PLANNER);
        long pid = signedIn.as(owner, () -> participants.create(id,
                ParticipantDraft.named("김철수").withContacts("010-1111-2222", null)));
        BrowserlessUIContext window = windowOf(owner);
        PeopleView view = open(window, id);
        in(window).test(view.participants.importCsv).click();
        CsvImportDialog dialog = opened(window, CsvImportDialog.class);
        dialog.show("이름,전화번호\n김철수(수정),010-1111-2222\n".getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.onExisting.isVisible()).isTrue();
        in(window).test(dialog.onExisting)
                .selectItem("파일 내용으로 업데이트 (채워진 칸만 바꾸고 (비움) 칸은 지웁니다. 빈 칸과 참여 상태는 그대로 둡니다)");

        signedIn.run(planner, () -> {
            ParticipantRow row = participants.list(id).get(0);
            participants.update(id, pid, row.version(), row.toDraft().toBuilder().notes("오후만 가능").build());
        });
        in(window).test(dialog.save).click();
        assertThat(errorText(window)).contains("미리 본 뒤에 바뀐 참여자가 있어 아무것도 저장하지 않았습니다: 김철수")
                .contains("이기획님이");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.onExisting.getValue())
                .isEqualTo(kr.silheomjang.people.ParticipantCsvService.ExistingRows.UPDATE);
        assertThat(signedIn.as(owner, () -> participants.list(id))).singleElement()
                .extracting(ParticipantRow::name).isEqualTo("김철수");

        in(window).test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(signedIn.as(owner, () -> participants.list(id))).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("김철수(수정)");
            assertThat(r.notes()).isEqualTo("오후만 가능");
        });
    }

    /**
     * The exported list comes back with a cleared note and a changed e-mail while a co-planner fixed that e-mail in
     * the app: the preview shows what each row clears and names who changed whom and when; a plain update is not
     * offered, and updating the others leaves the co-planner's fix. A hand-made list says its updates are unchecked.
     */
    @Test
    void csvPreviewShowsWhatRowsClearAndTheChangesMadeSinceTheExport() {
        String owner = newAccount("김소유");
        String planner = newAccount("이기획");
        long id = createAs(owner, "내보낸 뒤");
        teams.join(owner, id, planner, MemberRole.PLANNER);
        signedIn.run(owner, () -> {
            participants.create(id, ParticipantDraft.named("김철수").withContacts("010-1111-2222", "old@x.kr"));
            participants.create(id, ParticipantDraft.named("이영희").withContacts("010-3333-4444", null)
                    .toBuilder().notes("지울 메모").build());
        });
        String exported = new String(signedIn.as(owner, () -> participantCsv.exportCsv(id, null)),
                StandardCharsets.UTF_8);
        signedIn.run(planner, () -> {
            ParticipantRow kim = participants.list(id).stream().filter(r -> r.name().equals("김철수")).findFirst()
                    .orElseThrow();
            participants.update(id, kim.id(), kim.version(), kim.toDraft().toBuilder().email("new@x.kr").build());
        });
        byte[] file = exported.replace("old@x.kr", "typo@x.kr").replace("지울 메모", "(비움)")
                .getBytes(StandardCharsets.UTF_8);

        BrowserlessUIContext window = windowOf(owner);
        PeopleView view = open(window, id);
        in(window).test(view.participants.importCsv).click();
        CsvImportDialog dialog = opened(window, CsvImportDialog.class);
        dialog.show(file);
        var grid = in(window).test(dialog.preview);
        int clears = dialog.preview.getColumns().indexOf(dialog.preview.getColumnByKey("clears"));
        assertThat(grid.getRow(1).name()).isEqualTo("이영희");
        assertThat(grid.getCellText(1, clears)).isEqualTo("메모");
        assertThat(grid.getCellText(0, clears)).isEmpty();
        assertThat(dialog.conflictNote.isVisible()).isTrue();
        assertThat(dialog.conflictNote.getElement().getTextRecursively())
                .contains("파일을 내보낸 뒤 다른 사람이 바꾼 참여자가 1명 있어")
                .contains("2행 김철수: 내보낸 뒤 이기획님이").contains("파일과 다른 칸: 이메일");
        assertThat(dialog.unchecked.isVisible()).isFalse();
        assertThat(dialog.onExisting.getListDataView().getItems()).containsExactly(
                kr.silheomjang.people.ParticipantCsvService.ExistingRows.SKIP,
                kr.silheomjang.people.ParticipantCsvService.ExistingRows.UPDATE_EXCEPT_CHANGED);
        in(window).test(dialog.onExisting)
                .selectItem("파일 내용으로 업데이트하되, 내보낸 뒤 다른 사람이 바꾼 참여자는 그대로 두기");
        in(window).test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(signedIn.as(owner, () -> participants.list(id))).extracting(ParticipantRow::name,
                ParticipantRow::email, ParticipantRow::notes).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("김철수", "new@x.kr", null),
                        org.assertj.core.groups.Tuple.tuple("이영희", null, null));

        in(window).test(view.participants.importCsv).click();
        CsvImportDialog handMade = opened(window, CsvImportDialog.class);
        handMade.show("이름,전화번호,메모\n김철수,010-1111-2222,새 메모\n".getBytes(StandardCharsets.UTF_8));
        assertThat(handMade.conflictNote.isVisible()).isFalse();
        assertThat(handMade.unchecked.isVisible()).isTrue();
        assertThat(handMade.unchecked.getText()).contains("1명의 줄에는 「변경 확인」 값이 없어")
                .contains("비교하지 않고 업데이트합니다");
    }

    @Test
    void aWithdrawnFilmingConsentTurnsTheProposerIntoNoFilmingEverywhereLive() {
        String owner = newAccount("기록자");
        long id = createAs(owner, "철회");
        signedIn.run(owner, () -> {
            participants.create(id, ParticipantDraft.named("박제안").withGroup(ParticipantGroup.PROPOSER)
                    .withPhotoConsent(PhotoConsent.GRANTED));
            proposer.recordConsent(id, ConsentKind.FILMING, ConsentDecision.GIVEN, "미팅", LocalDate.now());
        });
        BrowserlessUIContext window = windowOf(owner);
        PeopleView view = open(window, id);
        assertThat(rows(window, view).get(0).photoConsent()).isEqualTo(PhotoConsent.GRANTED);

        in(window);
        view.show("proposer");
        ProposerPanel panel = view.proposer;
        in(window).test(panel.kind).selectItem("촬영");
        in(window).test(panel.decision).selectItem("철회");
        in(window).test(panel.how).setValue("문자로 철회 요청");
        in(window).test(panel.on).setValue(LocalDate.now());
        in(window).test(panel.record).click();

        assertThat(panel.current.getElement().getTextRecursively()).contains("철회 · 문자로 철회 요청");
        assertThat(in(window).test(panel.history).size()).isEqualTo(2);
        await(window, () -> rows(window, view).get(0).photoConsent() == PhotoConsent.REFUSED);

        PeoplePrintView print = window.navigate(PeoplePrintView.class,
                Map.of("experimentId", String.valueOf(id), "list", "no-filming"));
        assertThat(print.heading.getText()).isEqualTo("촬영 불가 명단");
        assertThat(print.table.getElement().toString()).contains("박제안");
    }

    @Test
    void caveatTicksAreRecordedWithWhoAndWhen() {
        String owner = newAccount("설명한 사람");
        long id = createAs(owner, "주의사항");
        BrowserlessUIContext window = windowOf(owner);
        PeopleView view = open(window, id);
        in(window);
        view.show("proposer");
        in(window).test(view.proposer.caveats.get(kr.silheomjang.people.Caveat.DURATION)).click();
        assertThat(signedIn.as(owner, () -> proposer.get(id)).caveatsExplained())
                .containsOnlyKeys(kr.silheomjang.people.Caveat.DURATION);
        assertThat(view.proposer.caveats.get(kr.silheomjang.people.Caveat.DURATION).getHelperText())
                .startsWith("설명한 사람님이");
    }

    @Test
    void revokingAPartnerGuestClosesTheirOpenPageAtOnce() {
        String owner = newAccount("소유자");
        String guest = newAccount("파트너");
        long id = createAs(owner, "협력");
        long org = signedIn.as(owner, () -> partners.add(id, new PartnerDraft("지원센터", "담당", null, null, null)));
        String link = signedIn.as(owner, () -> partners.inviteGuest(id, org, guest).link());
        signedIn.run(guest, () -> invitations.acceptAsSignedIn(link.substring(link.lastIndexOf('/') + 1)));
        signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named("참여자").withContacts(
                "010-1234-5678", null)));

        BrowserlessUIContext guestWindow = windowOf(guest);
        PeopleView guestView = open(guestWindow, id);
        assertThat(rows(guestWindow, guestView).get(0).phone()).isNull();
        assertThat(guestView.participants.add.isAttached()).isFalse();

        BrowserlessUIContext ownerWindow = windowOf(owner);
        PeopleView ownerView = open(ownerWindow, id);
        in(ownerWindow);
        ownerView.show("partners");
        in(ownerWindow).test(ownerView.partners.grid).select(0);
        assertThat(ownerView.partners.guests.getElement().getTextRecursively()).contains("접근 가능");
        com.vaadin.flow.component.button.Button revoke = ownerView.partners.guests.getChildren()
                .flatMap(c -> c.getChildren()).filter(c -> c.hasClassName("revoke-guest"))
                .map(com.vaadin.flow.component.button.Button.class::cast).findFirst().orElseThrow();
        in(ownerWindow).test(revoke).click();

        await(guestWindow, () -> guestWindow.getCurrentView() instanceof ExperimentListView);
        assertThat(ownerView.partners.guests.getElement().getTextRecursively()).contains("접근 없음");
    }

    @Test
    void guestsSeeNoContactsOrNeedsUntilTheOwnerTurnsThemOnAndThenTheirOpenGridShowsThemLive() {
        String owner = newAccount("소유자");
        String guest = newAccount("협력 게스트");
        long id = createAs(owner, "게스트 범위");
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        signedIn.run(owner, () -> participants.create(id, new ParticipantDraft("홍길동", "010-1234-5678",
                "hong@example.kr", ParticipantGroup.PARTICIPANT, AttendanceStatus.INVITED, PhotoConsent.REFUSED,
                "휠체어 이용", "채식", "메모")));

        BrowserlessUIContext guestWindow = windowOf(guest);
        PeopleView guestView = open(guestWindow, id);
        var grid = guestView.participants.grid;
        for (String key : List.of("phone", "email", "access", "diet", "notes")) {
            assertThat(grid.getColumnByKey(key).isVisible()).as(key).isFalse();
        }
        assertThat(guestView.participants.filters.search.getPlaceholder()).isEqualTo("이름 검색");
        assertThat(rows(guestWindow, guestView).get(0).accessibilityNeeds()).isNull();
        // Guests cannot change the setting.
        assertThat(guestView.privacy.saveGuestScope.isVisible()).isFalse();
        assertThat(guestView.privacy.guestContacts.isReadOnly()).isTrue();

        BrowserlessUIContext ownerWindow = windowOf(owner);
        PeopleView ownerView = open(ownerWindow, id);
        assertThat(ownerView.participants.grid.getColumnByKey("phone").isVisible()).isTrue();
        ownerView.show("privacy");
        in(ownerWindow).test(ownerView.privacy.guestContacts).click();
        in(ownerWindow).test(ownerView.privacy.saveGuestScope).click();

        await(guestWindow, () -> grid.getColumnByKey("phone").isVisible()
                && "010-1234-5678".equals(rows(guestWindow, guestView).get(0).phone()));
        assertThat(grid.getColumnByKey("access").isVisible()).isFalse();
        assertThat(rows(guestWindow, guestView).get(0).accessibilityNeeds()).isNull();
        assertThat(guestView.participants.filters.search.getPlaceholder()).isEqualTo("이름, 전화번호, 이메일 검색");
        // The privacy panel, behind another tab, reads the new setting when its tab is chosen.
        in(guestWindow);
        guestView.show("privacy");
        assertThat(guestView.privacy.guestContacts.getValue()).isTrue();
    }

    /**
     * A guest-scope tick not yet saved stays through the live updates that reload the panel (a co-planner adding
     * someone), and is saved only over the setting it was ticked over: another save in between (another window,
     * another owner) is a conflict.
     */
    @Test
    void anUnsavedGuestScopeTickSurvivesLiveUpdatesAndNeverOverwritesAnotherSave() {
        String owner = newAccount("소유자");
        String planner = newAccount("기획자");
        long id = createAs(owner, "범위 고르는 중");
        teams.join(owner, id, planner, MemberRole.PLANNER);
        BrowserlessUIContext ownerWindow = windowOf(owner);
        PeopleView ownerView = open(ownerWindow, id);
        ownerView.show("privacy");
        in(ownerWindow).test(ownerView.privacy.guestContacts).click();
        assertThat(ownerView.privacy.guestContacts.getValue()).isTrue();

        signedIn.run(planner, () -> participants.create(id, ParticipantDraft.named("홍길동")));
        await(ownerWindow, () -> rows(ownerWindow, ownerView).size() == 1);
        assertThat(ownerView.privacy.guestContacts.getValue()).as("the unsaved tick").isTrue();

        // The same owner in another window (only owners set it).
        signedIn.run(owner, () -> experiments.setGuestScope(id, experiments.get(id).version(),
                new kr.silheomjang.experiment.GuestScope(false, true, false)));
        in(ownerWindow).test(ownerView.privacy.saveGuestScope).click();
        assertThat(signedIn.as(owner, () -> experiments.get(id)).guestScope())
                .isEqualTo(new kr.silheomjang.experiment.GuestScope(false, true, false));
        assertThat(ownerView.privacy.guestContacts.getValue()).as("shows what was saved first").isFalse();
        assertThat(ownerView.privacy.guestNeeds.getValue()).isTrue();

        // Told, the owner ticks again and saves knowingly.
        in(ownerWindow).test(ownerView.privacy.guestContacts).click();
        in(ownerWindow).test(ownerView.privacy.saveGuestScope).click();
        assertThat(signedIn.as(owner, () -> experiments.get(id)).guestScope())
                .isEqualTo(new kr.silheomjang.experiment.GuestScope(true, true, false));
    }

    @Test
    void anUnknownPrintListIsSaidToBeNoneNeverPrintedAsTheSignInSheet() {
        String owner = newAccount("소유자");
        String stranger = newAccount("남");
        long id = createAs(owner, "인쇄 명단");
        signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named("김참석")
                .withStatus(AttendanceStatus.CONFIRMED)));
        BrowserlessUIContext window = windowOf(owner);
        PeoplePrintView signIn = window.navigate(PeoplePrintView.class,
                Map.of("experimentId", String.valueOf(id), "list", "sign-in"));
        assertThat(signIn.heading.getText()).isEqualTo("참석 서명부");
        assertThat(signIn.table.getElement().toString()).contains("김참석");

        PeoplePrintView unknown = window.navigate(PeoplePrintView.class,
                Map.of("experimentId", String.valueOf(id), "list", "xyz"));
        assertThat(unknown.heading.getText()).isEqualTo(
                "그런 인쇄 명단은 없습니다. 참여자 화면의 인쇄 링크를 써 주세요.");
        assertThat(unknown.getPageTitle()).isEqualTo(unknown.heading.getText());
        assertThat(unknown.getElement().getTextRecursively()).doesNotContain("참석 서명부", "김참석", "서명");

        // A non-member is refused as before, whatever the list's name.
        BrowserlessUIContext strangers = windowOf(stranger);
        strangers.navigate("experiments/" + id + "/people/print/xyz", ExperimentListView.class);
        assertThat(strangers.getCurrentView()).isInstanceOf(ExperimentListView.class);
        assertThat(errorText(strangers)).contains("찾을 수 없거나 접근 권한이 없는 실험장입니다.");
    }

    @Test
    void aNonMemberIsSentAwayFromThePeoplePage() {
        String owner = newAccount("소유자");
        String stranger = newAccount("남");
        long id = createAs(owner, "남의 사람들");
        BrowserlessUIContext window = windowOf(stranger);
        window.navigate("experiments/" + id + "/people", ExperimentListView.class);
        assertThat(window.getCurrentView()).isInstanceOf(ExperimentListView.class);
        assertThat(errorText(window)).contains("찾을 수 없거나 접근 권한이 없는 실험장입니다.");
    }
    @Test
    void aLinkToOnePersonOpensThemForEditorsMarksThemForGuestsAndRefusesOthers() {
        String owner = newAccount("소유자");
        String guest = newAccount("손님");
        long id = createAs(owner, "링크로 찾기");
        long other = createAs(owner, "다른 실험장");
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        long wanted = signedIn.as(owner, () -> {
            participants.create(id, ParticipantDraft.named("김철수"));
            participants.create(id, ParticipantDraft.named("홍길동").withStatus(AttendanceStatus.CONFIRMED));
            return participants.create(id, ParticipantDraft.named("홍길동"));
        });
        long elsewhere = signedIn.as(owner, () -> participants.create(other, ParticipantDraft.named("남의 사람")));

        // An owner: the list narrowed to the name (the namesake stays), the person selected and open for editing.
        BrowserlessUIContext ownerWindow = windowOf(owner);
        PeopleView ownerView = follow(ownerWindow, "experiments/" + id + "/people?participant=" + wanted,
                PeopleView.class);
        runQueuedAccess(ownerWindow);
        ParticipantsPanel panel = ownerView.participants;
        assertThat(panel.filters.search.getValue()).isEqualTo("홍길동");
        assertThat(rows(ownerWindow, ownerView)).extracting(ParticipantRow::name).containsExactly("홍길동", "홍길동");
        assertThat(panel.linked()).isEqualTo(wanted);
        assertThat(panel.grid.getSelectedItems()).extracting(ParticipantRow::id).containsExactly(wanted);
        assertThat(panel.rowEditor.isOpen()).isTrue();
        assertThat(panel.grid.getEditor().getItem().id()).isEqualTo(wanted);
        assertThat(panel.rowEditor.inputs.text(ParticipantField.NAME).getValue()).isEqualTo("홍길동");
        assertThat(panel.grid.getPartNameGenerator().apply(panel.grid.getEditor().getItem()))
                .isEqualTo("deep-link-target");

        // A partner guest: the same row marked (with what guests see of it), nothing to edit.
        BrowserlessUIContext guestWindow = windowOf(guest);
        PeopleView guestView = follow(guestWindow, "experiments/" + id + "/people?participant=" + wanted,
                PeopleView.class);
        runQueuedAccess(guestWindow);
        assertThat(guestView.participants.linked()).isEqualTo(wanted);
        assertThat(rows(guestWindow, guestView)).extracting(ParticipantRow::name).containsExactly("홍길동", "홍길동");
        assertThat(guestView.participants.grid.getPartNameGenerator().apply(rows(guestWindow, guestView).stream()
                .filter(r -> r.id() == wanted).findFirst().orElseThrow())).isEqualTo("deep-link-target");
        assertThat(guestView.participants.rowEditor.isOpen()).isFalse();

        // Someone of another experiment, through this experiment's page: the usual "not found", nothing narrowed.
        BrowserlessUIContext again = windowOf(owner);
        PeopleView wrong = follow(again, "experiments/" + id + "/people?participant=" + elsewhere, PeopleView.class);
        assertThat(errorText(again)).contains("찾을 수 없는 항목입니다");
        assertThat(wrong.participants.linked()).isEqualTo(-1);
        assertThat(wrong.participants.filters.search.getValue()).isEmpty();
        assertThat(rows(again, wrong)).hasSize(3);
    }

    @Test
    void aLinkToAWithdrawnConsentOpensTheProposerTabWithThatLineMarked() {
        String owner = newAccount("소유자");
        long id = createAs(owner, "동의 철회");
        signedIn.run(owner, () -> {
            proposer.recordConsent(id, ConsentKind.FILMING, ConsentDecision.GIVEN, "미팅", LocalDate.now());
            proposer.recordConsent(id, ConsentKind.FILMING, ConsentDecision.WITHDRAWN, "전화", LocalDate.now());
        });
        BrowserlessUIContext window = windowOf(owner);
        PeopleView view = follow(window, "experiments/" + id + "/people?tab=proposer&consent=FILMING",
                PeopleView.class);
        runQueuedAccess(window);
        assertThat(view.tabs.getSelectedTab().getId()).contains("tab-proposer");
        assertThat(view.proposer.isVisible()).isTrue();
        assertThat(view.proposer.linkedConsent()).isEqualTo("FILMING");
        var marked = view.proposer.current.getChildren()
                .filter(c -> c.getElement().getClassList().contains("deep-link-target")).toList();
        assertThat(marked).singleElement().satisfies(row -> {
            assertThat(row.getElement().getAttribute("data-kind")).isEqualTo("FILMING");
            assertThat(row.getElement().getTextRecursively()).contains("철회");
        });
    }

    /**
     * The roster as a partner guest reads it: the service never gives guests its contacts, so there is no 연락처
     * column standing empty (QA); of the partners, a guest is given only their own guest line, so no guest count
     * that reads 0 or 1 whatever the organisation has; and only the owner, who invites, is told a partner is picked
     * "to invite". Owners and planners keep the roster's contacts.
     */
    @Test
    void aGuestSeesNoEmptyContactColumnOrOwnGuestCountAndOnlyTheOwnerIsToldToPickAPartnerToInvite() {
        String owner = newAccount("김명단");
        String planner = newAccount("이명단");
        String guest = newAccount("박명단");
        long id = createAs(owner, "역할분담표 열");
        teams.join(owner, id, planner, MemberRole.PLANNER);
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        signedIn.run(owner, () -> {
            staff.add(id, new kr.silheomjang.people.StaffDraft("접수", "오스탭", LocalDate.of(2027, 4, 1),
                    java.time.LocalTime.of(13, 0), java.time.LocalTime.of(15, 0), "입구", "명단 확인",
                    "010-9999-0000", null));
            partners.add(id, new PartnerDraft("서울역 센터", "서협력", "center@example.kr", "장소 협조", null));
        });

        PeopleView guestView = open(windowOf(guest), id);
        assertThat(shownHeaders(guestView.staff.grid)).contains("역할", "담당자").doesNotContain("연락처");
        assertThat(guestView.staff.rows).singleElement().extracting(r -> r.contact()).isNull();
        assertThat(shownHeaders(guestView.partners.grid)).contains("기관 이름").doesNotContain("게스트");
        assertThat(guestView.partners.guests.getElement().getTextRecursively())
                .isEqualTo("협력기관을 고르면 그 기관의 게스트 계정을 볼 수 있습니다.");

        PeopleView plannerView = open(windowOf(planner), id);
        assertThat(shownHeaders(plannerView.staff.grid)).contains("연락처");
        assertThat(plannerView.staff.rows).singleElement().extracting(r -> r.contact()).isEqualTo("010-9999-0000");
        assertThat(shownHeaders(plannerView.partners.grid)).contains("게스트");
        assertThat(plannerView.partners.guests.getElement().getTextRecursively()).doesNotContain("초대");

        PeopleView ownerView = open(windowOf(owner), id);
        assertThat(shownHeaders(ownerView.staff.grid)).contains("연락처");
        assertThat(ownerView.partners.guests.getElement().getTextRecursively())
                .isEqualTo("협력기관을 고르면 게스트 계정을 보고 초대할 수 있습니다.");
    }

    /** The headers of a grid's visible columns. */
    static List<String> shownHeaders(com.vaadin.flow.component.grid.Grid<?> grid) {
        return grid.getColumns().stream().filter(c -> c.isVisible())
                .map(c -> c.getHeaderText()).toList();
    }

    /** The roster is for the day itself (guide §4): a new line starts on the experiment's event day, not empty. */
    @Test
    void aNewRosterLineStartsOnTheEventDay() {
        String owner = newAccount("김행사일");
        long id = createAs(owner, "행사일 역할");
        BrowserlessUIContext window = windowOf(owner);
        PeopleView view = open(window, id);
        view.show("staff");
        in(window).test(view.staff.add).click();
        assertThat(view.staff.dialog.date.getValue()).isEqualTo(LocalDate.of(2027, 4, 1));
    }

    /** Only the event day's lines follow it when it moves: a line on another day says so ("행사일 아님"). */
    @Test
    void aRosterLineOnAnotherDayThanTheEventDayIsMarked() {
        String owner = newAccount("김근무일");
        long id = createAs(owner, "근무일 표시");
        signedIn.run(owner, () -> {
            staff.add(id, new kr.silheomjang.people.StaffDraft("진행", "최진행", LocalDate.of(2027, 4, 1),
                    java.time.LocalTime.of(13, 0), java.time.LocalTime.of(15, 0), null, null, null, null));
            staff.add(id, new kr.silheomjang.people.StaffDraft("설치", "최설치", LocalDate.of(2027, 3, 31),
                    java.time.LocalTime.of(13, 0), java.time.LocalTime.of(15, 0), null, null, null, null));
        });
        PeopleView view = open(windowOf(owner), id);
        var onTheDay = view.staff.rows.stream().filter(r -> r.role().equals("진행")).findFirst().orElseThrow();
        var dayBefore = view.staff.rows.stream().filter(r -> r.role().equals("설치")).findFirst().orElseThrow();
        assertThat(view.staff.offDayBadge(onTheDay)).isNull();
        var badge = view.staff.offDayBadge(dayBefore);
        assertThat(badge.getText()).isEqualTo("행사일 아님");
        assertThat(badge.getTitle()).hasValueSatisfying(t -> assertThat(t).contains("2027년 4월 1일"));
    }
}
