package kr.silheomjang.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.i18n.I18NProvider;

import kr.silheomjang.experiment.Audience;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.mail.MailOutbox;
import kr.silheomjang.mail.OutgoingMail;
import kr.silheomjang.notification.NotificationRules;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.shared.PublicBaseUrl;

/**
 * One person's daily digest: the notifications they want by mail that were not mailed yet, in one mail through the
 * outbox. Its idempotency key is the person and the day, so however often this runs (another node, after a restart)
 * one mail per person per day at most is ever enqueued; and the day is recorded in the same transaction.
 */
@Component
public class DigestMailer {

    private final NotificationRepository notifications;
    private final NotificationSettingsRepository settings;
    private final Audience audience;
    private final AccountService accounts;
    private final MailOutbox outbox;
    private final I18NProvider texts;
    private final PublicBaseUrl baseUrl;
    private final Clock clock;

    DigestMailer(NotificationRepository notifications, NotificationSettingsRepository settings, Audience audience,
            AccountService accounts, MailOutbox outbox, I18NProvider texts, PublicBaseUrl baseUrl, Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.audience = audience;
        this.accounts = accounts;
        this.outbox = outbox;
        this.texts = texts;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /** Accounts whose digest hour has come today (Asia/Seoul) and who had none today. */
    @Transactional(readOnly = true)
    public List<Long> due(ZonedDateTime seoulNow) {
        return settings.digestDue(seoulNow.getHour(), seoulNow.toLocalDate());
    }

    /** Makes the person's digest of {@code day}; returns whether a mail was enqueued. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean send(long userId, LocalDate day) {
        NotificationSettings s = settings.findById(userId).orElse(null);
        if (s == null || (s.getLastDigestOn() != null && !s.getLastDigestOn().isBefore(day))) {
            return false;
        }
        // As in the inbox: only what the person may still open. Removed since, or made a guest, they hear nothing of
        // that experiment, or nothing of what only its editors open.
        Map<Long, MemberRole> roles = audience.experimentsOf(userId);
        List<Notification> items = notifications.forDigest(userId).stream().filter(n -> n.getReadAt() == null)
                .filter(n -> roles.containsKey(n.getExperimentId())
                        && NotificationRules.mayHear(n.getKind(), roles.get(n.getExperimentId())))
                .toList();
        AppUser user = accounts.findByIds(List.of(userId)).get(userId);
        s.setLastDigestOn(day);
        if (items.isEmpty() || user == null || !outbox.configured()) {
            return false;
        }
        Locale ko = Locale.KOREAN;
        StringBuilder body = new StringBuilder(texts.getTranslation("notification.digest.greeting", ko,
                user.displayName(), items.size())).append("\n\n");
        for (Notification n : items) {
            String line = "· [" + n.getExperimentTitle() + "] " + texts.getTranslation(
                    NotificationRules.messageKey(n.getKind()), ko, n.getActorName(), subjectOf(n, ko),
                    n.getItemCount());
            if (body.length() + line.length() > 6000) {
                body.append("…\n");
                break;
            }
            body.append(line).append("\n  ")
                    .append(baseUrl.link(NotificationRules.href(n.getKind(), n.getExperimentId(), n.getTargetId(),
                            n.getSubject())))
                    .append("\n");
        }
        body.append("\n").append(texts.getTranslation("notification.digest.footer", ko));
        String key = "notification-digest:" + userId + ":" + day;
        outbox.enqueue(List.of(new OutgoingMail(key, "notification-digest:" + day, null, user.email(),
                user.displayName(), texts.getTranslation("notification.digest.subject", ko, items.size()),
                body.toString())));
        items.forEach(n -> n.markDigested(clock.instant()));
        return true;
    }

    private String subjectOf(Notification n, Locale locale) {
        String key = NotificationRules.subjectKey(n.getKind(), n.getSubject());
        return key == null ? n.getSubject() : texts.getTranslation(key, locale);
    }
}
