package kr.silheomjang.notification.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import kr.silheomjang.experiment.DemoWorkspaceCreated;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.notification.Channel;
import kr.silheomjang.planning.CardSummary;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.RunAs;
import kr.silheomjang.shared.Notable;
import kr.silheomjang.shared.Notable.Kind;
import kr.silheomjang.survey.SurveyService;
import kr.silheomjang.survey.SurveySummary;

/**
 * Demo inboxes (embedded default only): the owner and the planner of the night school find a few notifications of
 * different kinds, one already read, and the planner gets mentions in the daily digest too. Made once the demo
 * workspace committed, through the same rules as real ones.
 */
@Component
class NotificationDemo {

    private static final Logger log = LoggerFactory.getLogger(NotificationDemo.class);

    private final Notifier notifier;
    private final RunAs runAs;
    private final PlanningService planning;
    private final SurveyService surveys;
    private final AccountService accounts;
    private final NotificationRepository notifications;
    private final NotificationSettingsRepository settings;

    NotificationDemo(Notifier notifier, RunAs runAs, PlanningService planning, SurveyService surveys,
            AccountService accounts, NotificationRepository notifications, NotificationSettingsRepository settings) {
        this.notifier = notifier;
        this.runAs = runAs;
        this.planning = planning;
        this.surveys = surveys;
        this.accounts = accounts;
        this.notifications = notifications;
        this.settings = settings;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(DemoWorkspaceCreated e) {
        try {
            seed(e);
        } catch (RuntimeException failed) {
            log.warn("Demo notifications not created", failed);
        }
    }

    private void seed(DemoWorkspaceCreated e) {
        long night = e.nightSchoolId();
        Map<Long, AppUser> people = accounts.findByIds(List.of(e.ownerUserId(), e.plannerUserId(),
                e.partnerUserId()));
        AppUser owner = people.get(e.ownerUserId());
        AppUser planner = people.get(e.plannerUserId());
        AppUser partner = people.get(e.partnerUserId());
        List<CardSummary> cards = runAs.user(owner.id(), () -> planning.board(night)).columns().getFirst().cards();
        CardSummary promotion = cards.stream().filter(c -> c.title().equals("홍보")).findFirst()
                .orElse(cards.getFirst());
        CardSummary budget = cards.get(Math.min(9, cards.size() - 1));

        // The owner: a mention, survey answers (batched), who joined, a stage move.
        tell(Kind.MENTIONED, night, planner, List.of(owner.id()), promotion.id(), promotion.title());
        List<SurveySummary> list = runAs.user(owner.id(), () -> surveys.list(night));
        if (!list.isEmpty()) {
            SurveySummary s = list.getFirst();
            for (int i = 0; i < 4; i++) {
                notifier.notify(new Notable(Kind.SURVEY_ANSWERS, night, 0, "", List.of(owner.id(), planner.id()),
                        s.id(), s.title()), "demo:SURVEY_ANSWERS:" + s.id());
            }
        }
        tell(Kind.INVITATION_ACCEPTED, night, partner, List.of(owner.id()), partner.id(),
                MemberRole.PARTNER_GUEST.name());
        tell(Kind.STAGE_MOVED, night, planner, List.of(owner.id()), night, "PLANNING");
        // The planner: assigned, a card due soon, a mention already read.
        tell(Kind.CARD_ASSIGNED, night, owner, List.of(planner.id()), budget.id(), budget.title());
        tell(Kind.CARD_DUE, night, null, List.of(planner.id()), promotion.id(), promotion.title());
        tell(Kind.MENTIONED, night, owner, List.of(planner.id()), budget.id(), budget.title());
        notifications.findAll().stream()
                .filter(n -> n.getUserId() == planner.id() && n.getKind() == Kind.MENTIONED)
                .forEach(n -> {
                    n.markRead(n.getCreatedAt());
                    notifications.save(n);
                });
        NotificationSettings plannerChoices = new NotificationSettings(planner.id(), 8);
        Map<Kind, Channel> channels = new EnumMap<>(Kind.class);
        channels.put(Kind.MENTIONED, Channel.DIGEST);
        channels.put(Kind.CARD_ASSIGNED, Channel.DIGEST);
        plannerChoices.getChannels().putAll(channels);
        settings.save(plannerChoices);
    }

    private void tell(Kind kind, long experimentId, @org.jspecify.annotations.Nullable AppUser actor, List<Long> to,
            long targetId, String subject) {
        notifier.notify(new Notable(kind, experimentId, actor == null ? 0 : actor.id(),
                actor == null ? "" : actor.displayName(), to, targetId, subject),
                "demo:" + kind + ":" + targetId + ":" + to);
    }
}
