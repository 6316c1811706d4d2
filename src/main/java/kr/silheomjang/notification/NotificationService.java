package kr.silheomjang.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.Audience;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.notification.internal.Notification;
import kr.silheomjang.notification.internal.NotificationRepository;
import kr.silheomjang.notification.internal.NotificationSettings;
import kr.silheomjang.notification.internal.NotificationSettingsRepository;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;

/**
 * The signed-in person's own inbox and choices. Every method is about the caller's own rows; the inbox shows only
 * experiments they still belong to, and the editors-only kinds only where they are an owner or planner now (a member
 * removed or made a guest since stops seeing what they can no longer open).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    private final NotificationRepository notifications;
    private final NotificationSettingsRepository settings;
    private final Audience audience;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationSettingsRepository settings,
            Audience audience, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.audience = audience;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The live-update topic of one person's inbox. The bus is keyed by experiment id; ids are positive, so a person's
     * inbox travels on minus their account id and never meets an experiment's updates.
     */
    public static long topicOf(long userId) {
        return kr.silheomjang.collab.LiveUpdate.personTopic(userId);
    }

    /** The caller's topic, for the bell to subscribe to. */
    @Transactional(readOnly = true)
    public long myTopic() {
        return topicOf(currentUser.require().id());
    }

    /** The caller's notifications, newest change first. */
    @Transactional(readOnly = true)
    public List<NotificationView> inbox(int page, int pageSize) {
        Scope s = scope();
        return notifications.inbox(s.userId, s.member, s.editor, NotificationRules.EDITORS_ONLY,
                PageRequest.of(page, pageSize)).stream().map(NotificationService::view).toList();
    }

    @Transactional(readOnly = true)
    public int countInbox() {
        Scope s = scope();
        return (int) notifications.countInbox(s.userId, s.member, s.editor, NotificationRules.EDITORS_ONLY);
    }

    @Transactional(readOnly = true)
    public int unreadCount() {
        Scope s = scope();
        return (int) notifications.countUnread(s.userId, s.member, s.editor, NotificationRules.EDITORS_ONLY);
    }

    /** Marks one of the caller's notifications read; someone else's is "not found". */
    public void markRead(long notificationId) {
        AppUser me = currentUser.require();
        Notification n = notifications.findById(notificationId).filter(x -> x.getUserId() == me.id())
                .orElseThrow(() -> new UserFacingException("notification.error.notFound"));
        if (n.getReadAt() == null) {
            n.markRead(clock.instant());
            events.publishEvent(LiveUpdate.of(topicOf(me.id()), NotificationLive.INBOX, notificationId));
        }
    }

    public int markAllRead() {
        AppUser me = currentUser.require();
        List<Notification> unread = notifications.unread(me.id());
        unread.forEach(n -> n.markRead(clock.instant()));
        if (!unread.isEmpty()) {
            events.publishEvent(LiveUpdate.of(topicOf(me.id()), NotificationLive.INBOX));
        }
        return unread.size();
    }

    @Transactional(readOnly = true)
    public NotificationPreferences preferences() {
        return settings.findById(currentUser.require().id())
                .map(s -> new NotificationPreferences(s.getChannels(), s.getDigestHour(), s.getVersion()))
                .orElseGet(() -> new NotificationPreferences(Map.of(), NotificationPreferences.DEFAULT_DIGEST_HOUR,
                        -1));
    }

    /** Saves the caller's choices; refuses a save based on an older read (another tab saved meanwhile). */
    public void savePreferences(NotificationPreferences prefs) {
        if (prefs.digestHour() < 0 || prefs.digestHour() > 23) {
            throw new UserFacingException("notification.error.digestHour");
        }
        AppUser me = currentUser.require();
        NotificationSettings s = settings.findById(me.id()).orElse(null);
        long current = s == null ? -1 : s.getVersion();
        if (current != prefs.version()) {
            throw new ConflictException(me.displayName(), clock.instant());
        }
        if (s == null) {
            s = new NotificationSettings(me.id(), prefs.digestHour());
        }
        s.setDigestHour(prefs.digestHour());
        s.getChannels().clear();
        s.getChannels().putAll(prefs.channels());
        settings.save(s);
    }

    private record Scope(long userId, List<Long> member, List<Long> editor) {
    }

    /** The caller's experiments now, and those where they edit (never empty lists: "in ()" is not portable SQL). */
    private Scope scope() {
        long me = currentUser.require().id();
        List<Long> member = new ArrayList<>(List.of(-1L));
        List<Long> editor = new ArrayList<>(List.of(-1L));
        for (Map.Entry<Long, MemberRole> e : audience.experimentsOf(me).entrySet()) {
            member.add(e.getKey());
            if (e.getValue().canEdit()) {
                editor.add(e.getKey());
            }
        }
        return new Scope(me, member, editor);
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.getId(), n.getKind(), n.getExperimentId(), n.getExperimentTitle(),
                n.getSubject(), n.getActorName(), n.getItemCount(), n.getUpdatedAt(), n.getReadAt() != null,
                NotificationRules.href(n.getKind(), n.getExperimentId(), n.getTargetId(), n.getSubject()));
    }
}
