package kr.silheomjang.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.schedule.internal.ScheduleEvent;
import kr.silheomjang.schedule.internal.ScheduleEventRepository;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.CallerWords;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;

/**
 * The experiment's one proposer meeting (제안자 미팅): the first calendar event of type {@link EventType#PROPOSER_MEETING}.
 * The calendar is its only copy; 제안자 동의 (people) and the proposal pool read and set its date here, and moving it on
 * the calendar moves it there. The backward plan never makes a second one.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ProposerMeetingService {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final ScheduleEventRepository events;
    private final ExperimentAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final CallerWords words;

    ProposerMeetingService(ScheduleEventRepository events, ExperimentAccess access, CurrentUser currentUser,
            ApplicationEventPublisher publisher, Clock clock, CallerWords words) {
        this.words = words;
        this.events = events;
        this.access = access;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The day of the proposer meeting, if the experiment has one. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> date(long experimentId) {
        access.requireMember(experimentId);
        return meeting(experimentId).map(ScheduleEvent::getStartDate);
    }

    /** The proposer meeting with its version, for a form that may set its day ({@link #setDate}). */
    @Transactional(readOnly = true)
    public ProposerMeeting current(long experimentId) {
        access.requireMember(experimentId);
        return meeting(experimentId).map(e -> new ProposerMeeting(e.getStartDate(), e.getVersion(),
                e.getUpdatedByName(), e.getUpdatedAt())).orElse(ProposerMeeting.NONE);
    }

    /**
     * Sets the proposer meeting's day: moves the existing event (keeping its times and length), makes an all-day one
     * when there is none, or removes it when {@code date} is null. Editors only. {@code seen} is the meeting as the
     * form read it: a day equal to the one seen leaves the meeting alone (the form did not change it), and a meeting
     * changed since is a conflict naming who changed it.
     */
    public void setDate(long experimentId, ProposerMeeting seen, @Nullable LocalDate date) {
        access.requireEditor(experimentId);
        if (seen == null) {
            throw new IllegalArgumentException("seen is required");
        }
        if (Objects.equals(seen.date(), date)) {
            return;
        }
        ScheduleEvent e = events.lockMeeting(experimentId, EventType.PROPOSER_MEETING).stream().findFirst()
                .orElse(null);
        if (e == null && seen.version() >= 0) {
            if (date == null) {
                return; // removed meanwhile, as this form asked
            }
            // Removed on the calendar meanwhile: not made again behind that person's back.
            throw new UserFacingException("schedule.error.meetingGone");
        }
        if (e != null && e.getVersion() != seen.version()) {
            throw new ConflictException(e.getUpdatedByName(), e.getUpdatedAt());
        }
        AppUser me = currentUser.require();
        if (date == null) {
            events.delete(e);
            publisher.publishEvent(LiveUpdate.of(experimentId, ScheduleLive.EVENTS, e.getId()));
            return;
        }
        if (e == null) {
            e = new ScheduleEvent(experimentId, UUID.randomUUID() + "@silheomjang", me.id(), clock.instant(),
                    me.displayName());
            e.apply(EventDraft.allDay(words.get("schedule.proposerMeeting.title"),
                    EventType.PROPOSER_MEETING, date));
            events.save(e);
        } else {
            LocalDate oldStart = e.getStartDate();
            long days = ChronoUnit.DAYS.between(oldStart, date);
            e.setStartDate(date);
            e.setEndDate(e.getEndDate().plusDays(days));
            e.keepRelative(oldStart);
            e.touch(clock.instant(), me.displayName());
        }
        publisher.publishEvent(LiveUpdate.of(experimentId, ScheduleLive.EVENTS, e.getId()));
    }

    private Optional<ScheduleEvent> meeting(long experimentId) {
        return events.findFirstByExperimentIdAndTypeOrderByIdAsc(experimentId, EventType.PROPOSER_MEETING);
    }
}
