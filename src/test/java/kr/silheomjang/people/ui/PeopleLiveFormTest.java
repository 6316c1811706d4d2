package kr.silheomjang.people.ui;

import static kr.silheomjang.support.Typing.keepMine;
import static kr.silheomjang.support.Typing.note;
import static kr.silheomjang.support.Typing.typeWithoutLeaving;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.notification.Notification;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantField;
import kr.silheomjang.people.ParticipantRow;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.people.PartnerDraft;
import kr.silheomjang.people.ProposerConsentService;
import kr.silheomjang.people.ProposerDraft;
import kr.silheomjang.people.StaffDraft;
import kr.silheomjang.people.StaffRosterService;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

/** Issue 18 in the staff editor and the proposer form: B's typing survives A's save; B decides before saving. */
class PeopleLiveFormTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    StaffRosterService staff;
    @Autowired
    ProposerConsentService proposer;
    @Autowired
    ParticipantService participants;
    @Autowired
    kr.silheomjang.people.PartnerService partners;

    record Team(String a, String b, long id) {
    }

    Team team() {
        String a = newAccount("김기획");
        String b = newAccount("이준비");
        long id = signedIn.as(a, () -> experiments.create(Drafts.valid("사람 실험장")));
        teams.join(a, id, b, MemberRole.PLANNER);
        return new Team(a, b, id);
    }

    PeopleView open(BrowserlessUIContext window, long id) {
        return window.navigate(PeopleView.class, Map.of("experimentId", String.valueOf(id)));
    }

    static String notices(BrowserlessUIContext window) {
        runQueuedAccess(window);
        return window.find(Notification.class).all().stream().map(n -> n.getElement().getProperty("text"))
                .reduce("", (x, y) -> x + "\n" + y);
    }

    @Test
    void whatBIsTypingInAStaffLineSurvivesASaveOfTheSameFieldByA() {
        Team t = team();
        StaffDraft line = new StaffDraft("접수", "박스탭", LocalDate.of(2027, 3, 3), LocalTime.of(13, 0),
                LocalTime.of(14, 0), "입구", "명찰 배부", null);
        long lineId = signedIn.as(t.a(), () -> staff.add(t.id(), line));
        BrowserlessUIContext windowB = windowOf(t.b());
        PeopleView viewB = open(windowB, t.id());
        viewB.show("staff");
        in(windowB);
        viewB.staff.openDialog(viewB.staff.rows.get(0));
        StaffPanel.StaffDialog dialogB = viewB.staff.dialog;
        typeWithoutLeaving(windowB, dialogB.duties, "명찰 배부, 안내지 전달");

        long version = signedIn.as(t.a(), () -> staff.roster(t.id())).get(0).version();
        signedIn.run(t.a(), () -> staff.update(t.id(), lineId, version, new StaffDraft("접수", "박스탭",
                LocalDate.of(2027, 3, 3), LocalTime.of(13, 0), LocalTime.of(14, 0), "정문", "명찰과 물 배부", null)));

        await(windowB, () -> dialogB.form.marked().contains("duties"));
        assertThat(dialogB.duties.getValue()).isEqualTo("명찰 배부, 안내지 전달");
        assertThat(note(dialogB.form, "duties")).contains("김기획님이 바꾼 값: 명찰과 물 배부");
        assertThat(dialogB.area.getValue()).isEqualTo("정문");

        in(windowB).test(dialogB.save).click();
        assertThat(dialogB.isOpened()).isTrue();
        assertThat(notices(windowB)).contains("김기획님이").contains("내 값 유지");
        assertThat(signedIn.as(t.a(), () -> staff.roster(t.id())).get(0).duties()).isEqualTo("명찰과 물 배부");

        keepMine(windowB, dialogB.form, "duties");
        in(windowB).test(dialogB.save).click();
        assertThat(dialogB.isOpened()).isFalse();
        var stored = signedIn.as(t.a(), () -> staff.roster(t.id())).get(0);
        assertThat(stored.duties()).isEqualTo("명찰 배부, 안내지 전달");
        assertThat(stored.area()).isEqualTo("정문");
    }

    /**
     * "계정 연결" in the staff dialog (note 0067): a planner links a line to the partner guest, picked by name and role
     * (no address); the grid names the linked member for owners and planners, and shows guests no links. When the
     * owner removes the guest, the open roster drops the link.
     */
    @Test
    void aPlannerLinksAStaffLineToAGuestAndTheOpenRosterFollowsTheGuestsRemoval() {
        Team t = team();
        String guest = teams.joinWithNewAccount(t.a(), t.id(), "박협력", MemberRole.PARTNER_GUEST);
        long guestId = accounts.findByEmail(guest).orElseThrow().id();
        BrowserlessUIContext windowB = windowOf(t.b());
        PeopleView viewB = open(windowB, t.id());
        viewB.show("staff");
        in(windowB);
        viewB.staff.openDialog(null);
        StaffPanel.StaffDialog dialog = viewB.staff.dialog;
        assertThat(dialog.account.getLabel()).isEqualTo("계정 연결");
        assertThat(dialog.account.getValue()).isNull();
        assertThat(dialog.account.getListDataView().getItems().map(a -> dialog.account.getItemLabelGenerator()
                .apply(a)).toList()).containsExactly("김기획 (소유자)", "이준비 (기획팀)", "박협력 (협력기관 게스트)")
                .noneMatch(label -> label.contains("@"));

        in(windowB).test(dialog.role).selectItem("안내");
        typeWithoutLeaving(windowB, dialog.person, "한스탭");
        in(windowB).test(dialog.date).setValue(LocalDate.of(2027, 3, 3));
        in(windowB).test(dialog.account).selectItem("박협력 (협력기관 게스트)");
        in(windowB).test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        var stored = signedIn.as(t.a(), () -> staff.roster(t.id())).get(0);
        assertThat(stored.memberUserId()).isEqualTo(guestId);
        assertThat(viewB.staff.grid.getColumnByKey("account")).isNotNull();
        var badge = (com.vaadin.flow.component.html.Span) in(windowB).test(viewB.staff.grid)
                .getCellComponent(0, "account");
        assertThat(badge.getElement().getTextRecursively()).isEqualTo("박협력");
        assertThat(badge.getTitle()).hasValue("박협력님의 계정에 연결됨");

        // The guest's roster: no link column, no links.
        BrowserlessUIContext guestWindow = windowOf(guest);
        PeopleView guestView = open(guestWindow, t.id());
        guestView.show("staff");
        assertThat(guestView.staff.grid.getColumnByKey("account")).isNull();
        assertThat(guestView.staff.rows).allSatisfy(r -> assertThat(r.memberUserId()).isNull());

        // Opened again, the dialog shows the link; the owner removes the guest: the form and the grid drop it.
        in(windowB);
        viewB.staff.openDialog(viewB.staff.rows.get(0));
        StaffPanel.StaffDialog again = viewB.staff.dialog;
        assertThat(again.account.getValue().userId()).isEqualTo(guestId);
        long memberId = signedIn.as(t.a(), () -> experiments.get(t.id())).members().stream()
                .filter(m -> m.userId() == guestId).findFirst().orElseThrow().memberId();
        signedIn.run(t.a(), () -> experiments.removeMember(t.id(), memberId));
        await(windowB, () -> viewB.staff.rows.get(0).memberUserId() == null);
        assertThat(again.account.getValue()).isNull();
        assertThat(again.account.getListDataView().getItems().map(a -> a.displayName()).toList())
                .containsExactly("김기획", "이준비");
        var empty = (com.vaadin.flow.component.html.Span) in(windowB).test(viewB.staff.grid)
                .getCellComponent(0, "account");
        assertThat(empty.getElement().getTextRecursively()).isEmpty();
    }

    /** Each staff line has its own edit button, named by its role and person, for keyboards and screen readers. */
    @Test
    void eachStaffLineHasAnEditButtonNamingItsRole() {
        Team t = team();
        signedIn.as(t.a(), () -> staff.add(t.id(), new StaffDraft("접수", "박스탭", LocalDate.of(2027, 3, 3),
                LocalTime.of(13, 0), LocalTime.of(14, 0), "입구", "명찰 배부", null)));
        BrowserlessUIContext windowB = windowOf(t.b());
        PeopleView viewB = open(windowB, t.id());
        viewB.show("staff");
        var edit = (com.vaadin.flow.component.button.Button) in(windowB).test(viewB.staff.grid)
                .getCellComponent(0, "edit");
        assertThat(edit.getAriaLabel()).hasValue("접수(박스탭) 역할 수정");
        in(windowB).test(edit).click();
        assertThat(viewB.staff.dialog.isOpened()).isTrue();
        assertThat(viewB.staff.dialog.role.getValue()).isEqualTo("접수");
    }

    /** The partner dialog follows the staff line's rules (decision note 0013): B's typing stays, A's value beside it. */
    @Test
    void whatBIsTypingInAPartnerSurvivesASaveOfTheSameFieldByA() {
        Team t = team();
        long partnerId = signedIn.as(t.a(), () -> partners.add(t.id(), new PartnerDraft("동네 도서관", "서담당", null,
                "장소 제공", "대관")));
        BrowserlessUIContext windowB = windowOf(t.b());
        PeopleView viewB = open(windowB, t.id());
        viewB.show("partners");
        in(windowB);
        viewB.partners.openDialog(viewB.partners.rows.get(0));
        PartnersPanel.PartnerDialog dialogB = viewB.partners.dialog;
        typeWithoutLeaving(windowB, dialogB.contributions, "대관, 홍보 게시판");

        long version = signedIn.as(t.a(), () -> partners.list(t.id())).get(0).version();
        signedIn.run(t.a(), () -> partners.update(t.id(), partnerId, version, new PartnerDraft("동네 도서관",
                "서담당", "02-123-4567", "장소 제공", "대관, 의자 40개")));

        await(windowB, () -> dialogB.form.marked().contains("contributions"));
        assertThat(dialogB.contributions.getValue()).isEqualTo("대관, 홍보 게시판");
        assertThat(note(dialogB.form, "contributions")).contains("김기획님이 바꾼 값: 대관, 의자 40개");
        assertThat(dialogB.contact.getValue()).isEqualTo("02-123-4567");

        in(windowB).test(dialogB.save).click();
        assertThat(dialogB.isOpened()).isTrue();
        assertThat(notices(windowB)).contains("김기획님이");
        assertThat(signedIn.as(t.a(), () -> partners.list(t.id())).get(0).contributions()).isEqualTo("대관, 의자 40개");

        keepMine(windowB, dialogB.form, "contributions");
        in(windowB).test(dialogB.save).click();
        assertThat(dialogB.isOpened()).isFalse();
        var stored = signedIn.as(t.a(), () -> partners.list(t.id())).get(0);
        assertThat(stored.contributions()).isEqualTo("대관, 홍보 게시판");
        assertThat(stored.contact()).isEqualTo("02-123-4567");
    }

    /** A staff line holds a person's hours and contact: removing it asks first, and the safe answer keeps it. */
    @Test
    void removingAStaffLineAsksFirst() {
        Team t = team();
        signedIn.as(t.a(), () -> staff.add(t.id(), new StaffDraft("접수", "박스탭", LocalDate.of(2027, 3, 3),
                LocalTime.of(13, 0), LocalTime.of(14, 0), "입구", "명찰 배부", "010-1234-5678")));
        BrowserlessUIContext windowB = windowOf(t.b());
        PeopleView viewB = open(windowB, t.id());
        viewB.show("staff");
        in(windowB);
        viewB.staff.openDialog(viewB.staff.rows.get(0));
        var remove = windowB.find(com.vaadin.flow.component.button.Button.class).withId("remove-staff").single();

        windowB.test(remove).click();
        answerQuestion(windowB, "remove-staff-keep", false);
        assertThat(signedIn.as(t.a(), () -> staff.roster(t.id()))).hasSize(1);
        assertThat(viewB.staff.dialog.isOpened()).isTrue();

        windowB.test(remove).click();
        answerQuestion(windowB, "remove-staff-keep", true);
        assertThat(signedIn.as(t.a(), () -> staff.roster(t.id()))).isEmpty();
    }

    @Test
    void whatBIsTypingInAParticipantRowSurvivesASaveOfTheSameFieldByA() {
        Team t = team();
        signedIn.run(t.a(), () -> participants.create(t.id(), ParticipantDraft.named("홍길동")));
        BrowserlessUIContext windowB = windowOf(t.b());
        PeopleView viewB = open(windowB, t.id());
        var grid = in(windowB).test(viewB.participants.grid);
        ParticipantRow row = grid.getRow(0);
        in(windowB);
        viewB.participants.startEdit(row);
        runQueuedAccess(windowB);
        ParticipantRowEditor editorB = viewB.participants.rowEditor;
        typeWithoutLeaving(windowB, editorB.inputs.text(ParticipantField.NOTES), "B가 쓰는 메모");

        long version = signedIn.as(t.a(), () -> participants.list(t.id())).get(0).version();
        signedIn.run(t.a(), () -> participants.update(t.id(), row.id(), version,
                ParticipantDraft.builder().name("홍길동 (어르신)").set(ParticipantField.NOTES, "A가 저장한 메모").build()));

        await(windowB, () -> editorB.form.marked().contains("notes"));
        assertThat(editorB.inputs.text(ParticipantField.NOTES).getValue()).isEqualTo("B가 쓰는 메모");
        assertThat(note(editorB.form, "notes")).contains("김기획님이 바꾼 값: A가 저장한 메모");
        assertThat(editorB.inputs.text(ParticipantField.NAME).getValue()).isEqualTo("홍길동 (어르신)");

        in(windowB).test(editorB.save).click();
        assertThat(editorB.isOpen()).isTrue();
        assertThat(notices(windowB)).contains("김기획님이").contains("내 값 유지");
        assertThat(signedIn.as(t.a(), () -> participants.list(t.id())).get(0).notes()).isEqualTo("A가 저장한 메모");

        keepMine(windowB, editorB.form, "notes");
        in(windowB).test(editorB.save).click();
        assertThat(editorB.isOpen()).isFalse();
        var stored = signedIn.as(t.a(), () -> participants.list(t.id())).get(0);
        assertThat(stored.notes()).isEqualTo("B가 쓰는 메모");
        assertThat(stored.name()).isEqualTo("홍길동 (어르신)");
    }

    @Test
    void whatBIsTypingInTheProposerFormSurvivesASaveOfTheSameFieldByA() {
        Team t = team();
        BrowserlessUIContext windowA = windowOf(t.a());
        PeopleView viewA = open(windowA, t.id());
        BrowserlessUIContext windowB = windowOf(t.b());
        PeopleView viewB = open(windowB, t.id());
        viewB.show("proposer");
        ProposerPanel panelB = viewB.proposer;
        typeWithoutLeaving(windowB, panelB.other, "카카오톡 오픈채팅");
        await(windowA, () -> viewA.proposer.form.inField("other").contains("이준비"));

        var seen = signedIn.as(t.a(), () -> proposer.get(t.id()));
        signedIn.run(t.a(), () -> proposer.save(t.id(), seen.version(), seen.meeting(), new ProposerDraft(true,
                "정제안", null, null, "동네 게시판", null, null, null, null)));

        await(windowB, () -> panelB.form.marked().contains("other"));
        assertThat(panelB.other.getValue()).isEqualTo("카카오톡 오픈채팅");
        assertThat(note(panelB.form, "other")).contains("김기획님이 바꾼 값: 동네 게시판");
        assertThat(panelB.name.getValue()).isEqualTo("정제안");

        in(windowB).test(panelB.save).click();
        assertThat(notices(windowB)).contains("김기획님이").contains("내 값 유지");
        assertThat(signedIn.as(t.a(), () -> proposer.get(t.id())).draft().otherChannel()).isEqualTo("동네 게시판");

        keepMine(windowB, panelB.form, "other");
        in(windowB).test(panelB.save).click();
        var stored = signedIn.as(t.a(), () -> proposer.get(t.id())).draft();
        assertThat(stored.otherChannel()).isEqualTo("카카오톡 오픈채팅");
        assertThat(stored.name()).isEqualTo("정제안");
    }
}
