package kr.silheomjang.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.Application;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantRow;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.people.PersonalDataLogView;
import kr.silheomjang.people.ProposerConsentService;
import kr.silheomjang.people.ProposerDraft;
import kr.silheomjang.people.StaffDraft;
import kr.silheomjang.people.StaffRosterService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.MutableClock;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.TestClockConfig;

/** The retention job, driven by a clock the test moves: nothing before the day, everything identifying after it. */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class RetentionJobTest {

    @Autowired
    MutableClock clock;
    @Autowired
    RetentionEnforcer job;
    @Autowired
    SignedIn signedIn;
    @Autowired
    AccountService accounts;
    @Autowired
    ExperimentService experiments;
    @Autowired
    ParticipantService participants;
    @Autowired
    ProposerConsentService proposer;
    @Autowired
    StaffRosterService staff;

    void moveTo(LocalDate day) {
        ZonedDateTime target = day.atTime(LocalTime.NOON).atZone(Application.ZONE);
        clock.advance(Duration.between(clock.instant(), target.toInstant()));
    }

    @Test
    void contactsAreAnonymisedOnlyOnceTheRetentionPeriodAfterTheFollowUpHasPassed() throws Exception {
        String owner = "r" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "보존 담당", "password-123");
        moveTo(LocalDate.of(2027, 1, 10));
        // Drafts.valid: follow-up ends 2027-05-01.
        long kept = signedIn.as(owner, () -> experiments.create(Drafts.valid("보존 설정 없음")));
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("30일 보존")));
        signedIn.run(owner, () -> {
            participants.create(id, ParticipantDraft.named("홍길동").withContacts("010-1234-5678", "hong@x.kr"));
            participants.create(kept, ParticipantDraft.named("김보존").withContacts("010-1111-1111", null));
            proposer.save(id, proposer.get(id).version(), proposer.get(id).meeting(), new ProposerDraft(true, "박제안",
                    "p@x.kr", "010-2222-3333", "인스타그램 @p", LocalDate.of(2027, 1, 5), null, null, null));
            proposer.setRetentionDays(id, proposer.get(id).version(), 30);
            staff.add(id, new StaffDraft("접수", "오스탭", LocalDate.of(2027, 4, 1), LocalTime.of(9, 0),
                    LocalTime.of(10, 0), null, null, "010-9999-0000"));
        });

        moveTo(LocalDate.of(2027, 5, 31));
        assertThat(job.anonymiseExpired()).isZero();
        assertThat(signedIn.as(owner, () -> participants.list(id)).get(0).name()).isEqualTo("홍길동");

        moveTo(LocalDate.of(2027, 6, 1));
        assertThat(job.anonymiseExpired()).isEqualTo(3);
        assertThat(signedIn.as(owner, () -> staff.roster(id)).get(0).contact()).isNull();

        ParticipantRow row = signedIn.as(owner, () -> participants.list(id)).get(0);
        assertThat(row.anonymised()).isTrue();
        assertThat(row.name()).doesNotContain("홍길동");
        assertThat(row.phone()).isNull();
        assertThat(row.email()).isNull();
        ProposerDraft p = signedIn.as(owner, () -> proposer.get(id)).draft();
        assertThat(p.name()).isNotEqualTo("박제안");
        assertThat(p.email()).isNull();
        assertThat(p.phone()).isNull();
        assertThat(p.otherChannel()).isNull();
        assertThat(p.meetingDate()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(signedIn.as(owner, () -> participants.personalDataLog(id))).singleElement()
                .extracting(PersonalDataLogView::action).isEqualTo("RETENTION");
        // The experiment without a retention setting keeps its contacts.
        assertThat(signedIn.as(owner, () -> participants.list(kept)).get(0).phone()).isEqualTo("010-1111-1111");
        // Running again changes nothing more.
        assertThat(job.anonymiseExpired()).isZero();
        // And the job is scheduled.
        assertThat(RetentionEnforcer.class.getMethod("nightly").getAnnotation(Scheduled.class)).isNotNull();
    }
}
