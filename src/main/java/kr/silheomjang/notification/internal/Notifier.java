package kr.silheomjang.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.experiment.Audience;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.notification.Channel;
import kr.silheomjang.notification.NotificationLive;
import kr.silheomjang.notification.NotificationRules;
import kr.silheomjang.notification.NotificationService;
import kr.silheomjang.shared.Notable;

/**
 * Turns what the services publish ({@link Notable}) into inbox rows once their change committed: for each person the
 * kind is for who may open what it points at, except the one who did it, unless they turned the kind off. Each row is
 * written once per {@code dedupe key} (unique per person in the database), so a scan repeated on another node or after
 * a restart adds nothing. A failure here is logged and never reaches the request that made the change.
 */
@Component
public class Notifier {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final Audience audience;
    private final NotificationRepository notifications;
    private final NotificationSettingsRepository settings;
    private final LiveUpdateBus bus;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    Notifier(Audience audience, NotificationRepository notifications, NotificationSettingsRepository settings,
            LiveUpdateBus bus, PlatformTransactionManager transactions, Clock clock) {
        this.audience = audience;
        this.notifications = notifications;
        this.settings = settings;
        this.bus = bus;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(Notable n) {
        try {
            notify(n, dedupeKey(n));
        } catch (RuntimeException e) {
            log.warn("Could not create {} notifications for experiment {}", n.kind(), n.experimentId(), e);
        }
    }

    /**
     * One notification event: the rows it makes carry {@code key} (per person), so the same key again (a repeated
     * scan) makes nothing new, and a batched kind counts up instead. Returns how many people were told.
     */
    public int notify(Notable n, String key) {
        Optional<String> title = audience.activeTitle(n.experimentId());
        if (title.isEmpty()) {
            return 0;
        }
        List<Long> told = new ArrayList<>();
        for (long userId : recipients(n)) {
            Channel channel = channelOf(userId, n.kind());
            if (channel == Channel.OFF) {
                continue;
            }
            Long id = write(userId, n, key, title.get(), channel == Channel.DIGEST);
            if (id != null) {
                told.add(userId);
                publish(userId, id);
            }
        }
        return told.size();
    }

    /** Who the kind is for, as members may see it now; never the actor. */
    Set<Long> recipients(Notable n) {
        Map<Long, MemberRole> members = audience.members(n.experimentId());
        Set<Long> wanted = new LinkedHashSet<>(n.recipientIds().isEmpty() ? members.keySet() : n.recipientIds());
        wanted.removeIf(u -> u == n.actorId());
        wanted.removeIf(u -> !members.containsKey(u) || !NotificationRules.mayHear(n.kind(), members.get(u)));
        return wanted;
    }

    private Channel channelOf(long userId, Notable.Kind kind) {
        return settings.findById(userId).map(s -> s.getChannels().getOrDefault(kind, Channel.IN_APP))
                .orElse(Channel.IN_APP);
    }

    /** The row's id when something new was written or counted; null when the key was there already. */
    private Long write(long userId, Notable n, String key, String experimentTitle, boolean digest) {
        for (int attempt = 0; ; attempt++) {
            try {
                return ownTransaction.execute(status -> {
                    Optional<Notification> existing = notifications.findByUserIdAndDedupeKey(userId, key);
                    if (existing.isPresent()) {
                        if (!NotificationRules.BATCHED.contains(n.kind())) {
                            return null;
                        }
                        existing.get().oneMore(clock.instant());
                        return existing.get().getId();
                    }
                    return notifications.saveAndFlush(new Notification(userId, n, key, experimentTitle, digest,
                            clock.instant())).getId();
                });
            } catch (DataIntegrityViolationException | org.springframework.orm.ObjectOptimisticLockingFailureException
                    raced) {
                // Another node or thread wrote the same key (or counted it) at the same moment: read it again.
                if (attempt >= 2) {
                    throw raced;
                }
            }
        }
    }

    /** Straight to the bus: the row committed in its own transaction already (publishing never waits). */
    private void publish(long userId, long notificationId) {
        bus.publish(LiveUpdate.of(NotificationService.topicOf(userId), NotificationLive.INBOX,
                notificationId));
    }

    /** Event-driven kinds happen once each; a batched kind is one row per survey per day (Asia/Seoul). */
    private String dedupeKey(Notable n) {
        if (NotificationRules.BATCHED.contains(n.kind())) {
            return n.kind().name() + ":" + n.targetId() + ":" + LocalDate.now(clock.withZone(SEOUL));
        }
        return n.kind().name() + ":" + n.targetId() + ":" + UUID.randomUUID();
    }
}
