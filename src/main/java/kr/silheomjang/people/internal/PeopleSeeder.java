package kr.silheomjang.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.silheomjang.experiment.DemoWorkspaceCreated;
import kr.silheomjang.experiment.ExperimentCreated;
import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ConsentDecision;
import kr.silheomjang.people.ConsentKind;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantGroup;
import kr.silheomjang.people.PartnerDraft;
import kr.silheomjang.people.PhotoConsent;
import kr.silheomjang.people.StaffDraft;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.security.AppUser;

/**
 * Seeds the people record of new experiments, and the demo case's participants, roster (one line linked to the demo
 * partner guest's account) and partner.
 */
@Component
class PeopleSeeder {

    private final ProposerRecordRepository records;
    private final ParticipantRepository participants;
    private final StaffAssignmentRepository staff;
    private final PartnerOrganizationRepository partners;
    private final PartnerGuestRepository partnerGuests;
    private final ConsentEntryRepository consents;
    private final AccountService accounts;
    private final Clock clock;

    PeopleSeeder(ProposerRecordRepository records, ParticipantRepository participants,
            StaffAssignmentRepository staff, PartnerOrganizationRepository partners, PartnerGuestRepository partnerGuests,
            ConsentEntryRepository consents, AccountService accounts, Clock clock) {
        this.records = records;
        this.participants = participants;
        this.staff = staff;
        this.partners = partners;
        this.partnerGuests = partnerGuests;
        this.consents = consents;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Runs inside the creating transaction: an empty people record for the new experiment. */
    @EventListener
    void on(ExperimentCreated e) {
        if (records.findByExperimentId(e.experimentId()).isEmpty()) {
            records.save(new ProposerRecord(e.experimentId(), clock.instant(), nameOf(e.ownerUserId())));
        }
    }

    /** The guide's 서울역 일일야학 case: a few people in every group, a roster with one double booking, a partner. */
    @EventListener
    void on(DemoWorkspaceCreated e) {
        long id = e.nightSchoolId();
        String owner = nameOf(e.ownerUserId());
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<ParticipantDraft> people = List.of(
                p("박제안", "010-1234-5678", "proposer@example.kr", ParticipantGroup.PROPOSER,
                        AttendanceStatus.CONFIRMED, PhotoConsent.GRANTED, null, null),
                p("김어르신", "010-2222-3333", null, ParticipantGroup.PARTICIPANT, AttendanceStatus.INVITED,
                        PhotoConsent.REFUSED, "휠체어 사용", null),
                p("이학생", null, "student@example.kr", ParticipantGroup.PARTICIPANT, AttendanceStatus.INFORMED,
                        PhotoConsent.GRANTED, null, "채식"),
                p("최선생", "010-5555-6666", null, ParticipantGroup.PRESENTER, AttendanceStatus.RECONFIRMED,
                        PhotoConsent.GRANTED, null, null),
                p("정사회", "010-7777-8888", null, ParticipantGroup.MODERATOR, AttendanceStatus.CONFIRMED,
                        PhotoConsent.GRANTED, null, null),
                p("한퍼실", null, "fac@example.kr", ParticipantGroup.FACILITATOR, AttendanceStatus.CONFIRMED,
                        PhotoConsent.GRANTED, null, "견과류 알레르기"),
                p("오스탭", "010-9999-0000", null, ParticipantGroup.STAFF, AttendanceStatus.CONFIRMED,
                        PhotoConsent.REFUSED, null, null),
                p("윤촬영", "010-1111-2222", null, ParticipantGroup.FILM_CREW, AttendanceStatus.CONFIRMED,
                        PhotoConsent.GRANTED, null, null),
                p("서협력", null, "partner@example.kr", ParticipantGroup.PARTNER, AttendanceStatus.INVITED,
                        PhotoConsent.REFUSED, null, null));
        for (ParticipantDraft d : people) {
            Participant p = new Participant(id, false, now, owner);
            p.apply(d, today);
            participants.save(p);
        }
        // The roster is for the event day itself (it was D-15, and the run sheet and run-day page are on D-day).
        LocalDate day = e.nightSchoolEventDate();
        staff.save(staff(id, new StaffDraft("접수", "오스탭", day, LocalTime.of(13, 0), LocalTime.of(15, 0), "입구",
                "명단 확인, 이름표 배부", "010-9999-0000"), now, owner));
        staff.save(staff(id, new StaffDraft("사회자", "정사회", day, LocalTime.of(14, 0), LocalTime.of(17, 0), "무대",
                "진행 멘트, 시간 관리", "010-7777-8888"), now, owner));
        staff.save(staff(id, new StaffDraft("비상 대응", "오스탭", day, LocalTime.of(14, 30), LocalTime.of(17, 0),
                "대합실", "응급 상황 연락", "010-9999-0000"), now, owner));
        // The centre's guest guides the participants through 실험 진행 (the run sheet's lead of that segment): the
        // line is linked to the guest's account, so 박협력 marks that segment on the run-day page (note 0067).
        AppUser partnerGuest = accounts.findByIds(List.of(e.partnerUserId())).get(e.partnerUserId());
        if (partnerGuest != null) {
            staff.save(staff(id, new StaffDraft("안내", partnerGuest.displayName(), day, LocalTime.of(14, 0),
                    LocalTime.of(15, 30), "대합실", "참여 어르신 안내, 대합실 공간 협조", null, partnerGuest.id()), now,
                    owner));
        }
        PartnerOrganization org = new PartnerOrganization(id);
        org.apply(new PartnerDraft("서울역 노숙인 지원센터", "서협력", "partner@example.kr", "장소 협조와 참여자 모집",
                "대합실 공간, 참여 어르신 안내"), now, owner);
        partners.save(org);
        // The demo's partner guest is the centre's: what an accepted invitation for it records (the budget shares
        // the centre's lines with the centre's guests).
        if (partnerGuest != null) {
            partnerGuests.save(new PartnerGuest(org.getId(), partnerGuest.email(), now));
        }
        consents.save(new ConsentEntry(id, ConsentKind.USE_OF_PROPOSAL, ConsentDecision.GIVEN, "전화 통화", today,
                e.ownerUserId(), owner, now));
        // The same proposer as the pool's night-school candidate and the 제안자 participant: one proposer.
        ProposerRecord r = records.findByExperimentId(id)
                .orElseGet(() -> records.save(new ProposerRecord(id, now, owner)));
        r.setProposerName("박제안");
        r.setContactEmail("proposer@example.kr");
        r.setContactPhone("010-1234-5678");
    }

    private static ParticipantDraft p(String name, String phone, String email, ParticipantGroup g,
            AttendanceStatus s, PhotoConsent photo, String access, String diet) {
        return ParticipantDraft.builder().name(name).phone(phone).email(email).group(g).status(s).photoConsent(photo)
                .accessibilityNeeds(access).dietaryNeeds(diet).build();
    }

    private static StaffAssignment staff(long experimentId, StaffDraft d, Instant now, String by) {
        StaffAssignment a = new StaffAssignment(experimentId);
        a.apply(d, now, by);
        return a;
    }

    private String nameOf(long userId) {
        AppUser u = accounts.findByIds(List.of(userId)).get(userId);
        return u == null ? "-" : u.displayName();
    }
}
