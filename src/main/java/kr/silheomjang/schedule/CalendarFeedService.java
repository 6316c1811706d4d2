package kr.silheomjang.schedule;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.ExperimentDetails;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.schedule.internal.FeedToken;
import kr.silheomjang.schedule.internal.FeedTokenRepository;
import kr.silheomjang.schedule.internal.FeedTokens;
import kr.silheomjang.schedule.internal.IcsWriter;
import kr.silheomjang.schedule.internal.ScheduleEventRepository;
import kr.silheomjang.schedule.internal.ScheduleSetting;
import kr.silheomjang.schedule.internal.ScheduleSettingRepository;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.DueDateSource;

/**
 * Each member's secret iCal feed of an experiment's calendar: the token behind the feed URL (shown once, stored
 * hashed, revocable) and the feed itself, which shows what the calendar shows the token's owner.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CalendarFeedService {

    private final FeedTokenRepository feedTokens;
    private final ScheduleEventRepository events;
    private final ScheduleSettingRepository settings;
    private final ExperimentAccess access;
    private final ExperimentService experiments;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final List<DueDateSource> dueDateSources;

    CalendarFeedService(FeedTokenRepository feedTokens, ScheduleEventRepository events,
            ScheduleSettingRepository settings, ExperimentAccess access, ExperimentService experiments,
            CurrentUser currentUser, Clock clock, List<DueDateSource> dueDateSources) {
        this.dueDateSources = dueDateSources;
        this.feedTokens = feedTokens;
        this.events = events;
        this.settings = settings;
        this.access = access;
        this.experiments = experiments;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Makes a new secret feed URL token for the caller (revoking the previous one); shown once, stored hashed. */
    public String issueFeedToken(long experimentId) {
        access.requireMember(experimentId);
        long me = currentUser.require().id();
        Instant now = clock.instant();
        feedTokens.findByExperimentIdAndUserIdAndRevokedAtIsNull(experimentId, me).forEach(t -> t.revoke(now));
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        feedTokens.save(new FeedToken(experimentId, me, FeedTokens.hash(token), now));
        return token;
    }

    public void revokeFeedToken(long experimentId) {
        access.requireMember(experimentId);
        long me = currentUser.require().id();
        Instant now = clock.instant();
        feedTokens.findByExperimentIdAndUserIdAndRevokedAtIsNull(experimentId, me).forEach(t -> t.revoke(now));
    }

    /** When the caller's live feed URL was made, or null if there is none. */
    @Transactional(readOnly = true)
    public Instant feedIssuedAt(long experimentId) {
        access.requireMember(experimentId);
        long me = currentUser.require().id();
        return feedTokens.findByExperimentIdAndUserIdAndRevokedAtIsNull(experimentId, me).stream()
                .map(FeedToken::getCreatedAt).findFirst().orElse(null);
    }

    /** The caller's whole visible schedule of the experiment as RFC 5545 text. */
    @Transactional(readOnly = true)
    public String feedIcs(long experimentId) {
        MemberRole role = access.requireMember(experimentId);
        ExperimentDetails experiment = experiments.get(experimentId);
        long me = currentUser.require().id();
        boolean guestsMayAdd = settings.findById(experimentId).map(ScheduleSetting::isGuestsMayAdd).orElse(false);
        List<EventView> visible = events.findAllOf(experimentId).stream()
                .filter(e -> role.canEdit() || e.getAttendeeIds().contains(me) || e.getCreatedById() == me)
                .map(e -> ScheduleService.view(e, role, guestsMayAdd, me))
                .toList();
        // What the calendar shows besides events: the event day and (for those who may see them) cards' due dates.
        ResourceBundle words = ResourceBundle.getBundle("i18n/schedule", Locale.KOREAN);
        List<IcsWriter.DayEntry> days = new ArrayList<>();
        if (experiment.eventDate() != null) {
            days.add(new IcsWriter.DayEntry("event-day-" + experimentId + "@silheomjang",
                    words.getString("schedule.eventDay") + ": " + experiment.title(), experiment.eventDate(),
                    words.getString("schedule.eventDay")));
        }
        LocalDate around = experiment.eventDate() != null ? experiment.eventDate() : LocalDate.now(clock);
        for (DueDateSource source : dueDateSources) {
            try {
                for (DueDateSource.DueItem item : source.dueItems(experimentId, around.minusYears(3),
                        around.plusYears(3))) {
                    days.add(new IcsWriter.DayEntry("due-" + item.kind() + "-" + item.id() + "@silheomjang",
                            MessageFormat.format(words.getString("schedule.dueItem"), item.title()), item.due(),
                            words.getString("schedule.due")));
                }
            } catch (AccessDeniedException notForThisCaller) {
                // As on the calendar: a source may keep its items from some roles.
            }
        }
        return IcsWriter.write(experiment.title(), visible, ScheduleService::typeLabel, days, clock.instant());
    }
}
