package kr.silheomjang.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;

/** Issue 14: sign-up, consent with its notice version, capacity, the waitlist, and the personal links. */
@SpringBootTest
@ActiveProfiles("test")
class RecruitmentServiceTest {

    @Autowired
    com.vaadin.flow.i18n.I18NProvider i18n;

    @Autowired
    SignedIn signedIn;
    @Autowired
    AccountService accounts;
    @Autowired
    ExperimentService experiments;
    @Autowired
    RecruitmentService recruitment;
    @Autowired
    PublicRecruitmentService publicForm;
    @Autowired
    ParticipantService participants;
    @Autowired
    JdbcTemplate jdbc;

    String owner;
    long id;

    void setUp(int capacity, Integer maxApplications, LocalDate closesOn) {
        owner = "r" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "모집소유", "password-123");
        id = signedIn.as(owner, () -> experiments.create(Drafts.valid("모집 실험장")));
        signedIn.run(owner, () -> {
            RecruitmentSettings d = RecruitmentSettings.defaults("모집 실험장", RecruitmentSettings.Words.of(i18n, null));
            RecruitmentState s = recruitment.save(id, null, new RecruitmentSettings(d.title(), null, null, closesOn,
                    capacity, maxApplications, List.of("이유는?"), d.noticePurpose(), d.noticeItems(),
                    d.noticeRetention(), d.noticeRefusal(), "오후 2시, 서울역"));
            recruitment.setAccepting(id, s.version(), true);
        });
    }

    @Test
    void theStartingFormIsWrittenInTheLanguageOfTheOwnerWhoMakesIt() {
        RecruitmentSettings english = RecruitmentSettings.defaults("Night school",
                RecruitmentSettings.Words.of(i18n, java.util.Locale.ENGLISH));
        assertThat(english.title()).isEqualTo("Night school: call for participants");
        assertThat(english.questions()).containsExactly("Please tell us why you would like to take part.");
        assertThat(english.noticeRetention()).startsWith("Kept until");
        RecruitmentSettings korean = RecruitmentSettings.defaults("야학", RecruitmentSettings.Words.of(i18n, null));
        assertThat(korean.title()).isEqualTo("야학 참여자 모집");
        assertThat(korean.noticeRefusal()).startsWith("동의하지 않을 권리가");
    }

    String token() {
        String link = signedIn.as(owner, () -> recruitment.state(id)).orElseThrow().publicLink();
        return link.substring(link.lastIndexOf('/') + 1);
    }

    int version() {
        return signedIn.as(owner, () -> recruitment.state(id)).orElseThrow().noticeVersion();
    }

    String apply(String name, String phone, String email) {
        return publicForm.apply(token(), new ApplicationDraft(name, phone, email, List.of("같이 하고 싶어요"),
                version(), true), "10.0.0.1", "s-" + System.nanoTime());
    }

    static String tokenOf(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    Map<String, ApplicantRow> byName() {
        return signedIn.as(owner, () -> recruitment.applicants(id)).stream()
                .collect(Collectors.toMap(ApplicantRow::name, r -> r, (a, b) -> b));
    }

    void select(AttendanceStatus step, String... names) {
        Map<String, ApplicantRow> rows = byName();
        Map<Long, Long> versions = java.util.Arrays.stream(names).map(rows::get)
                .collect(Collectors.toMap(ApplicantRow::participantId, ApplicantRow::version));
        signedIn.run(owner, () -> recruitment.select(id, versions, step));
    }

    @Test
    void aSignUpLandsAsAppliedWithConsentsRecordedWithTheNoticeVersionAndDuplicatesFlagged() {
        setUp(5, null, null);
        assertThat(publicForm.open(token()).questions()).containsExactly("이유는?");
        String link = apply("가신청", "010-1234-0001", "ga@example.kr");
        assertThat(link).contains("/rsvp/");
        apply("가신청 다시", "010 1234 0001", null);

        Map<String, ApplicantRow> rows = byName();
        assertThat(rows.get("가신청").status()).isEqualTo(AttendanceStatus.APPLIED);
        assertThat(rows.get("가신청").duplicate()).isFalse();
        assertThat(rows.get("가신청 다시").duplicate()).isTrue();
        assertThat(rows.get("가신청").answers()).extracting(ApplicantRow.Answer::answer).containsExactly("같이 하고 싶어요");
        // In the participants grid too, as 신청.
        assertThat(signedIn.as(owner, () -> participants.countsByStatus(id)).of(AttendanceStatus.APPLIED))
                .isEqualTo(2);
        long pid = rows.get("가신청").participantId();
        assertThat(jdbc.queryForList("SELECT consent_kind, decision, notice_version FROM consent_entry"
                + " WHERE participant_id = ? ORDER BY id", pid)).extracting(m -> m.get("CONSENT_KIND") + ":"
                        + m.get("DECISION") + ":" + m.get("NOTICE_VERSION"))
                .containsExactly("PERSONAL_DATA:GIVEN:1", "FILMING:GIVEN:null");

        // A changed notice is a new version; a page still showing the old one must be reloaded and agreed again.
        signedIn.run(owner, () -> {
            RecruitmentState s = recruitment.state(id).orElseThrow();
            RecruitmentSettings o = s.settings();
            recruitment.save(id, s.version(), new RecruitmentSettings(o.title(), o.intro(), o.opensOn(),
                    o.closesOn(), o.capacity(), o.maxApplications(), o.questions(), o.noticePurpose(),
                    o.noticeItems(), "1년간 보관합니다.", o.noticeRefusal(), o.eventInfo()));
        });
        assertThat(version()).isEqualTo(2);
        assertThatThrownBy(() -> publicForm.apply(token(), new ApplicationDraft("나신청", "010-9999-0000", null,
                List.of(), 1, false), "10.0.0.1", "s-old"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("recruit.error.noticeChanged");
        // Not agreeing, or no phone: refused, nothing written.
        assertThatThrownBy(() -> publicForm.apply(token(), new ApplicationDraft("나신청", "", null, List.of(), null,
                false), "10.0.0.1", "s-x"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("recruit.error.noticeNotAgreed")
                .hasMessageContaining("recruit.error.phoneRequired");
        assertThatThrownBy(() -> publicForm.apply(token(), new ApplicationDraft("나신청", "010-9999-0000", null,
                List.of("가".repeat(1001)), 2, false), "10.0.0.1", "s-y"))
                .hasMessageContaining("recruit.error.answerTooLong");
        assertThat(byName()).hasSize(2);
        String late = apply("다신청", "010-5555-0000", null);
        long latePid = byName().get("다신청").participantId();
        assertThat(jdbc.queryForObject("SELECT notice_version FROM consent_entry WHERE participant_id = ?"
                + " AND consent_kind = 'PERSONAL_DATA'", Integer.class, latePid)).isEqualTo(2);
        assertThat(late).isNotEqualTo(link);
    }

    /**
     * A repeated submission (the reply was lost, the draft's key sent again) returns the same person's link; the same
     * key with another person's phone (a shared phone that still held the first draft) is a sign-up of its own and
     * never hands out the first person's link.
     */
    @Test
    void aRepeatedSubmissionKeyReturnsTheLinkOnlyToTheSamePerson() {
        setUp(5, null, null);
        String key = "draft-key-" + System.nanoTime();
        java.util.function.BiFunction<String, String, String> submit = (name, phone) -> publicForm.apply(token(),
                new ApplicationDraft(name, phone, null, List.of(), version(), true), "10.0.0.2",
                "s-" + System.nanoTime(), key);
        String first = submit.apply("가공유", "010-3333-0001");
        assertThat(submit.apply("가공유", "010-3333-0001")).isEqualTo(first);
        String second = submit.apply("나공유", "010-3333-0002");
        assertThat(second).isNotEqualTo(first);
        assertThat(byName()).containsKeys("가공유", "나공유");
        assertThat(publicForm.personal(tokenOf(second)).name()).isEqualTo("나공유");
    }

    @Test
    void aFullOrClosedFormSaysSo() {
        setUp(1, 1, null);
        apply("첫신청", "010-1000-0001", null);
        assertThatThrownBy(() -> publicForm.open(token())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("recruit.form.state.FULL");
        setUp(1, null, LocalDate.now(ZoneId.of("Asia/Seoul")).minusDays(1));
        assertThatThrownBy(() -> publicForm.open(token())).hasMessageContaining("recruit.form.state.CLOSED");
        assertThatThrownBy(() -> publicForm.open("x".repeat(40))).hasMessageContaining("recruit.error.formNotFound");
    }

    @Test
    void selectionKeepsToCapacityAndACancellationOffersThePlaceToTheFirstOnTheWaitlist() {
        setUp(2, null, null);
        String a = apply("가", "010-2000-0001", null);
        apply("나", "010-2000-0002", null);
        apply("다", "010-2000-0003", null);
        apply("라", "010-2000-0004", null);
        assertThatThrownBy(() -> select(AttendanceStatus.SELECTED, "가", "나", "다"))
                .hasMessageContaining("recruit.error.overCapacity");
        select(AttendanceStatus.SELECTED, "가", "나");
        select(AttendanceStatus.WAITLISTED, "다", "라");
        assertThat(signedIn.as(owner, () -> recruitment.state(id)).orElseThrow().placesLeft()).isZero();
        assertThatThrownBy(() -> select(AttendanceStatus.SELECTED, "다")).hasMessageContaining("overCapacity");

        // 가 confirms, then reconfirms, through their own link; then cancels: 다 (first waitlisted) is offered it.
        assertThat(publicForm.personal(tokenOf(a)).mayConfirm()).isTrue();
        assertThat(publicForm.confirm(tokenOf(a)).status()).isEqualTo(AttendanceStatus.CONFIRMED);
        assertThat(publicForm.confirm(tokenOf(a)).status()).isEqualTo(AttendanceStatus.RECONFIRMED);
        assertThat(byName().get("가").status()).isEqualTo(AttendanceStatus.RECONFIRMED);
        assertThat(publicForm.cancel(tokenOf(a)).status()).isEqualTo(AttendanceStatus.CANCELLED);
        Map<String, ApplicantRow> rows = byName();
        assertThat(rows.get("가").status()).isEqualTo(AttendanceStatus.CANCELLED);
        assertThat(rows.get("다").status()).isEqualTo(AttendanceStatus.SELECTED);
        assertThat(rows.get("다").offeredAt()).isNotNull();
        assertThat(rows.get("라").status()).isEqualTo(AttendanceStatus.WAITLISTED);
        assertThatThrownBy(() -> publicForm.confirm(tokenOf(a))).hasMessageContaining("recruit.error.cannotConfirm");
        assertThatThrownBy(() -> publicForm.cancel(tokenOf(a))).hasMessageContaining("recruit.error.cannotCancel");

        // A planner cancelling for someone frees the place the same way.
        select(AttendanceStatus.CANCELLED, "나");
        assertThat(byName().get("라").status()).isEqualTo(AttendanceStatus.SELECTED);
        // A stale version refuses the whole change.
        ApplicantRow stale = rows.get("다");
        assertThatThrownBy(() -> signedIn.run(owner, () -> recruitment.select(id,
                Map.of(stale.participantId(), stale.version() - 1), AttendanceStatus.DECLINED)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> publicForm.personal("y".repeat(40))).hasMessageContaining("linkNotFound");
        assertThat(Set.of(byName().get("다").status())).containsExactly(AttendanceStatus.SELECTED);
    }

    @Test
    void aPersonsExportHoldsTheirSignUpAnswersAndConsentsAndErasureRemovesThem() {
        setUp(5, null, null);
        String link = apply("내보낼신청", "010-3131-0001", "export@example.kr");
        apply("남는신청", "010-3131-0002", null);
        long pid = byName().get("내보낼신청").participantId();
        long other = byName().get("남는신청").participantId();
        // Stored as Hibernate stores instants: UTC wall-clock time. 01:15 UTC is 10:15 in Seoul.
        jdbc.update("UPDATE recruit_application SET applied_at = ? WHERE participant_id = ?",
                java.time.LocalDateTime.of(2026, 3, 3, 1, 15, 22, 123_456_000), pid);
        jdbc.update("UPDATE consent_entry SET recorded_at = ?, obtained_on = ? WHERE participant_id = ?",
                java.time.LocalDateTime.of(2026, 3, 3, 1, 15, 22), LocalDate.of(2026, 3, 3), pid);
        java.util.Map<String, String> zip = kr.silheomjang.support.Zips.unzip(
                signedIn.as(owner, () -> participants.exportPerson(id, pid, null)));
        assertThat(zip).containsKeys("people-recruit-application.csv", "people-recruit-answer.csv",
                "people-consent.csv");
        assertThat(zip.get("people-recruit-answer.csv")).contains("이유는?").contains("같이 하고 싶어요");
        // Kinds and decisions in words, the consent's day and the time it was recorded as people in Seoul read them.
        assertThat(zip.get("people-consent.csv")).contains("개인정보 수집·이용,동의,1,모집 신청서,").contains("촬영,")
                .contains(",2026년 3월 3일 (화),2026년 3월 3일 오전 10:15")
                .doesNotContain("PERSONAL_DATA").doesNotContain("GIVEN").doesNotContain("FILMING");
        // Not offered a place, never answered: empty cells, not "null".
        assertThat(zip.get("people-recruit-application.csv")).contains("신청 시각")
                .contains("\r\n2026년 3월 3일 오전 10:15,,,\r\n").doesNotContain("null").doesNotContain("01:15");
        java.util.Map<String, String> english = kr.silheomjang.support.Zips.unzip(
                signedIn.as(owner, () -> participants.exportPerson(id, pid, java.util.Locale.ENGLISH)));
        assertThat(english.get("people-recruit-application.csv")).contains("\"Mar 3, 2026 10:15 AM\",,,");
        assertThat(english.get("people-consent.csv")).contains("Personal data,Given,1,Sign-up form,")
                .doesNotContain("GIVEN");
        assertThat(String.join("", zip.values())).as("never the personal link").doesNotContain(tokenOf(link));

        signedIn.run(owner, () -> participants.erasePerson(id, pid));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM recruit_answer a JOIN recruit_application r"
                + " ON r.id = a.application_id WHERE r.participant_id = ?", Integer.class, pid)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM consent_entry WHERE participant_id = ?", Integer.class,
                pid)).isZero();
        assertThatThrownBy(() -> publicForm.personal(tokenOf(link))).as("the old personal link is retired")
                .isInstanceOf(UserFacingException.class);
        // The other applicant keeps everything.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM consent_entry WHERE participant_id = ?", Integer.class,
                other)).isEqualTo(2);
        assertThat(byName().get("남는신청").answers()).hasSize(1);
    }

    /** The questions are kept one per line in a 3,000-character column: more is refused in words, never by the database. */
    @Test
    void questionsUpToTheirColumnAreKeptAndLongerAreRefused() {
        setUp(10, null, null);
        RecruitmentState before = signedIn.as(owner, () -> recruitment.state(id)).orElseThrow();
        assertThatThrownBy(() -> signedIn.run(owner, () -> recruitment.save(id, before.version(),
                withQuestions(before.settings(), 300)))) // 10 × 300 + 9 line breaks
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("recruit.error.tooLong"));
        assertThat(signedIn.as(owner, () -> recruitment.state(id)).orElseThrow().settings().questions())
                .containsExactly("이유는?");

        RecruitmentSettings longest = withQuestions(before.settings(), 299);
        signedIn.run(owner, () -> recruitment.save(id, before.version(), longest));
        assertThat(signedIn.as(owner, () -> recruitment.state(id)).orElseThrow().settings().questions())
                .isEqualTo(longest.questions());
    }

    private static RecruitmentSettings withQuestions(RecruitmentSettings s, int length) {
        List<String> questions = java.util.stream.IntStream.range(0, RecruitmentSettings.MAX_QUESTIONS)
                .mapToObj(i -> (char) ('가' + i) + "문".repeat(length - 1)).toList();
        return new RecruitmentSettings(s.title(), s.intro(), s.opensOn(), s.closesOn(), s.capacity(),
                s.maxApplications(), questions, s.noticePurpose(), s.noticeItems(), s.noticeRetention(),
                s.noticeRefusal(), s.eventInfo(), s.reconfirmDaysBefore());
    }
}
