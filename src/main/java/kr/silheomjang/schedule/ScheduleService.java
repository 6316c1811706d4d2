package kr.silheomjang.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.Application;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.SharedReads;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.ExperimentDetails;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.MemberView;
import kr.silheomjang.schedule.internal.EventRules;
import kr.silheomjang.schedule.internal.IcsWriter;
import kr.silheomjang.schedule.internal.ScheduleEvent;
import kr.silheomjang.schedule.internal.ScheduleEventRepository;
import kr.silheomjang.schedule.internal.ScheduleSetting;
import kr.silheomjang.schedule.internal.ScheduleSettingRepository;
import kr.silheomjang.schedule.internal.Shifts;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.DueDateSource;
import kr.silheomjang.shared.UserFacingException;

/**
 * The calendar of one experiment: its events, other features' due items shown on it, and its settings (the
 * backward-planning template is {@link BackwardPlanningService}, the secret iCal feeds {@link CalendarFeedService}). Transaction and authorization boundary of the feature: every method checks the caller's
 * membership first; owners and planners edit, partner guests see the events they attend and add events only when the
 * owner allows it (and then edit only those they added).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ScheduleService {


    private final ScheduleEventRepository events;
    private final ScheduleSettingRepository settings;
    private final ExperimentAccess access;
    private final ExperimentService experiments;
    private final CurrentUser currentUser;
    private final List<DueDateSource> dueDateSources;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final SharedReads sharedReads;
    /** What other features planned on the event day, offered to move with the relative events (ShiftPreview). */
    private final List<EventDayFollower> followers;

    ScheduleService(ScheduleEventRepository events, ScheduleSettingRepository settings, ExperimentAccess access,
            ExperimentService experiments,
            CurrentUser currentUser, List<DueDateSource> dueDateSources, ApplicationEventPublisher publisher,
            Clock clock, SharedReads sharedReads, List<EventDayFollower> followers) {
        this.followers = List.copyOf(followers);
        this.sharedReads = sharedReads;
        this.events = events;
        this.settings = settings;
        this.access = access;
        this.experiments = experiments;
        this.currentUser = currentUser;
        this.dueDateSources = List.copyOf(dueDateSources);
        this.publisher = publisher;
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /**
     * The calendar between {@code from} and {@code to} (inclusive) as the caller may see it. What every viewer of one
     * role sees alike is read once per change per node and shared (see {@link SharedReads}); the caller's own filter
     * (a guest sees the events they attend or added) and what they may edit are applied on top.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public CalendarData calendar(long experimentId, LocalDate from, LocalDate to) {
        MemberRole role = access.requireMember(experimentId);
        long me = currentUser.require().id();
        SharedCalendar c = sharedReads.get(new CalendarKey(experimentId, from, to, role),
                () -> readCalendar(experimentId, from, to, role));
        List<EventView> visible = c.events().stream()
                .filter(e -> role.canEdit() || e.attendeeIds().contains(me) || e.createdById() == me)
                .map(e -> e.editable(mayEdit(e.createdById(), role, c.guestsMayAdd(), me)))
                .toList();
        ExperimentDetails experiment = c.experiment();
        return new CalendarData(experimentId, experiment.title(), experiment.eventDate(), role,
                role.canEdit() || c.guestsMayAdd(), c.guestsMayAdd(), c.settingsVersion(), visible, c.due(),
                experiment.members(), c.shift());
    }

    /** What one role's viewers of a calendar range see alike. */
    private record CalendarKey(long experimentId, LocalDate from, LocalDate to, MemberRole role) {
    }

    private record SharedCalendar(ExperimentDetails experiment, boolean guestsMayAdd, long settingsVersion,
            List<EventView> events, List<DueDateSource.DueItem> due, @Nullable ShiftPreview shift) {
    }

    private SharedCalendar readCalendar(long experimentId, LocalDate from, LocalDate to, MemberRole role) {
        // Shared by every viewer of the role: a guest's read of the experiment holds their own address, which the
        // other guests must not get, so for guests the shared value keeps no member's address.
        ExperimentDetails read = experiments.get(experimentId);
        ExperimentDetails experiment = role.canEdit() ? read : read.withoutMemberAddresses();
        ScheduleSetting setting = settings.findById(experimentId).orElse(null);
        List<EventView> all = events.findInRange(experimentId, from, to).stream()
                .map(e -> view(e, role, false, -1)).toList();
        List<DueDateSource.DueItem> due = new ArrayList<>();
        for (DueDateSource source : dueDateSources) {
            try {
                due.addAll(source.dueItems(experimentId, from, to));
            } catch (AccessDeniedException notForThisCaller) {
                // A source may keep its items from some roles (the key holds the role, so every viewer sharing
                // this read is kept out alike); the calendar then simply shows none of them.
            }
        }
        ShiftPreview shift = role.canEdit() ? Shifts.preview(events, experimentId, experiment.eventDate(), setting,
                followers) : null;
        return new SharedCalendar(experiment, setting != null && setting.isGuestsMayAdd(),
                setting == null ? -1 : setting.getVersion(), all, List.copyOf(due), shift);
    }

    @Transactional(readOnly = true)
    public LocalDate eventDate(long experimentId) {
        access.requireMember(experimentId);
        return experiments.get(experimentId).eventDate();
    }

    @Transactional(readOnly = true)
    public EventView get(long experimentId, long eventId) {
        MemberRole role = access.requireMember(experimentId);
        long me = currentUser.require().id();
        ScheduleEvent e = visibleEvent(experimentId, eventId, role, me);
        return view(e, role, guestsMayAdd(experimentId), me);
    }

    /**
     * The milestones (events flagged as such) of many experiments, each as its reader may see it: owners and planners
     * every one, partner guests those they attend or added, like the calendar. Denies unless the caller is a member
     * of every experiment. One query for all.
     */
    @Transactional(readOnly = true)
    public List<MilestoneView> milestones(java.util.Collection<Long> experimentIds) {
        if (experimentIds.isEmpty()) {
            return List.of();
        }
        access.requireMemberOfAll(experimentIds);
        long me = currentUser.require().id();
        java.util.Map<Long, MemberRole> roles = new java.util.HashMap<>();
        return events.findMilestones(experimentIds).stream()
                .filter(e -> roles.computeIfAbsent(e.getExperimentId(), access::requireMember).canEdit()
                        || e.getAttendeeIds().contains(me) || e.getCreatedById() == me)
                .map(e -> new MilestoneView(e.getExperimentId(), e.getId(), e.getTitle(), e.getType(),
                        e.getStartDate()))
                .toList();
    }

    // --- events ----------------------------------------------------------------------------------------------

    public long create(long experimentId, EventDraft draft) {
        MemberRole role = access.requireMember(experimentId);
        if (!role.canEdit() && !guestsMayAdd(experimentId)) {
            throw new AccessDeniedException("Partner guests may not add events in experiment " + experimentId);
        }
        validate(experimentId, draft);
        lockNewAttendees(experimentId, Set.of(), draft);
        AppUser me = currentUser.require();
        ScheduleEvent e = new ScheduleEvent(experimentId, UUID.randomUUID() + "@silheomjang", me.id(),
                clock.instant(), me.displayName());
        e.apply(draft);
        events.save(e);
        announceSaying(experimentId, "schedule.said.created", e.getId());
        return e.getId();
    }

    public void update(long experimentId, long eventId, long expectedVersion, EventDraft draft) {
        ScheduleEvent e = editableEvent(experimentId, eventId, expectedVersion);
        validate(experimentId, draft);
        lockNewAttendees(experimentId, e.getAttendeeIds(), draft);
        LocalDate oldStart = e.getStartDate();
        e.apply(draft);
        e.keepRelative(oldStart);
        touch(e);
        announceSaying(experimentId, "schedule.said.updated", eventId);
    }

    /** Moves an event to start on {@code newStart}, keeping its length and times (drag and drop, or the menu). */
    public void move(long experimentId, long eventId, long expectedVersion, LocalDate newStart) {
        moveTo(experimentId, eventId, expectedVersion, newStart, null);
    }

    /**
     * Like {@link #move}, and a timed event dropped on an hour slot of the week also starts at {@code newStartTime}
     * (its length kept). All-day events stay all-day; {@code newStartTime} null keeps the times.
     */
    public void moveTo(long experimentId, long eventId, long expectedVersion, LocalDate newStart,
            LocalTime newStartTime) {
        if (newStart == null) {
            throw new UserFacingException("schedule.error.startRequired");
        }
        ScheduleEvent e = editableEvent(experimentId, eventId, expectedVersion);
        LocalDate oldStart = e.getStartDate();
        if (newStartTime != null && e.getStartTime() != null) {
            LocalDateTime from = LocalDateTime.of(e.getStartDate(), e.getStartTime());
            java.time.Duration length = java.time.Duration.between(from,
                    LocalDateTime.of(e.getEndDate(), e.getEndTime()));
            LocalDateTime start = LocalDateTime.of(newStart, newStartTime);
            LocalDateTime end = start.plus(length);
            e.setStartDate(start.toLocalDate());
            e.setStartTime(start.toLocalTime());
            e.setEndDate(end.toLocalDate());
            e.setEndTime(end.toLocalTime());
        } else {
            long days = ChronoUnit.DAYS.between(oldStart, newStart);
            e.setStartDate(newStart);
            e.setEndDate(e.getEndDate().plusDays(days));
        }
        e.keepRelative(oldStart);
        touch(e);
        announceSaying(experimentId, "schedule.said.moved", eventId);
    }

    public void delete(long experimentId, long eventId, long expectedVersion) {
        ScheduleEvent e = editableEvent(experimentId, eventId, expectedVersion);
        events.delete(e);
        announceSaying(experimentId, "schedule.said.deleted", eventId);
    }

    /** Moves another feature's item (e.g. a planning card) shown on the calendar; that feature checks the caller. */
    public void moveDue(long experimentId, DueDateSource.DueItem item, LocalDate newDue) {
        access.requireMember(experimentId);
        if (newDue == null) {
            throw new UserFacingException("schedule.error.startRequired");
        }
        for (DueDateSource source : dueDateSources) {
            boolean owns = source.dueItems(experimentId, item.due(), item.due()).stream()
                    .anyMatch(i -> i.kind().equals(item.kind()) && i.id() == item.id());
            if (owns) {
                source.moveDue(experimentId, item.id(), newDue);
                return;
            }
        }
        throw new UserFacingException("schedule.error.dueItemGone");
    }

    // --- settings --------------------------------------------------------------------------------------------

    /** Owner: whether partner guests may add events. */
    public void setGuestsMayAdd(long experimentId, long expectedVersion, boolean allowed) {
        access.requireOwner(experimentId);
        ScheduleSetting setting = setting(experimentId);
        // -1 ("no settings row seen") counts as 0, as in BudgetService.setCap: a row made since is a change too.
        if (setting.getVersion() != Math.max(expectedVersion, 0)) {
            throw new ConflictException(setting.getUpdatedByName(), setting.getUpdatedAt());
        }
        setting.setGuestsMayAdd(allowed);
        setting.touch(clock.instant(), currentUser.require().displayName());
        settings.flush();
        announce(experimentId);
    }

    // --- iCal ------------------------------------------------------------------------------------------------

    /** One event as an .ics file. */
    @Transactional(readOnly = true)
    public String eventIcs(long experimentId, long eventId) {
        EventView e = get(experimentId, eventId);
        return IcsWriter.write(experiments.get(experimentId).title(), List.of(e), ScheduleService::typeLabel);
    }

    static String typeLabel(EventView e) {
        return ResourceBundle.getBundle("i18n/schedule", Locale.KOREAN).getString(e.type().messageKey());
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private ScheduleSetting setting(long experimentId) {
        return settings.ensure(experimentId, clock.instant(), currentUser.require().displayName());
    }

    private boolean guestsMayAdd(long experimentId) {
        return settings.findById(experimentId).map(ScheduleSetting::isGuestsMayAdd).orElse(false);
    }

    private ScheduleEvent visibleEvent(long experimentId, long eventId, MemberRole role, long me) {
        ScheduleEvent e = events.findByIdAndExperimentId(eventId, experimentId)
                .orElseThrow(() -> new UserFacingException("schedule.error.eventGone"));
        if (!role.canEdit() && !e.getAttendeeIds().contains(me) && e.getCreatedById() != me) {
            throw new UserFacingException("schedule.error.eventGone");
        }
        return e;
    }

    /** The event if the caller may change it and nobody saved it since {@code expectedVersion}. */
    private ScheduleEvent editableEvent(long experimentId, long eventId, long expectedVersion) {
        MemberRole role = access.requireMember(experimentId);
        long me = currentUser.require().id();
        ScheduleEvent e = visibleEvent(experimentId, eventId, role, me);
        if (!mayEdit(e, role, guestsMayAdd(experimentId), me)) {
            throw new AccessDeniedException("May not change event " + eventId);
        }
        if (e.getVersion() != expectedVersion) {
            throw new ConflictException(e.getUpdatedByName(), e.getUpdatedAt());
        }
        return e;
    }

    static boolean mayEdit(ScheduleEvent e, MemberRole role, boolean guestsMayAdd, long me) {
        return mayEdit(e.getCreatedById(), role, guestsMayAdd, me);
    }

    static boolean mayEdit(long createdById, MemberRole role, boolean guestsMayAdd, long me) {
        return role.canEdit() || (guestsMayAdd && createdById == me);
    }

    /**
     * Locks the membership of each attendee the draft adds, so their removal meanwhile either waits for this save and
     * takes them off again (internal.DepartedMemberSchedule) or comes first and this save is refused.
     */
    private void lockNewAttendees(long experimentId, Set<Long> before, EventDraft d) {
        if (d.attendeeIds() == null) {
            return;
        }
        for (long id : d.attendeeIds()) {
            if (!before.contains(id) && !access.lockMembership(experimentId, id)) {
                throw new UserFacingException("schedule.error.attendeeNotMember");
            }
        }
    }

    private void validate(long experimentId, EventDraft d) {
        List<String> errors = EventRules.problems(d, d.attendeeIds() == null || d.attendeeIds().isEmpty() ? Set.of()
                : experiments.get(experimentId).members().stream().map(MemberView::userId)
                        .collect(Collectors.toSet()), LocalDate.now(clock.withZone(Application.ZONE)));
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
    }

    private void touch(ScheduleEvent e) {
        e.touch(clock.instant(), currentUser.require().displayName());
    }

    private void announce(long experimentId, Long... ids) {
        publisher.publishEvent(LiveUpdate.of(experimentId, ScheduleLive.EVENTS, ids));
    }

    /**
     * Also says to co-planners' screen readers who changed the calendar. Without the event's title: partner guests
     * hear it too, and they may see only the events they attend.
     */
    private void announceSaying(long experimentId, String key, Long... ids) {
        AppUser me = currentUser.require();
        publisher.publishEvent(LiveUpdate.of(experimentId, ScheduleLive.EVENTS, ids).saying(me.id(),
                me.displayName(), key));
    }

    static EventView view(ScheduleEvent e, MemberRole role, boolean guestsMayAdd, long me) {
        return new EventView(e.getId(), e.getVersion(), e.getIcalUid(), e.getTitle(), e.getType(), e.getStartDate(),
                e.getStartTime(), e.getEndDate(), e.getEndTime(), e.getPlace(), Set.copyOf(e.getAttendeeIds()),
                e.getNotes(), e.getOffsetDays(), e.getCreatedById(), e.getUpdatedAt(), e.getUpdatedByName(),
                mayEdit(e, role, guestsMayAdd, me), e.isMilestone());
    }
}
