package kr.silheomjang.schedule;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

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

    CalendarFeedService(FeedTokenRepository feedTokens, ScheduleEventRepository events,
            ScheduleSettingRepository settings, ExperimentAccess access, ExperimentService experiments,
            CurrentUser currentUser, Clock clock) {
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
        return IcsWriter.write(experiment.title(), visible, ScheduleService::typeLabel);
    }
}
