package kr.silheomjang.people.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.silheomjang.experiment.DemoWorkspaceCreated;
import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ConsentDecision;
import kr.silheomjang.people.ConsentKind;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantGroup;
import kr.silheomjang.people.PhotoConsent;
import kr.silheomjang.people.RecruitmentSettings;

/**
 * The demo case's recruitment: an open sign-up form (5 places) and applicants at every step — two new sign-ups (one a
 * duplicate), selected, confirmed, waitlisted and not selected — so a newcomer sees selection and the waitlist at once.
 */
@Component
class RecruitmentSeeder {

    private final RecruitmentRepository forms;
    private final RecruitApplicationRepository applications;
    private final RecruitAnswerRepository answers;
    private final ParticipantRepository participants;
    private final ConsentEntryRepository consents;
    private final Clock clock;
    private final com.vaadin.flow.i18n.I18NProvider i18n;

    RecruitmentSeeder(RecruitmentRepository forms, RecruitApplicationRepository applications,
            RecruitAnswerRepository answers, ParticipantRepository participants, ConsentEntryRepository consents,
            Clock clock, com.vaadin.flow.i18n.I18NProvider i18n) {
        this.i18n = i18n;
        this.forms = forms;
        this.applications = applications;
        this.answers = answers;
        this.participants = participants;
        this.consents = consents;
        this.clock = clock;
    }

    private record Applicant(String name, String phone, String email, AttendanceStatus status, boolean photo,
            String answer) {
    }

    @EventListener
    void on(DemoWorkspaceCreated e) {
        long id = e.nightSchoolId();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(RecruitmentDesk.SEOUL));
        RecruitmentSettings defaults = RecruitmentSettings.defaults("서울역 일일야학",
                RecruitmentSettings.Words.of(i18n, java.util.Locale.KOREAN));
        RecruitmentSettings s = new RecruitmentSettings(defaults.title(),
                "서울역 대합실에서 하루 동안 열리는 야학 수업에 함께할 시민을 모집합니다. 누구나 신청할 수 있습니다.",
                today.minusDays(3), today.plusDays(14), 5, 30, List.of("참여하고 싶은 이유를 적어 주세요.",
                        "이동이나 참여에 필요한 도움이 있으면 알려 주세요."),
                defaults.noticePurpose(), defaults.noticeItems(), defaults.noticeRetention(),
                defaults.noticeRefusal(), "일시: 행사일 오후 2시–5시\n장소: 서울역 3층 대합실 (맞이방)\n준비물: 없음");
        Recruitment r = new Recruitment(id, RecruitmentDesk.newToken(), s, now, "데모");
        r.setAccepting(true, now, "데모");
        forms.save(r);
        List<Applicant> people = List.of(
                new Applicant("강신청", "010-3000-1001", "apply1@example.kr", AttendanceStatus.APPLIED, true,
                        "야학 이야기를 듣고 꼭 가 보고 싶었습니다."),
                new Applicant("강신청", "010 3000 1001", null, AttendanceStatus.APPLIED, true,
                        "(같은 번호로 두 번 신청)"),
                new Applicant("문선정", "010-3000-1002", "apply2@example.kr", AttendanceStatus.SELECTED, false,
                        "동네 어르신들과 함께 배우고 싶어요."),
                new Applicant("배확정", "010-3000-1003", "apply3@example.kr", AttendanceStatus.CONFIRMED, true,
                        "교사로 일했던 경험을 나누고 싶습니다."),
                new Applicant("신대기", "010-3000-1004", null, AttendanceStatus.WAITLISTED, true,
                        "시간이 되면 참여하겠습니다."),
                new Applicant("양미선", "010-3000-1005", "apply5@example.kr", AttendanceStatus.DECLINED, false,
                        "구경해 보고 싶습니다."));
        Long first = null;
        int minutes = 0;
        for (Applicant a : people) {
            Instant at = now.minus(Duration.ofHours(48)).plus(Duration.ofMinutes(minutes += 37));
            Participant p = new Participant(id, false, at, a.name());
            p.apply(ParticipantDraft.builder().name(a.name()).phone(a.phone()).email(a.email())
                    .group(ParticipantGroup.PARTICIPANT).status(a.status())
                    .photoConsent(a.photo() ? PhotoConsent.GRANTED : PhotoConsent.REFUSED).build(), today);
            participants.save(p);
            Long duplicateOf = first != null && a.phone().replaceAll("[^0-9]", "").equals("01030001001") ? first
                    : null;
            if (first == null) {
                first = p.getId();
            }
            RecruitApplication app = applications.save(new RecruitApplication(id, p.getId(),
                    RecruitmentDesk.newToken(), at, duplicateOf));
            answers.save(new RecruitAnswer(app.getId(), 0, s.questions().get(0), a.answer()));
            consents.save(ConsentEntry.byApplicant(id, p.getId(), ConsentKind.PERSONAL_DATA, ConsentDecision.GIVEN,
                    r.getNoticeVersion(), "모집 신청서", today, RecruitmentDesk.APPLICANT_SELF, at));
            consents.save(ConsentEntry.byApplicant(id, p.getId(), ConsentKind.FILMING,
                    a.photo() ? ConsentDecision.GIVEN : ConsentDecision.DECLINED, null, "모집 신청서", today,
                    RecruitmentDesk.APPLICANT_SELF,
                    at));
        }
    }
}
