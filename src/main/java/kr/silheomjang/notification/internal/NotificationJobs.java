package kr.silheomjang.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.silheomjang.planning.Deadlines;
import kr.silheomjang.schedule.UpcomingEvents;
import kr.silheomjang.shared.Notable;

/**
 * The scheduled notification work, each job run by one node at a time ({@link JobLock}, decision note 0034): the
 * due/overdue and "event tomorrow" scans (hourly; each notification once thanks to its dedupe key), the daily mail
 * digests (every few minutes, for whoever's hour has come) and the 90-day purge.
 */
@Component
public class NotificationJobs {

    /** Notifications are kept this long after their last change (docs/personal-data.md). */
    public static final Duration RETENTION = Duration.ofDays(90);
    static final int OVERDUE_LOOKBACK_DAYS = 30;
    private static final Logger log = LoggerFactory.getLogger(NotificationJobs.class);

    private final JobLock lock;
    private final Notifier notifier;
    private final Deadlines deadlines;
    private final UpcomingEvents upcoming;
    private final DigestMailer digests;
    private final NotificationRepository notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NotificationJobs(JobLock lock, Notifier notifier, Deadlines deadlines, UpcomingEvents upcoming,
            DigestMailer digests, NotificationRepository notifications, PlatformTransactionManager transactions,
            Clock clock) {
        this.lock = lock;
        this.notifier = notifier;
        this.deadlines = deadlines;
        this.upcoming = upcoming;
        this.digests = digests;
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${silheomjang.notification.initial-delay-ms:60000}",
            fixedDelayString = "${silheomjang.notification.scan-interval-ms:3600000}")
    void scheduledScan() {
        runScans();
    }

    @Scheduled(initialDelayString = "${silheomjang.notification.initial-delay-ms:60000}",
            fixedDelayString = "${silheomjang.notification.digest-interval-ms:300000}")
    void scheduledDigests() {
        runDigests();
    }

    @Scheduled(initialDelayString = "${silheomjang.notification.initial-delay-ms:60000}",
            fixedDelayString = "${silheomjang.notification.purge-interval-ms:86400000}")
    void scheduledPurge() {
        runPurge();
    }

    /** The due/overdue and event-tomorrow scans; returns whether this node ran them. */
    public boolean runScans() {
        return lock.runOnce("notification-scan", Duration.ofMinutes(30), Duration.ofSeconds(30), this::scan);
    }

    /** Today's digests for everyone whose hour has come; returns whether this node ran them. */
    public boolean runDigests() {
        return lock.runOnce("notification-digest", Duration.ofMinutes(30), Duration.ofSeconds(30), this::digest);
    }

    public boolean runPurge() {
        return lock.runOnce("notification-purge", Duration.ofMinutes(30), Duration.ofMinutes(1), () -> {
            int gone = transaction.execute(s -> notifications.purgeOlderThan(clock.instant().minus(RETENTION)));
            log.info("Purged {} notifications older than {} days", gone, RETENTION.toDays());
        });
    }

    private void scan() {
        LocalDate today = LocalDate.now(clock.withZone(Notifier.SEOUL));
        for (var c : deadlines.openCardsDue(today, today.plusDays(2))) {
            notifier.notify(new Notable(Notable.Kind.CARD_DUE, c.experimentId(), 0, "", c.assigneeIds(), c.cardId(),
                    c.title()), "CARD_DUE:" + c.cardId() + ":" + c.due());
        }
        for (var c : deadlines.openCardsDue(today.minusDays(OVERDUE_LOOKBACK_DAYS), today.minusDays(1))) {
            notifier.notify(new Notable(Notable.Kind.CARD_OVERDUE, c.experimentId(), 0, "", c.assigneeIds(),
                    c.cardId(), c.title()), "CARD_OVERDUE:" + c.cardId() + ":" + c.due());
        }
        LocalDate tomorrow = today.plusDays(1);
        for (var e : upcoming.startingOn(tomorrow)) {
            notifier.notify(new Notable(Notable.Kind.EVENT_TOMORROW, e.experimentId(), 0, "", e.recipientIds(),
                    e.eventId(), e.title()), "EVENT_TOMORROW:" + e.eventId() + ":" + tomorrow);
        }
    }

    private void digest() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(Notifier.SEOUL));
        for (long userId : digests.due(now)) {
            try {
                digests.send(userId, now.toLocalDate());
            } catch (RuntimeException e) {
                // One person's failure (e.g. a race with another node's run) must not stop the others' digests.
                log.warn("Digest for account {} not made this time", userId, e);
            }
        }
    }
}
