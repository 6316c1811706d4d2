package kr.silheomjang.runsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.people.LinkableAccount;
import kr.silheomjang.people.StaffDraft;
import kr.silheomjang.people.StaffRosterService;
import kr.silheomjang.people.StaffRow;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

@SpringBootTest
@ActiveProfiles("test")
class CueSheetServiceTest {

    @Autowired
    Teams teams;
    @Autowired
    SignedIn signedIn;
    @Autowired
    AccountService accounts;
    @Autowired
    ExperimentService experiments;
    @Autowired
    StaffRosterService roster;
    @Autowired
    CueSheetService cues;

    String account(String name) {
        String email = "cue" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, Teams.PASSWORD);
        return email;
    }

    long experiment(String owner) {
        return signedIn.as(owner, () -> experiments.create(Drafts.valid("큐시트 실험장")));
    }

    List<String> times(String who, long id) {
        return signedIn.as(who, () -> cues.sheet(id)).cues().stream().map(c -> c.content() + " " + c.span()).toList();
    }

    long userId(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    static final LocalDate DAY = LocalDate.of(2027, 4, 1);

    /** A roster line of {@code person}, linked to {@code linkedTo} (null: to nobody); returns its id. */
    long line(String owner, long id, String role, String person, Long linkedTo) {
        return signedIn.as(owner, () -> roster.add(id, new StaffDraft(role, person, DAY, LocalTime.of(14, 0),
                LocalTime.of(16, 0), "대합실", null, null, linkedTo)));
    }

    StaffRow rosterLine(String who, long id, long lineId) {
        return signedIn.as(who, () -> roster.roster(id)).stream().filter(r -> r.id() == lineId).findFirst()
                .orElseThrow();
    }

    /** The guide's program with 실험장 소개 led by {@code introLead} and 실험 진행 by {@code runLead}. */
    void program(String owner, long id, String introLead, String runLead) {
        signedIn.run(owner, () -> cues.applyDefaultProgram(id));
        for (String[] lead : new String[][] {{"실험장 소개", introLead}, {"실험 진행", runLead}}) {
            CueRow c = cue(owner, id, lead[0]);
            signedIn.run(owner, () -> cues.update(id, c.id(), c.version(),
                    new CueDraft(c.content(), c.minutes(), lead[1], "대합실", c.materials(), c.notes())));
        }
    }

    static List<Runnable> marks(CueSheetService cues, long id, CueRow c) {
        return List.of(() -> cues.markStarted(id, c.id(), c.version()),
                () -> cues.markFinished(id, c.id(), c.version()), () -> cues.clearMarks(id, c.id(), c.version()));
    }

    CueRow cue(String who, long id, String content) {
        return signedIn.as(who, () -> cues.sheet(id)).cues().stream().filter(c -> c.content().equals(content))
                .findFirst().orElseThrow();
    }

    @Test
    void theDefaultProgramIsTimedFromTheDayStartAndDurationsAndMovesShiftTheLaterSegments() {
        String owner = account("김큐시");
        long id = experiment(owner);
        CueSheet empty = signedIn.as(owner, () -> cues.sheet(id));
        assertThat(empty.cues()).isEmpty();
        assertThat(empty.day()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(empty.dayStart()).isEqualTo(LocalTime.of(14, 0));

        signedIn.run(owner, () -> cues.applyDefaultProgram(id));
        assertThat(times(owner, id)).containsExactly("실험장 소개 14:00–14:15", "실험 진행 14:15–15:15",
                "소감 공유·피드백 15:15–15:35", "마무리 15:35–15:45");
        assertThatThrownBy(() -> signedIn.run(owner, () -> cues.applyDefaultProgram(id)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("runsheet.error.notEmpty");

        // A longer experiment shifts 소감 공유 and 마무리; nothing else is written.
        CueRow run = cue(owner, id, "실험 진행");
        CueDraft longer = new CueDraft(run.content(), 90, null, "대합실", run.materials(), run.notes());
        signedIn.run(owner, () -> cues.update(id, run.id(), run.version(), longer));
        assertThat(times(owner, id)).containsExactly("실험장 소개 14:00–14:15", "실험 진행 14:15–15:45",
                "소감 공유·피드백 15:45–16:05", "마무리 16:05–16:15");
        assertThat(cue(owner, id, "마무리").version()).isZero();

        // 마무리 moved first: everything after it shifts by its 10 minutes.
        CueRow closing = cue(owner, id, "마무리");
        signedIn.run(owner, () -> cues.move(id, closing.id(), closing.version(), 0));
        assertThat(times(owner, id)).containsExactly("마무리 14:00–14:10", "실험장 소개 14:10–14:25",
                "실험 진행 14:25–15:55", "소감 공유·피드백 15:55–16:15");
        // ...and back to the end.
        CueRow back = cue(owner, id, "마무리");
        signedIn.run(owner, () -> cues.move(id, back.id(), back.version(), 3));
        assertThat(times(owner, id)).last().isEqualTo("마무리 16:05–16:15");

        // A new start time moves the whole day.
        long v = signedIn.as(owner, () -> cues.sheet(id)).version();
        signedIn.run(owner, () -> cues.setDayStart(id, v, LocalTime.of(13, 30)));
        assertThat(times(owner, id)).first().isEqualTo("실험장 소개 13:30–13:45");
        assertThatThrownBy(() -> signedIn.run(owner, () -> cues.setDayStart(id, v, LocalTime.of(10, 0))))
                .isInstanceOf(ConflictException.class);

        // Added at the end, removed again.
        long added = signedIn.as(owner, () -> cues.add(id, new CueDraft("뒷정리", 30, null, null, null, null)));
        assertThat(times(owner, id)).last().isEqualTo("뒷정리 15:45–16:15");
        CueRow a = cue(owner, id, "뒷정리");
        signedIn.run(owner, () -> cues.remove(id, added, a.version()));
        assertThat(times(owner, id)).hasSize(4);
    }

    @Test
    void badInputIsRefusedWithKeysAndAStaleSaveNamesWhoChangedItFirst() {
        String owner = account("박소유");
        long id = experiment(owner);
        String planner = teams.joinWithNewAccount(owner, id, "최기획", MemberRole.PLANNER);
        signedIn.run(owner, () -> cues.applyDefaultProgram(id));

        assertThatThrownBy(() -> signedIn.run(owner, () -> cues.add(id, new CueDraft(" ", 0, "없는사람", null,
                null, null))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys()).containsExactly(
                        "runsheet.error.contentRequired", "runsheet.error.minutes", "runsheet.error.leadNotOnRoster"));
        assertThat(times(owner, id)).hasSize(4);

        CueRow seen = cue(owner, id, "실험장 소개");
        signedIn.run(planner, () -> cues.update(id, seen.id(), seen.version(),
                new CueDraft("실험장 소개", 20, null, null, null, null)));
        assertThatThrownBy(() -> signedIn.run(owner, () -> cues.update(id, seen.id(), seen.version(),
                new CueDraft("실험장 소개", 5, null, null, null, null))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).contains("최기획"));
        assertThat(cue(owner, id, "실험장 소개").minutes()).isEqualTo(20);
        assertThatThrownBy(() -> signedIn.run(owner, () -> cues.move(id, seen.id(), seen.version(), 2)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void editorsMarkStartedAndFinishedAndStaffSheetsListEachPersonsSegmentsInOrder() {
        String owner = account("정소유");
        long id = experiment(owner);
        String guest = teams.joinWithNewAccount(owner, id, "한스탭", MemberRole.PARTNER_GUEST);
        String other = teams.joinWithNewAccount(owner, id, "남협력", MemberRole.PARTNER_GUEST);
        LocalDate day = LocalDate.of(2027, 4, 1);
        signedIn.run(owner, () -> {
            roster.add(id, new StaffDraft("진행", "한스탭", day, LocalTime.of(14, 0), LocalTime.of(16, 0), "무대",
                    null, null));
            roster.add(id, new StaffDraft("접수", "한스탭", day, LocalTime.of(13, 0), LocalTime.of(14, 0), "입구",
                    null, null));
            cues.applyDefaultProgram(id);
        });
        for (String content : List.of("마무리", "실험장 소개")) {
            CueRow c = cue(owner, id, content);
            signedIn.run(owner, () -> cues.update(id, c.id(), c.version(),
                    new CueDraft(c.content(), c.minutes(), "한스탭", "무대", c.materials(), c.notes())));
        }

        // Staff sheet: roles in time order, segments in run order.
        List<StaffSheet> sheets = signedIn.as(owner, () -> cues.staffSheets(id));
        assertThat(sheets).hasSize(1);
        assertThat(sheets.get(0).person()).isEqualTo("한스탭");
        assertThat(sheets.get(0).roles()).containsExactly("접수 · 입구 13:00–14:00", "진행 · 무대 14:00–16:00");
        assertThat(sheets.get(0).cues()).extracting(CueRow::content).containsExactly("실험장 소개", "마무리");

        // Partner guests read but neither mark nor edit, also the one the segment's lead is named like.
        CueRow intro = cue(guest, id, "실험장 소개");
        for (String g : List.of(guest, other)) {
            assertThat(signedIn.as(g, () -> cues.sheet(id)).mayMark(intro)).isFalse();
            assertThatThrownBy(() -> signedIn.run(g, () -> cues.markStarted(id, intro.id(), intro.version())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> signedIn.run(guest, () -> cues.move(id, intro.id(), intro.version(), 3)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cue(owner, id, "실험장 소개").state()).isEqualTo(CueState.PLANNED);

        // An editor starts it; a stale second tap is explained, naming who marked it.
        assertThat(signedIn.as(owner, () -> cues.sheet(id)).mayMark(intro)).isTrue();
        signedIn.run(owner, () -> cues.markStarted(id, intro.id(), intro.version()));
        CueRow started = cue(owner, id, "실험장 소개");
        assertThat(started.state()).isEqualTo(CueState.STARTED);
        assertThat(started.markedByName()).isEqualTo("정소유");
        assertThatThrownBy(() -> signedIn.run(owner, () -> cues.markStarted(id, intro.id(), intro.version())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).contains("정소유"));

        // An editor starts the next segment: the running one is finished at the same moment.
        CueRow run = cue(owner, id, "실험 진행");
        signedIn.run(owner, () -> cues.markStarted(id, run.id(), run.version()));
        assertThat(cue(owner, id, "실험장 소개").state()).isEqualTo(CueState.FINISHED);
        assertThat(cue(owner, id, "실험 진행").state()).isEqualTo(CueState.STARTED);
        CueRow running = cue(owner, id, "실험 진행");
        signedIn.run(owner, () -> cues.markFinished(id, running.id(), running.version()));
        assertThat(cue(owner, id, "실험 진행").state()).isEqualTo(CueState.FINISHED);
        CueRow done = cue(owner, id, "실험 진행");
        signedIn.run(owner, () -> cues.clearMarks(id, done.id(), done.version()));
        assertThat(cue(owner, id, "실험 진행").state()).isEqualTo(CueState.PLANNED);

        // Non-members learn nothing.
        String stranger = account("모르는");
        assertThatThrownBy(() -> signedIn.run(stranger, () -> cues.sheet(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /**
     * The lead is a name typed on the roster, its line linked to no account: a guest who names themselves after a lead
     * who is no member at all marks nothing (before, nobody else having the name was enough); an editor marks it.
     */
    @Test
    void aGuestNamedAfterALeadWhoIsNoMemberMarksNothing() {
        String owner = account("정소유");
        long id = experiment(owner);
        String namesake = teams.joinWithNewAccount(owner, id, "오스탭", MemberRole.PARTNER_GUEST);
        LocalDate day = LocalDate.of(2027, 4, 1);
        signedIn.run(owner, () -> {
            roster.add(id, new StaffDraft("접수", "오스탭", day, LocalTime.of(14, 0), LocalTime.of(16, 0), "대합실",
                    null, null));
            cues.applyDefaultProgram(id);
        });
        CueRow c = cue(owner, id, "실험 진행");
        signedIn.run(owner, () -> cues.update(id, c.id(), c.version(),
                new CueDraft(c.content(), c.minutes(), "오스탭", "대합실", c.materials(), c.notes())));
        CueRow run = cue(owner, id, "실험 진행");

        assertThat(signedIn.as(namesake, () -> cues.sheet(id)).mayMark(run)).isFalse();
        for (Runnable mark : List.<Runnable>of(() -> cues.markStarted(id, run.id(), run.version()),
                () -> cues.markFinished(id, run.id(), run.version()),
                () -> cues.clearMarks(id, run.id(), run.version()))) {
            assertThatThrownBy(() -> signedIn.run(namesake, mark)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(cue(owner, id, "실험 진행").state()).isEqualTo(CueState.PLANNED);
        signedIn.run(owner, () -> cues.markStarted(id, run.id(), run.version()));
        assertThat(cue(owner, id, "실험 진행").markedByName()).isEqualTo("정소유");
    }

    /** A guest picks their display name at sign-up: a name another member has too marks nothing for the guest. */
    @Test
    void aGuestNamedLikeAnotherMemberMarksNothing() {
        String owner = account("정소유");
        long id = experiment(owner);
        String planner = account("김진행");
        teams.join(owner, id, planner, MemberRole.PLANNER);
        String lookalike = teams.joinWithNewAccount(owner, id, "김 진행", MemberRole.PARTNER_GUEST);
        LocalDate day = LocalDate.of(2027, 4, 1);
        signedIn.run(owner, () -> {
            roster.add(id, new StaffDraft("진행", "김진행", day, LocalTime.of(14, 0), LocalTime.of(16, 0), "무대",
                    null, null));
            cues.applyDefaultProgram(id);
        });
        CueRow c = cue(owner, id, "실험장 소개");
        signedIn.run(owner, () -> cues.update(id, c.id(), c.version(),
                new CueDraft(c.content(), c.minutes(), "김진행", "무대", c.materials(), c.notes())));
        CueRow intro = cue(owner, id, "실험장 소개");

        assertThat(signedIn.as(lookalike, () -> cues.sheet(id)).mayMark(intro)).isFalse();
        assertThatThrownBy(() -> signedIn.run(lookalike, () -> cues.markStarted(id, intro.id(), intro.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cue(owner, id, "실험장 소개").state()).isEqualTo(CueState.PLANNED);
        // The planner of that name (an editor) marks it.
        signedIn.run(planner, () -> cues.markStarted(id, intro.id(), intro.version()));
        assertThat(cue(owner, id, "실험장 소개").markedByName()).isEqualTo("김진행");
    }

    /**
     * A roster line linked to a partner guest's account (note 0067, second "Later"): the guest marks the segments that
     * line's name leads (started, finished, back to planned; the name compared as the roster compares names), and no
     * other segment; another guest marks none. Editors still mark every segment.
     */
    @Test
    void aGuestLinkedToARosterLineMarksTheSegmentsItLeadsAndNoOther() {
        String owner = account("정소유");
        long id = experiment(owner);
        String guest = teams.joinWithNewAccount(owner, id, "박협력", MemberRole.PARTNER_GUEST);
        String other = teams.joinWithNewAccount(owner, id, "남협력", MemberRole.PARTNER_GUEST);
        line(owner, id, "안내", "한스탭", userId(guest));
        line(owner, id, "사회자", "정사회", null);
        // The roster's own comparison: the lead typed "한 스탭" is the line "한스탭".
        program(owner, id, "한 스탭", "정사회");
        CueRow intro = cue(owner, id, "실험장 소개");
        CueRow run = cue(owner, id, "실험 진행");

        CueSheet mine = signedIn.as(guest, () -> cues.sheet(id));
        assertThat(mine.myLeadNames()).containsExactly("한스탭");
        assertThat(mine.mayMark(intro)).isTrue();
        assertThat(mine.mayMark(run)).isFalse();
        assertThat(mine.marksOwnSegments()).isTrue();
        CueSheet theirs = signedIn.as(other, () -> cues.sheet(id));
        assertThat(theirs.mayMark(intro)).isFalse();
        assertThat(theirs.marksOwnSegments()).isFalse();
        assertThat(signedIn.as(owner, () -> cues.sheet(id)).mayMark(run)).isTrue();

        // The guest starts and finishes their segment and undoes the mark; the marks carry their name.
        signedIn.run(guest, () -> cues.markStarted(id, intro.id(), intro.version()));
        CueRow started = cue(owner, id, "실험장 소개");
        assertThat(started.state()).isEqualTo(CueState.STARTED);
        assertThat(started.markedByName()).isEqualTo("박협력");
        signedIn.run(guest, () -> cues.markFinished(id, started.id(), started.version()));
        CueRow finished = cue(owner, id, "실험장 소개");
        assertThat(finished.state()).isEqualTo(CueState.FINISHED);
        signedIn.run(guest, () -> cues.clearMarks(id, finished.id(), finished.version()));
        assertThat(cue(owner, id, "실험장 소개").state()).isEqualTo(CueState.PLANNED);

        // Someone else's segment: refused like any forbidden action, whatever the mark; nothing written.
        for (Runnable mark : marks(cues, id, run)) {
            assertThatThrownBy(() -> signedIn.run(guest, mark)).isInstanceOf(AccessDeniedException.class);
        }
        CueRow planned = cue(owner, id, "실험장 소개");
        for (Runnable mark : marks(cues, id, planned)) {
            assertThatThrownBy(() -> signedIn.run(other, mark)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(cue(owner, id, "실험 진행")).satisfies(c -> {
            assertThat(c.state()).isEqualTo(CueState.PLANNED);
            assertThat(c.version()).isEqualTo(run.version());
        });
        // Editing stays the editors'.
        assertThatThrownBy(() -> signedIn.run(guest, () -> cues.move(id, planned.id(), planned.version(), 2)))
                .isInstanceOf(AccessDeniedException.class);
        // The owner marks the guest's segment and the others alike.
        signedIn.run(owner, () -> cues.markStarted(id, run.id(), run.version()));
        assertThat(cue(owner, id, "실험 진행").markedByName()).isEqualTo("정소유");
    }

    /**
     * Two lines of the same name (spaces and case ignored) linked to two accounts: the roster does not say which of
     * them leads a segment of that name, so neither guest marks it; unlinking one line gives the other guest the marks.
     */
    @Test
    void aNameLinkedToSomeoneElseTooMarksNothingForTheGuest() {
        String owner = account("정소유");
        long id = experiment(owner);
        String guest = teams.joinWithNewAccount(owner, id, "박협력", MemberRole.PARTNER_GUEST);
        String planner = account("최기획");
        teams.join(owner, id, planner, MemberRole.PLANNER);
        line(owner, id, "안내", "한스탭", userId(guest));
        long plannersLine = line(owner, id, "접수", "한 스탭", userId(planner));
        program(owner, id, "한스탭", "한스탭");
        CueRow intro = cue(owner, id, "실험장 소개");

        CueSheet sheet = signedIn.as(guest, () -> cues.sheet(id));
        assertThat(sheet.myLeadNames()).isEmpty();
        assertThat(sheet.mayMark(intro)).isFalse();
        assertThat(sheet.marksOwnSegments()).isFalse();
        for (Runnable mark : marks(cues, id, intro)) {
            assertThatThrownBy(() -> signedIn.run(guest, mark)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(cue(owner, id, "실험장 소개").state()).isEqualTo(CueState.PLANNED);

        // The planner's line no longer linked: the name is the guest's alone.
        StaffRow l = rosterLine(owner, id, plannersLine);
        signedIn.run(owner, () -> roster.update(id, l.id(), l.version(),
                new StaffDraft(l.role(), l.person(), l.date(), l.start(), l.end(), l.area(), l.duties(), l.contact(),
                        null)));
        assertThat(signedIn.as(guest, () -> cues.sheet(id)).mayMark(intro)).isTrue();
        signedIn.run(guest, () -> cues.markStarted(id, intro.id(), intro.version()));
        assertThat(cue(owner, id, "실험장 소개").markedByName()).isEqualTo("박협력");
    }

    /**
     * A line links only to a member of its own experiment (an account of nobody here, or a guest of another
     * experiment, is refused in Korean and nothing is saved); owners and planners see the links, partner guests
     * neither the links nor whom the dialog could link.
     */
    @Test
    void onlyAMemberOfThisExperimentCanBeLinkedAndOnlyEditorsSeeTheLinks() {
        String owner = account("정소유");
        long id = experiment(owner);
        String guest = teams.joinWithNewAccount(owner, id, "박협력", MemberRole.PARTNER_GUEST);
        String stranger = account("모르는");
        String otherOwner = account("다른소유");
        long otherExperiment = experiment(otherOwner);
        String otherGuest = teams.joinWithNewAccount(otherOwner, otherExperiment, "다른협력",
                MemberRole.PARTNER_GUEST);

        for (String outsider : List.of(stranger, otherGuest)) {
            assertThatThrownBy(() -> line(owner, id, "안내", "한스탭", userId(outsider)))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKeys()).containsExactly("people.staff.error.notMember"));
        }
        assertThat(signedIn.as(owner, () -> roster.roster(id))).isEmpty();

        long lineId = line(owner, id, "안내", "한스탭", userId(guest));
        StaffRow linked = rosterLine(owner, id, lineId);
        assertThat(linked.memberUserId()).isEqualTo(userId(guest));
        assertThatThrownBy(() -> signedIn.run(owner, () -> roster.update(id, lineId, linked.version(),
                new StaffDraft(linked.role(), linked.person(), linked.date(), linked.start(), linked.end(),
                        linked.area(), linked.duties(), linked.contact(), userId(stranger)))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("people.staff.error.notMember"));
        StaffRow unchanged = rosterLine(owner, id, lineId);
        assertThat(unchanged.version()).isEqualTo(linked.version());
        assertThat(unchanged.memberUserId()).isEqualTo(userId(guest));

        // The picker lists the members by name and role, never an address.
        assertThat(signedIn.as(owner, () -> roster.linkableAccounts(id)))
                .extracting(LinkableAccount::displayName, LinkableAccount::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("정소유", MemberRole.OWNER),
                        org.assertj.core.groups.Tuple.tuple("박협력", MemberRole.PARTNER_GUEST));
        // Guests: no links on the roster, and not whom a line could be linked to.
        assertThat(signedIn.as(guest, () -> roster.roster(id))).singleElement()
                .satisfies(r -> assertThat(r.memberUserId()).isNull());
        assertThatThrownBy(() -> signedIn.run(guest, () -> roster.linkableAccounts(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /**
     * A member removed from the experiment (here the way a partner's guest access is revoked) leaves the roster's
     * links: the line is unlinked in the same transaction, its version moves and names who removed them; invited back,
     * the guest marks nothing until linked again.
     */
    @Test
    void removingTheMemberClearsTheirLinks() {
        String owner = account("정소유");
        long id = experiment(owner);
        String guest = teams.joinWithNewAccount(owner, id, "박협력", MemberRole.PARTNER_GUEST);
        long guestId = userId(guest);
        long lineId = line(owner, id, "안내", "한스탭", guestId);
        long otherLine = line(owner, id, "사회자", "정사회", null);
        program(owner, id, "한스탭", "정사회");
        StaffRow before = rosterLine(owner, id, lineId);
        long untouched = rosterLine(owner, id, otherLine).version();

        long memberId = signedIn.as(owner, () -> experiments.get(id)).members().stream()
                .filter(m -> m.userId() == guestId).findFirst().orElseThrow().memberId();
        signedIn.run(owner, () -> experiments.removeMember(id, memberId));

        StaffRow after = rosterLine(owner, id, lineId);
        assertThat(after.memberUserId()).isNull();
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(after.updatedByName()).isEqualTo("정소유");
        assertThat(rosterLine(owner, id, otherLine).version()).isEqualTo(untouched);

        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        CueRow intro = cue(owner, id, "실험장 소개");
        assertThat(signedIn.as(guest, () -> cues.sheet(id)).mayMark(intro)).isFalse();
        assertThatThrownBy(() -> signedIn.run(guest, () -> cues.markStarted(id, intro.id(), intro.version())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
