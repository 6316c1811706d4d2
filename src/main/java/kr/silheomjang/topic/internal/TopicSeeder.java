package kr.silheomjang.topic.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.silheomjang.experiment.DemoWorkspaceCreated;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.topic.AgencyResponseDraft;
import kr.silheomjang.topic.CandidateDraft;
import kr.silheomjang.topic.CandidateStatus;
import kr.silheomjang.topic.MeetingNotesDraft;
import kr.silheomjang.topic.NoticeDraft;
import kr.silheomjang.topic.OutreachAnswer;
import kr.silheomjang.topic.OutreachStep;
import kr.silheomjang.people.ConsentDecision;
import kr.silheomjang.people.ConsentKind;
import kr.silheomjang.topic.ScreeningQuestion;
import kr.silheomjang.topic.SelectionDecision;
import kr.silheomjang.topic.SuitabilityCheck;

/**
 * The demo pool: the guide's own examples in every status, the night school linked to the demo experiment, the
 * stray-cat proposal recommended for a citizens' debate as in the guide, scores and notes from both planners, the
 * outreach to the night school's proposer (log and meeting notes), outreach under way for the priority-seat proposal,
 * and a pre-announcement for the straw proposal whose proposer is unknown.
 */
@Component
class TopicSeeder {

    private static final String SEOUL = "민주주의 서울";

    private final TopicCandidateRepository candidates;
    private final ScreeningEntryRepository screening;
    private final AgencyResponseRepository agency;
    private final TopicDecisionRepository decisions;
    private final AccountService accounts;
    private final Clock clock;
    private final TopicOutreachRepository outreach;
    private final OutreachEntryRepository outreachLog;
    private final PendingConsentRepository consents;

    TopicSeeder(TopicCandidateRepository candidates, ScreeningEntryRepository screening,
            AgencyResponseRepository agency, TopicDecisionRepository decisions, AccountService accounts,
            Clock clock, TopicOutreachRepository outreach, OutreachEntryRepository outreachLog,
            PendingConsentRepository consents) {
        this.outreach = outreach;
        this.outreachLog = outreachLog;
        this.consents = consents;
        this.candidates = candidates;
        this.screening = screening;
        this.agency = agency;
        this.decisions = decisions;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    void on(DemoWorkspaceCreated e) {
        Map<Long, AppUser> users = accounts.findByIds(List.of(e.ownerUserId(), e.plannerUserId()));
        AppUser owner = users.get(e.ownerUserId());
        AppUser planner = users.get(e.plannerUserId());
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);

        TopicCandidate night = add(new CandidateDraft("지하철을 학교로 만들어주세요",
                "지하철 빈 공간에 어르신들이 야학을 하실 수 있게 공간을 마련해 주는 게 어떨까요? 배움의 기회를 놓친 "
                        + "어르신들이 오가며 들를 수 있는 곳이면 좋겠습니다.",
                SEOUL, "https://democracy.seoul.go.kr/", LocalDate.of(2017, 12, 4), true, "박제안",
                "proposer@example.kr", "010-1234-5678", null, List.of("교육", "어르신", "지하철")),
                CandidateStatus.SELECTED, "demo-night-school", owner, now);
        night.setExperimentId(e.nightSchoolId());
        night.setCheck(SuitabilityCheck.ONE_OFF, true);
        night.setCheck(SuitabilityCheck.DURATION, true);
        night.setCheck(SuitabilityCheck.NOT_URGENT, true);
        night.setCheck(SuitabilityCheck.GROUP, true);
        decisions.save(new TopicDecision(night.getId(), SelectionDecision.SELECTED,
                "효과와 운영기관의 어려움을 하루 야학으로 확인할 수 있고, 제안자가 함께하기를 원함.", owner.id(),
                owner.displayName(), now.minus(70, ChronoUnit.DAYS)));
        // The guide's outreach to a known proposer. The meeting day itself is the experiment's calendar event
        // (ScheduleSeeding dates it 20 days ago, as here).
        LocalDate meetingDay = today.minusDays(20);
        log(night, OutreachStep.INTRODUCED, today.minusDays(60), "전화", null, "실험장의 취지와 맥락, 진행 방식을 소개함.",
                owner, now);
        log(night, OutreachStep.INTENT_CHECKED, today.minusDays(58), "전화", OutreachAnswer.WANTS,
                "야학 당일 함께하고 싶다고 함.", owner, now);
        log(night, OutreachStep.MEETING_SET, today.minusDays(55), "메일", null,
                "미팅 날짜 확정: " + meetingDay + " 서울역 회의실.", owner, now);
        TopicOutreach nightNotes = new TopicOutreach(night.getId(), now, owner.displayName());
        nightNotes.apply(new MeetingNotesDraft(null, "배움의 기회를 놓친 어르신들이 지하철역을 오가며 들를 수 있는 배움터.",
                "노인복지관 한글교실 자원봉사 3년, 서울역 노숙인 지원센터와 인연.",
                "영상 기록을 원함. 어르신 인터뷰는 사전 동의 후 진행.", "발표자로 참여하고 당일 접수도 돕겠다고 함.",
                false, false), true, now, owner.displayName());
        outreach.save(nightNotes);

        TopicCandidate seat = add(new CandidateDraft("임산부석에 인형을 놓아두면 어떨까요",
                "임산부석이 비어 있지 않아 곤란한 경우가 많습니다. 임산부석 자리에 인형을 놓아두면 임산부들만 앉지 "
                        + "않을까요?", SEOUL, "https://democracy.seoul.go.kr/", today.minusDays(40), true, "최시민",
                null, null, "@seat_doll", List.of("교통", "배려")),
                CandidateStatus.PROPOSER_CHECK, "demo-priority-seat", planner, now);
        seat.setCheck(SuitabilityCheck.ONE_OFF, true);
        seat.setCheck(SuitabilityCheck.DURATION, true);
        note(seat, ScreeningQuestion.EFFECT, owner, "인형이 자리를 비워 두는 신호가 되는지 관찰로 확인할 수 있다.", 4, now);
        note(seat, ScreeningQuestion.EFFECT, planner, "출퇴근 시간대와 한낮을 나눠 보면 좋겠다.", 3, now);
        note(seat, ScreeningQuestion.DIFFICULTY, owner, "교통공사: 인형 분실·훼손과 청소 부담.", 3, now);
        agency.save(agency(seat, "서울교통공사 고객서비스처", today.minusDays(20), today.minusDays(12),
                "시범 칸 1량에 한해 협조 가능. 인형 관리 주체를 정해 달라는 답변.", planner, now));
        // Outreach under way before any experiment: the consent waits here until 실험장으로 만들기 moves it.
        log(seat, OutreachStep.INTRODUCED, today.minusDays(8), "SNS 메시지", null, null, planner, now);
        log(seat, OutreachStep.INTENT_CHECKED, today.minusDays(6), "SNS 메시지", OutreachAnswer.WANTS, null, planner,
                now);
        log(seat, OutreachStep.MEETING_SET, today.minusDays(5), "SNS 메시지", null, null, planner, now);
        TopicOutreach seatNotes = new TopicOutreach(seat.getId(), now, planner.displayName());
        seatNotes.apply(new MeetingNotesDraft(today.plusDays(7), "출퇴근길 임산부석 경험에서 나온 제안.", null, null, null,
                true, false), false, now, planner.displayName());
        outreach.save(seatNotes);
        consents.save(new PendingConsent(seat.getId(), ConsentKind.USE_OF_PROPOSAL, ConsentDecision.GIVEN,
                "SNS 메시지", today.minusDays(6), planner.id(), planner.displayName(), now));

        TopicCandidate straw = add(new CandidateDraft("플라스틱 빨대를 안 쓰는 것만으로 환경에 도움이 될까요",
                "카페에서 플라스틱 빨대를 없애면 실제로 쓰레기가 줄어드는지, 시민들이 불편을 감수할지 궁금합니다.",
                SEOUL, "https://democracy.seoul.go.kr/", today.minusDays(25), false, null, null, null, null,
                List.of("환경", "생활")), CandidateStatus.REVIEWING, "demo-straw", owner, now);
        // The proposer is unknown: the guide's pre-announcement on the institution's channel.
        TopicOutreach strawNotice = new TopicOutreach(straw.getId(), now, owner.displayName());
        strawNotice.apply(new NoticeDraft("시민제안 「플라스틱 빨대」를 실험장 의제로 검토합니다. 제안의 취지와 선정 회의록을 "
                + "공개하며, 기획은 다음 달부터 3개월, 실행은 그다음 달에 할 예정입니다.", today.minusDays(2),
                "silheomjang@example.kr, 02-000-0000", "민주주의 서울 공지사항", "https://democracy.seoul.go.kr/notice"));
        outreach.save(strawNotice);

        TopicCandidate cats = add(new CandidateDraft("재건축 재개발지역에 길고양이를 위한 이삿길을 만들어 주세요",
                "재개발로 살던 곳을 잃는 길고양이들이 안전하게 옮겨 갈 수 있는 길과 임시 보호처를 마련하는 것을 "
                        + "제안합니다.", SEOUL, "https://democracy.seoul.go.kr/", LocalDate.of(2019, 3, 11), true,
                "한고양", "cats@example.kr", null, null, List.of("동물", "재개발")),
                CandidateStatus.OTHER_FORMAT, "demo-stray-cats", owner, now);
        cats.setCheck(SuitabilityCheck.GROUP, true);
        decisions.save(new TopicDecision(cats.getId(), SelectionDecision.OTHER_FORMAT,
                "1회성 실험보다 다양한 입장을 듣는 시민토론형이 맞다는 공론의제 선정 회의 의견에 따라 시민토론형으로 권고.",
                owner.id(), owner.displayName(), now.minus(3, ChronoUnit.DAYS)));

        add(new CandidateDraft("버스정류장에 책 나눔 선반을 두어요",
                "버스를 기다리는 동안 읽을 수 있게 정류장에 책을 두고 가져가고 돌려놓는 선반을 두면 좋겠습니다.",
                "demosX", "https://demos.example.kr/proposals/41", today.minusDays(6), false, null, null, null,
                null, List.of("문화", "교통")), CandidateStatus.CANDIDATE, "demo-bus-books", owner, now);

        TopicCandidate alley = add(new CandidateDraft("골목길 쓰레기 무단투기를 화분으로 막아요",
                "무단투기가 잦은 골목 모퉁이에 주민이 함께 가꾸는 화분을 두면 쓰레기가 줄어들지 실험해 보고 싶습니다.",
                "demosX", "https://demos.example.kr/proposals/57", today.minusDays(14), true, "정골목", null,
                "010-4444-0000", null, List.of("환경", "주민")), CandidateStatus.ON_HOLD, "demo-alley", planner,
                now);
        decisions.save(new TopicDecision(alley.getId(), SelectionDecision.ON_HOLD,
                "구청 청소과 답변을 기다린 뒤 다시 논의.", planner.id(), planner.displayName(),
                now.minus(5, ChronoUnit.DAYS)));

        TopicCandidate lights = add(new CandidateDraft("밤길 공원 산책로에 태양광 조명을",
                "밤에 공원 산책로가 어두워 걷기 무섭습니다. 태양광 조명을 몇 곳에 두고 이용이 늘어나는지 보면 어떨까요?",
                SEOUL, "https://democracy.seoul.go.kr/", today.minusDays(3), false, null, null, null, null,
                List.of("안전", "공원")), CandidateStatus.CANDIDATE, "demo-park-lights", owner, now);
        note(lights, ScreeningQuestion.EFFECT, planner, "야간 이용자 수를 실험 전후로 세어 볼 수 있다.", 4, now);
    }

    private void log(TopicCandidate c, OutreachStep step, LocalDate on, String channel, OutreachAnswer answer,
            String note, AppUser by, Instant now) {
        outreachLog.save(new OutreachEntry(c.getId(), step, on, channel, answer, note, by.displayName(), now));
    }

    private TopicCandidate add(CandidateDraft draft, CandidateStatus status, String externalId, AppUser by,
            Instant now) {
        TopicCandidate c = new TopicCandidate(now, by.displayName());
        c.apply(draft);
        c.setStatus(status);
        c.setExternalId(externalId);
        return candidates.save(c);
    }

    private void note(TopicCandidate c, ScreeningQuestion q, AppUser by, String note, int score, Instant now) {
        ScreeningEntry e = new ScreeningEntry(c.getId(), q, by.id(), by.displayName(), now);
        e.setNote(note, now);
        e.setScore(score, now);
        screening.save(e);
    }

    private static AgencyResponse agency(TopicCandidate c, String agencyName, LocalDate asked, LocalDate answered,
            String summary, AppUser by, Instant now) {
        AgencyResponse r = new AgencyResponse(c.getId(), now, by.displayName());
        r.apply(new AgencyResponseDraft(agencyName, asked, answered, summary));
        return r;
    }
}
