package kr.silheomjang.experiment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ActivityAction;
import kr.silheomjang.experiment.DemoWorkspaceCreated;
import kr.silheomjang.experiment.ExperimentCreated;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.security.AppUser;

/**
 * The demo workspace: the guide's own case, the citizen proposal "지하철을 학교로 만들어주세요" tested as
 * "서울역에 일일야학이 열렸다?!". Created once, on the embedded default only ({@code silheomjang.demo-data=true}).
 */
@Component
@ConditionalOnProperty(name = "silheomjang.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String DEMO_TITLE = "서울역에 일일야학이 열렸다?!";

    static final String PASSWORD = "demo1234";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final ExperimentRepository experiments;
    private final MemberRepository members;
    private final ActivityEntryRepository activity;
    private final GuestOnlyAccountRepository guestOnly;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StageCheckWaiverRepository waivers;

    DemoData(AccountService accounts, ExperimentRepository experiments, MemberRepository members,
            ActivityEntryRepository activity, GuestOnlyAccountRepository guestOnly, ApplicationEventPublisher events,
            Clock clock, StageCheckWaiverRepository waivers) {
        this.events = events;
        this.accounts = accounts;
        this.experiments = experiments;
        this.members = members;
        this.activity = activity;
        this.guestOnly = guestOnly;
        this.clock = clock;
        this.waivers = waivers;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.findByEmail("owner@demo.kr").isPresent()) {
            return;
        }
        // The owner is the installation's first account, and so its first organisation administrator.
        AppUser owner = accounts.createAccount("owner@demo.kr", "김기획", PASSWORD);
        AppUser planner = accounts.createAccount("planner@demo.kr", "이준비", PASSWORD);
        AppUser partner = accounts.createAccount("partner@demo.kr", "박협력", PASSWORD);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();

        Experiment night = new Experiment(now, owner.displayName());
        night.setTitle(DEMO_TITLE);
        night.setProposalText("지하철을 학교로 만들어주세요 — 지하철 빈 공간에 어르신들이 야학을 하실 수 있게 "
                + "공간을 마련해 주는 게 어떨까요? (민주주의 서울 시민제안, 2017년 12월)");
        night.setProposalUrl("https://democracy.seoul.go.kr/");
        night.setProposerName("민주주의 서울 시민제안자");
        night.setPurpose("지하철 유휴공간에 어르신들을 위한 하루 야학을 열어, 시민제안이 실제로 효과가 있는지와 "
                + "운영기관이 말한 어려움이 실제로 나타나는지 확인하고, 그 과정을 영상으로 기록해 공론장의 참고자료로 만든다.");
        night.setPlanningStart(today.minusDays(60));
        night.setEventDate(today.plusDays(45));
        night.setFollowUpEnd(today.plusDays(75));
        night.setStage(Stage.PLANNING);
        night.replaceQuestions(List.of(
                "지하철 유휴공간에 어르신들을 위한 야학을 열면 어르신들이 실제로 찾아와 배움에 참여할까?",
                "붐비는 서울역 한켠에서도 수업에 집중할 수 있는 환경을 만들 수 있을까?",
                "운영기관이 제시한 어려움(안전, 공간 관리)은 실험에서 실제로 나타나는가?"));
        experiments.save(night);
        members.save(new Member(night.getId(), owner.id(), MemberRole.OWNER, now));
        members.save(new Member(night.getId(), planner.id(), MemberRole.PLANNER, now));
        members.save(new Member(night.getId(), partner.id(), MemberRole.PARTNER_GUEST, now));
        // The partner came in as a guest: they cannot start experiments of their own.
        guestOnly.save(new GuestOnlyAccount(partner.id(), now));
        // Back-dated like the story: chosen two months ago, in planning for five weeks (the portfolio timeline reads
        // the actual stage dates from these entries).
        activity.save(new ActivityEntry(night.getId(), owner.id(), owner.displayName(),
                ActivityAction.EXPERIMENT_CREATED, night.getTitle(), now.minus(java.time.Duration.ofDays(60))));
        activity.save(new ActivityEntry(night.getId(), owner.id(), owner.displayName(),
                ActivityAction.STAGE_CHANGED, "TOPIC_SELECTION>PLANNING", now.minus(java.time.Duration.ofDays(35))));

        // A second experiment the partner guest is not invited to: the demo shows that guests see only their own.
        Experiment seat = new Experiment(now, owner.displayName());
        seat.setTitle("임산부석에 인형을 놓아두면?");
        seat.setProposalText("임산부석 자리에 인형을 놓아두면 임산부들만 앉을까요?");
        seat.setPlanningStart(today.minusDays(10));
        seat.setEventDate(today.plusDays(110));
        seat.setFollowUpEnd(today.plusDays(140));
        seat.replaceQuestions(List.of("임산부석 자리에 인형을 놓아두면 임산부들만 앉을까?"));
        experiments.save(seat);
        members.save(new Member(seat.getId(), owner.id(), MemberRole.OWNER, now));
        members.save(new Member(seat.getId(), planner.id(), MemberRole.PLANNER, now));
        activity.save(new ActivityEntry(seat.getId(), owner.id(), owner.displayName(),
                ActivityAction.EXPERIMENT_CREATED, seat.getTitle(), now.minus(java.time.Duration.ofDays(10))));
        // The stage guide: an agenda the institution set itself has no proposer to ask; the owner said so.
        String noProposer = "기관이 직접 정한 의제라 동의를 받을 제안자가 없습니다. 기관 채널 사전 공개로 대신합니다.";
        waivers.save(new StageCheckWaiver(seat.getId(), "people.check.proposerConsent", noProposer,
                owner.displayName(), now));
        activity.save(new ActivityEntry(seat.getId(), owner.id(), owner.displayName(),
                ActivityAction.CHECK_NOT_APPLICABLE, "people.check.proposerConsent|" + noProposer, now));
        // Features seed their part of each experiment and add demo content, in this same transaction.
        events.publishEvent(new ExperimentCreated(night.getId(), owner.id(), night.getEventDate()));
        events.publishEvent(new ExperimentCreated(seat.getId(), owner.id(), seat.getEventDate()));
        events.publishEvent(new DemoWorkspaceCreated(night.getId(), seat.getId(), owner.id(), planner.id(),
                partner.id(), night.getEventDate()));
        log.info("Demo workspace created: owner@demo.kr, planner@demo.kr, partner@demo.kr (password {})", PASSWORD);
    }
}
