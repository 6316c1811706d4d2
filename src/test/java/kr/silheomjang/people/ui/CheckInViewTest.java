package kr.silheomjang.people.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantRow;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.people.PartnerDraft;
import kr.silheomjang.people.PartnerService;
import kr.silheomjang.people.PhotoConsent;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

class CheckInViewTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    InvitationService invitations;
    @Autowired
    ParticipantService participants;
    @Autowired
    PartnerService partners;

    long createAs(String email, String title) {
        return signedIn.as(email, () -> experiments.create(Drafts.valid(title)));
    }


    static CheckInView open(BrowserlessUIContext window, long id) {
        return window.navigate(CheckInView.class, Map.of("experimentId", String.valueOf(id)));
    }

    /** The names on the visible cards, top to bottom. */
    static List<String> names(CheckInView view) {
        return view.list.getChildren().map(c -> c.getElement().getTextRecursively()).toList();
    }

    static String text(CheckInView view, String name) {
        return names(view).stream().filter(t -> t.contains(name)).findFirst().orElse("");
    }

    static Button card(CheckInView view, long id) {
        return view.cards.get(id);
    }

    long idOf(String email, long id, String name) {
        return signedIn.as(email, () -> participants.list(id)).stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow().id();
    }

    @Test
    void aTapAndAWalkInByOnePlannerShowLiveForTheOtherKeepingTheirSearch() {
        String a = newAccount("김체크");
        String b = newAccount("이체크");
        long id = createAs(a, "체크인 실험");
        teams.join(a, id, b, MemberRole.PLANNER);
        signedIn.run(a, () -> {
            participants.create(id, ParticipantDraft.named("홍길동").withStatus(AttendanceStatus.CONFIRMED)
                    .withContacts("010-1111-2222", null));
            participants.create(id, ParticipantDraft.named("김영희").withStatus(AttendanceStatus.RECONFIRMED)
                    .withPhotoConsent(PhotoConsent.GRANTED));
            participants.create(id, ParticipantDraft.named("박불참").withStatus(AttendanceStatus.ABSENT));
        });
        long hong = idOf(a, id, "홍길동");

        BrowserlessUIContext windowA = windowOf(a);
        CheckInView viewA = open(windowA, id);
        BrowserlessUIContext windowB = windowOf(b);
        CheckInView viewB = open(windowB, id);
        // Expected excludes 불참; nobody has arrived yet.
        assertThat(viewB.arrived.getText()).isEqualTo("0");
        assertThat(viewB.expected.getText()).isEqualTo("2");
        assertThat(viewA.tabsText()).contains("체크인");
        // The film crew sees who must not be filmed (photo consent defaults to refused).
        assertThat(text(viewA, "홍길동")).contains("촬영 불가").contains("참여자");
        assertThat(text(viewA, "김영희")).doesNotContain("촬영 불가");
        // No aria-label over the card: it is read by what it shows, badges included (WCAG 2.5.3).
        assertThat(card(viewA, hong).getElement().hasAttribute("aria-label")).isFalse();

        // B searches by phone digits before A acts.
        in(windowB).test(viewB.search).setValue("1111");
        assertThat(names(viewB)).hasSize(1).allMatch(t -> t.contains("홍길동"));

        // A taps 홍길동: 참석.
        in(windowA).test(card(viewA, hong)).click();
        assertThat(signedIn.as(a, () -> participants.rows(id, java.util.Set.of(hong))).get(0).status())
                .isEqualTo(AttendanceStatus.ATTENDED);
        assertThat(viewA.arrived.getText()).isEqualTo("1");
        assertThat(card(viewA, hong).hasClassName("arrived")).isTrue();

        // B sees it without a reload; B's search text and filtered list stay.
        await(windowB, () -> "1".equals(viewB.arrived.getText()));
        assertThat(viewB.search.getValue()).isEqualTo("1111");
        assertThat(names(viewB)).hasSize(1);
        assertThat(card(viewB, hong).hasClassName("arrived")).isTrue();
        assertThat(text(viewB, "홍길동")).contains("참석");

        // A adds a walk-in: name required (Korean), then saved as arrived.
        in(windowA).test(viewA.addWalkIn).click();
        WalkInDialog dialog = opened(windowA, WalkInDialog.class);
        in(windowA).test(dialog.save).click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("이름을 입력하세요.");
        in(windowA).test(dialog.name).setValue("최현장");
        in(windowA).test(dialog.phone).setValue("전화없음");
        in(windowA).test(dialog.save).click();
        assertThat(dialog.phone.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        in(windowA).test(dialog.phone).setValue("010-3333-4444");
        in(windowA).test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(text(viewA, "최현장")).contains("현장 참가").contains("촬영 불가");

        // B's counters follow: expected 3, arrived 2; the walk-in appears once B clears the search.
        await(windowB, () -> "2".equals(viewB.arrived.getText()) && "3".equals(viewB.expected.getText()));
        in(windowB).test(viewB.search).setValue("");
        assertThat(names(viewB)).anyMatch(t -> t.contains("최현장"));

        // Not-yet-arrived filter: only 김영희 and 박불참 remain.
        in(windowB).test(viewB.pendingOnly).click();
        assertThat(names(viewB)).hasSize(2).noneMatch(t -> t.contains("홍길동") || t.contains("최현장"));

        // B undoes the mistaken tap on 홍길동 (back to 참여 확정); A follows live.
        in(windowB).test(viewB.pendingOnly).click();
        in(windowB).test(card(viewB, hong)).click();
        runQueuedAccess(windowB);
        in(windowB).test(windowB.find(Button.class).withId("checkin-undo-confirm").single()).click();
        assertThat(signedIn.as(b, () -> participants.rows(id, java.util.Set.of(hong))).get(0).status())
                .isEqualTo(AttendanceStatus.CONFIRMED);
        await(windowA, () -> "1".equals(viewA.arrived.getText()));
        assertThat(card(viewA, hong).hasClassName("arrived")).isFalse();
    }

    @Test
    void searchFindsByNameOrPhoneAndSaysWhenNothingMatches() {
        String owner = newAccount("소유자");
        long id = createAs(owner, "검색");
        signedIn.run(owner, () -> {
            participants.create(id, ParticipantDraft.named("홍길동").withContacts("010-1234-5678", null));
            participants.create(id, ParticipantDraft.named("홍미진").withContacts("010-9999-0000", null));
            participants.create(id, ParticipantDraft.named("김철수"));
        });
        BrowserlessUIContext window = windowOf(owner);
        CheckInView view = open(window, id);
        assertThat(names(view)).hasSize(3);
        assertThat(view.search.getAriaLabel()).as("named beyond its placeholder").hasValue("이름 또는 전화번호 검색");
        in(window).test(view.search).setValue("홍");
        assertThat(names(view)).hasSize(2).allMatch(t -> t.startsWith("홍") || t.contains("홍"));
        in(window).test(view.search).setValue("01099990000");
        assertThat(names(view)).hasSize(1).allMatch(t -> t.contains("홍미진"));
        in(window).test(view.search).setValue("없는사람");
        assertThat(names(view)).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("검색 조건에 맞는 사람이 없습니다.");
    }

    @Test
    void aPartnerGuestSeesTheListButCannotCheckAnyoneIn() {
        String owner = newAccount("소유자");
        String guest = newAccount("파트너");
        long id = createAs(owner, "협력 체크인");
        long org = signedIn.as(owner, () -> partners.add(id, new PartnerDraft("지원센터", "담당", null, null, null)));
        String link = signedIn.as(owner, () -> partners.inviteGuest(id, org, guest).link());
        signedIn.run(guest, () -> invitations.acceptAsSignedIn(link.substring(link.lastIndexOf('/') + 1)));
        signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named("참여자")));
        long pid = idOf(owner, id, "참여자");

        BrowserlessUIContext window = windowOf(guest);
        CheckInView view = open(window, id);
        assertThat(names(view)).hasSize(1);
        assertThat(view.addWalkIn.isVisible()).isFalse();
        assertThat(view.readOnlyNote.isVisible()).isTrue();
        assertThat(card(view, pid).isEnabled()).isFalse();
        in(window);
        view.tap(pid);
        assertThat(signedIn.as(guest, () -> participants.list(id)).get(0).status()).isEqualTo(AttendanceStatus.INVITED);
        assertThatThrownBy(() -> signedIn.run(guest, () -> participants.markAttendance(id, pid, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(guest, () -> participants.addWalkIn(id, "몰래", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(owner, () -> participants.list(id))).extracting(ParticipantRow::status)
                .containsExactly(AttendanceStatus.INVITED);
    }

    /** The owner narrows what partner guests may see: a guest's open check-in drops the needs at once. */
    @Test
    void aGuestsOpenCheckInDropsTheNeedsOnceTheOwnerNarrowsTheGuestScope() {
        String owner = newAccount("소유자");
        String guest = newAccount("파트너");
        long id = createAs(owner, "범위 바뀌는 체크인");
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named("홍길동").toBuilder()
                .status(AttendanceStatus.CONFIRMED).accessibilityNeeds("휠체어 이용").build()));
        signedIn.run(owner, () -> experiments.setGuestScope(id, experiments.get(id).version(),
                new kr.silheomjang.experiment.GuestScope(false, true, false)));

        BrowserlessUIContext window = windowOf(guest);
        CheckInView view = open(window, id);
        assertThat(text(view, "홍길동")).contains("휠체어 이용");

        signedIn.run(owner, () -> experiments.setGuestScope(id, experiments.get(id).version(),
                kr.silheomjang.experiment.GuestScope.NONE));
        await(window, () -> !text(view, "홍길동").contains("휠체어 이용"));
        assertThat(text(view, "홍길동")).contains("홍길동");
    }

    @Test
    void aMemberOfAnotherExperimentIsSentAwayFromTheCheckIn() {
        String owner = newAccount("소유자");
        String stranger = newAccount("남");
        long id = createAs(owner, "남의 체크인");
        createAs(stranger, "내 실험장");
        signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named("비밀")));
        BrowserlessUIContext window = windowOf(stranger);
        window.navigate("experiments/" + id + "/checkin", kr.silheomjang.experiment.ui.ExperimentListView.class);
        assertThat(window.getCurrentView()).isInstanceOf(kr.silheomjang.experiment.ui.ExperimentListView.class);
        assertThat(PeopleViewsTest.errorText(window)).contains("찾을 수 없거나 접근 권한이 없는 실험장입니다.");
    }
}
