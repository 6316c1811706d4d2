package kr.silheomjang.schedule;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.ExperimentDetails;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.MemberView;
import kr.silheomjang.schedule.internal.FeedToken;
import kr.silheomjang.schedule.internal.FeedTokenRepository;
import kr.silheomjang.schedule.internal.FeedTokens;
import kr.silheomjang.schedule.internal.IcsWriter;
import kr.silheomjang.schedule.internal.ScheduleEvent;
import kr.silheomjang.schedule.internal.ScheduleEventRepository;
import kr.silheomjang.schedule.internal.ScheduleSetting;
import kr.silheomjang.schedule.internal.ScheduleSettingRepository;
import kr.silheomjang.schedule.internal.TemplateStep;
import kr.silheomjang.schedule.internal.TemplateStepRepository;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.DueDateSource;
import kr.silheomjang.shared.NotFoundOrDeniedException;
import kr.silheomjang.shared.UserFacingException;

/**
 * The schedule of one experiment: calendar events, the backward-planning template, the per-experiment settings and the
 * secret iCal feeds. Transaction and authorization boundary of the feature: every method checks the caller's
 * membership first; owners and planners edit, partner guests see the events they attend and add events only when the
 * owner allows it (and then edit only those they added).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ScheduleService {


    static final int MAX_TITLE = 200;
    static final int MAX_PLACE = 200;
    static final int MAX_NOTES = 2000;
    static final int MAX_SPAN_DAYS = 366;

    private final ScheduleEventRepository events;
    private final TemplateStepRepository steps;
    private final ScheduleSettingRepository settings;
    private final FeedTokenRepository feedTokens;
    private final ExperimentAccess access;
    private final ExperimentService experiments;
    private final CurrentUser currentUser;
    private final List<DueDateSource> dueDateSources;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ScheduleService(ScheduleEventRepository events, TemplateStepRepository steps, ScheduleSettingRepository settings,
            FeedTokenRepository feedTokens, ExperimentAccess access, ExperimentService experiments,
            CurrentUser currentUser, List<DueDateSource> dueDateSources, ApplicationEventPublisher publisher,
            Clock clock) {
        this.events = events;
        this.steps = steps;
        this.settings = settings;
        this.feedTokens = feedTokens;
        this.access = access;
        this.experiments = experiments;
        this.currentUser = currentUser;
        this.dueDateSources = List.copyOf(dueDateSources);
        this.publisher = publisher;
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /** The calendar between {@code from} and {@code to} (inclusive) as the caller may see it. */
    @Transactional(readOnly = true)
    public CalendarData calendar(long experimentId, LocalDate from, LocalDate to) {
        MemberRole role = access.requireMember(experimentId);
        ExperimentDetails experiment = experiments.get(experimentId);
        ScheduleSetting setting = settings.findById(experimentId).orElse(null);
        boolean guestsMayAdd = setting != null && setting.isGuestsMayAdd();
        long me = currentUser.require().id();
        List<EventView> visible = events.findInRange(experimentId, from, to).stream()
                .filter(e -> role.canEdit() || e.getAttendeeIds().contains(me) || e.getCreatedById() == me)
                .map(e -> view(e, role, guestsMayAdd, me))
                .toList();
        List<DueDateSource.DueItem> due = new ArrayList<>();
        for (DueDateSource source : dueDateSources) {
            try {
                due.addAll(source.dueItems(experimentId, from, to));
            } catch (AccessDeniedException notForThisCaller) {
                // A source may keep its items from some roles; the calendar then simply shows none of them.
            }
        }
        ShiftPreview shift = role.canEdit() ? shiftPreview(experimentId, experiment.eventDate(), setting) : null;
        return new CalendarData(experimentId, experiment.title(), experiment.eventDate(), role,
                role.canEdit() || guestsMayAdd, guestsMayAdd, setting == null ? -1 : setting.getVersion(), visible,
                List.copyOf(due), experiment.members(), shift);
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

    // --- events ----------------------------------------------------------------------------------------------

    public long create(long experimentId, EventDraft draft) {
        MemberRole role = access.requireMember(experimentId);
        if (!role.canEdit() && !guestsMayAdd(experimentId)) {
            throw new AccessDeniedException("Partner guests may not add events in experiment " + experimentId);
        }
        validate(experimentId, draft);
        AppUser me = currentUser.require();
        ScheduleEvent e = new ScheduleEvent(experimentId, UUID.randomUUID() + "@silheomjang", me.id(),
                clock.instant(), me.displayName());
        apply(draft, e);
        events.save(e);
        announce(experimentId, e.getId());
        return e.getId();
    }

    public void update(long experimentId, long eventId, long expectedVersion, EventDraft draft) {
        ScheduleEvent e = editableEvent(experimentId, eventId, expectedVersion);
        validate(experimentId, draft);
        LocalDate oldStart = e.getStartDate();
        apply(draft, e);
        keepRelative(experimentId, e, oldStart);
        touch(e);
        announce(experimentId, eventId);
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
        keepRelative(experimentId, e, oldStart);
        touch(e);
        announce(experimentId, eventId);
    }

    public void delete(long experimentId, long eventId, long expectedVersion) {
        ScheduleEvent e = editableEvent(experimentId, eventId, expectedVersion);
        events.delete(e);
        announce(experimentId, eventId);
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

    // --- backward planning -----------------------------------------------------------------------------------

    /** The experiment's template (copied from the default on first use); steps in date order. */
    public List<TemplateStepView> template(long experimentId) {
        access.requireMember(experimentId);
        LocalDate eventDate = experiments.get(experimentId).eventDate();
        Set<Long> planned = events.findByExperimentIdAndTemplateStepIdIsNotNull(experimentId).stream()
                .map(ScheduleEvent::getTemplateStepId).collect(Collectors.toSet());
        return stepsOf(experimentId).stream()
                .map(s -> new TemplateStepView(s.getId(), s.getVersion(), s.getOffsetDays(), s.getTitle(), s.getType(),
                        eventDate.plusDays(s.getOffsetDays()), planned.contains(s.getId())))
                .toList();
    }

    /** Owner: makes an event for every template step not planned yet; returns how many. */
    public int acceptTemplate(long experimentId) {
        access.requireOwner(experimentId);
        LocalDate eventDate = experiments.get(experimentId).eventDate();
        ScheduleSetting setting = setting(experimentId);
        if (setting.getAnchorDate() != null && !setting.getAnchorDate().equals(eventDate)
                && !events.findByExperimentIdAndOffsetDaysIsNotNullOrderByStartDateAsc(experimentId).isEmpty()) {
            throw new UserFacingException("schedule.template.shiftFirst");
        }
        AppUser me = currentUser.require();
        Instant now = clock.instant();
        int made = 0;
        List<Long> ids = new ArrayList<>();
        for (TemplateStepView step : template(experimentId)) {
            if (step.alreadyPlanned()) {
                continue;
            }
            ScheduleEvent e = new ScheduleEvent(experimentId, UUID.randomUUID() + "@silheomjang", me.id(), now,
                    me.displayName());
            apply(EventDraft.allDay(step.title(), step.type(), step.date()), e);
            e.setOffsetDays(step.offsetDays());
            e.setTemplateStepId(step.id());
            events.save(e);
            ids.add(e.getId());
            made++;
        }
        setting.setAnchorDate(eventDate);
        setting.touch(now, me.displayName());
        if (made > 0) {
            publisher.publishEvent(LiveUpdate.of(experimentId, ScheduleLive.EVENTS, ids.toArray(Long[]::new)));
        }
        return made;
    }

    /** Owner: adds ({@code stepId} null) or changes a step of the experiment's template. */
    public void saveTemplateStep(long experimentId, Long stepId, long expectedVersion, int offsetDays, String title,
            EventType type) {
        access.requireOwner(experimentId);
        List<String> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add("schedule.error.titleRequired");
        } else if (title.strip().length() > MAX_TITLE) {
            errors.add("schedule.error.titleTooLong");
        }
        if (type == null) {
            errors.add("schedule.error.typeRequired");
        }
        if (Math.abs(offsetDays) > 400) {
            errors.add("schedule.error.offsetRange");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        stepsOf(experimentId);
        TemplateStep step;
        if (stepId == null) {
            step = new TemplateStep(experimentId, offsetDays, title.strip(), type);
        } else {
            step = steps.findByIdAndExperimentId(stepId, experimentId)
                    .orElseThrow(() -> new NotFoundOrDeniedException(experimentId));
            if (step.getVersion() != expectedVersion) {
                throw new UserFacingException("schedule.template.changedMeanwhile");
            }
            step.setOffsetDays(offsetDays);
            step.setTitle(title.strip());
            step.setType(type);
        }
        steps.save(step);
        announce(experimentId);
    }

    public void removeTemplateStep(long experimentId, long stepId) {
        access.requireOwner(experimentId);
        steps.findByIdAndExperimentId(stepId, experimentId).ifPresent(steps::delete);
        announce(experimentId);
    }

    /** Editors: shifts the events planned relative to the event day by as much as the event day moved. */
    public int applyShift(long experimentId, LocalDate from, LocalDate to) {
        access.requireEditor(experimentId);
        ShiftPreview preview = shiftPreview(experimentId, experiments.get(experimentId).eventDate(),
                settings.findById(experimentId).orElse(null));
        if (preview == null || !preview.from().equals(from) || !preview.to().equals(to)) {
            throw new UserFacingException("schedule.shift.stale");
        }
        long days = ChronoUnit.DAYS.between(from, to);
        List<Long> ids = new ArrayList<>();
        for (ScheduleEvent e : events.findByExperimentIdAndOffsetDaysIsNotNullOrderByStartDateAsc(experimentId)) {
            e.setStartDate(e.getStartDate().plusDays(days));
            e.setEndDate(e.getEndDate().plusDays(days));
            touch(e);
            ids.add(e.getId());
        }
        ScheduleSetting setting = setting(experimentId);
        setting.setAnchorDate(to);
        setting.touch(clock.instant(), currentUser.require().displayName());
        publisher.publishEvent(LiveUpdate.of(experimentId, ScheduleLive.EVENTS, ids.toArray(Long[]::new)));
        return ids.size();
    }

    /** Editors: keeps the relative events where they are and plans from the new event day from now on. */
    public void dismissShift(long experimentId, LocalDate to) {
        access.requireEditor(experimentId);
        ScheduleSetting setting = setting(experimentId);
        LocalDate anchor = setting.getAnchorDate();
        if (anchor != null && !anchor.equals(to)) {
            long days = ChronoUnit.DAYS.between(anchor, to);
            for (ScheduleEvent e : events.findByExperimentIdAndOffsetDaysIsNotNullOrderByStartDateAsc(experimentId)) {
                e.setOffsetDays((int) (e.getOffsetDays() - days));
            }
            setting.setAnchorDate(to);
            setting.touch(clock.instant(), currentUser.require().displayName());
        }
        announce(experimentId);
    }

    // --- settings --------------------------------------------------------------------------------------------

    /** Owner: whether partner guests may add events. */
    public void setGuestsMayAdd(long experimentId, long expectedVersion, boolean allowed) {
        access.requireOwner(experimentId);
        ScheduleSetting setting = setting(experimentId);
        if (expectedVersion >= 0 && setting.getVersion() != expectedVersion) {
            throw new ConflictException(setting.getUpdatedByName(), setting.getUpdatedAt());
        }
        setting.setGuestsMayAdd(allowed);
        setting.touch(clock.instant(), currentUser.require().displayName());
        settings.flush();
        announce(experimentId);
    }

    // --- iCal ------------------------------------------------------------------------------------------------

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
        boolean guestsMayAdd = guestsMayAdd(experimentId);
        List<EventView> visible = events.findAllOf(experimentId).stream()
                .filter(e -> role.canEdit() || e.getAttendeeIds().contains(me) || e.getCreatedById() == me)
                .map(e -> view(e, role, guestsMayAdd, me))
                .toList();
        return IcsWriter.write(experiment.title(), visible, ScheduleService::typeLabel);
    }

    /** One event as an .ics file. */
    @Transactional(readOnly = true)
    public String eventIcs(long experimentId, long eventId) {
        EventView e = get(experimentId, eventId);
        return IcsWriter.write(experiments.get(experimentId).title(), List.of(e), ScheduleService::typeLabel);
    }

    private static String typeLabel(EventView e) {
        return ResourceBundle.getBundle("i18n/schedule", Locale.KOREAN).getString(e.type().messageKey());
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private List<TemplateStep> stepsOf(long experimentId) {
        List<TemplateStep> own = steps.findByExperimentIdOrderByOffsetDaysAscIdAsc(experimentId);
        if (!own.isEmpty()) {
            return own;
        }
        List<TemplateStep> copies = steps.findByExperimentIdIsNullOrderByOffsetDaysAscIdAsc().stream()
                .map(d -> new TemplateStep(experimentId, d.getOffsetDays(), d.getTitle(), d.getType()))
                .toList();
        return steps.saveAll(copies);
    }

    private ShiftPreview shiftPreview(long experimentId, LocalDate eventDate, ScheduleSetting setting) {
        if (setting == null || setting.getAnchorDate() == null || setting.getAnchorDate().equals(eventDate)) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(setting.getAnchorDate(), eventDate);
        List<ShiftPreview.Change> changes = events.findByExperimentIdAndOffsetDaysIsNotNullOrderByStartDateAsc(
                experimentId).stream()
                .map(e -> new ShiftPreview.Change(e.getId(), e.getTitle(), e.getStartDate(),
                        e.getStartDate().plusDays(days)))
                .toList();
        return changes.isEmpty() ? null : new ShiftPreview(setting.getAnchorDate(), eventDate, changes);
    }

    /** A relative event moved by hand stays relative: its offset follows it. */
    private void keepRelative(long experimentId, ScheduleEvent e, LocalDate oldStart) {
        if (e.getOffsetDays() != null && !e.getStartDate().equals(oldStart)) {
            e.setOffsetDays((int) (e.getOffsetDays() + ChronoUnit.DAYS.between(oldStart, e.getStartDate())));
        }
    }

    private ScheduleSetting setting(long experimentId) {
        return settings.findById(experimentId).orElseGet(() -> settings.save(
                new ScheduleSetting(experimentId, clock.instant(), currentUser.require().displayName())));
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

    private static boolean mayEdit(ScheduleEvent e, MemberRole role, boolean guestsMayAdd, long me) {
        return role.canEdit() || (guestsMayAdd && e.getCreatedById() == me);
    }

    private void validate(long experimentId, EventDraft d) {
        List<String> errors = new ArrayList<>();
        if (d.title() == null || d.title().isBlank()) {
            errors.add("schedule.error.titleRequired");
        } else if (d.title().strip().length() > MAX_TITLE) {
            errors.add("schedule.error.titleTooLong");
        }
        if (d.type() == null) {
            errors.add("schedule.error.typeRequired");
        }
        if (d.startDate() == null) {
            errors.add("schedule.error.startRequired");
        }
        if (d.endDate() == null) {
            errors.add("schedule.error.endRequired");
        }
        if ((d.startTime() == null) != (d.endTime() == null)) {
            errors.add("schedule.error.timeIncomplete");
        }
        if (d.startDate() != null && d.endDate() != null) {
            if (d.endDate().isBefore(d.startDate())) {
                errors.add("schedule.error.endBeforeStart");
            } else if (d.startTime() != null && d.endTime() != null
                    && !LocalDateTime.of(d.endDate(), d.endTime()).isAfter(LocalDateTime.of(d.startDate(),
                            d.startTime()))) {
                errors.add("schedule.error.endBeforeStart");
            } else if (ChronoUnit.DAYS.between(d.startDate(), d.endDate()) > MAX_SPAN_DAYS) {
                errors.add("schedule.error.tooLong");
            }
        }
        if (d.place() != null && d.place().strip().length() > MAX_PLACE) {
            errors.add("schedule.error.placeTooLong");
        }
        if (d.notes() != null && d.notes().strip().length() > MAX_NOTES) {
            errors.add("schedule.error.notesTooLong");
        }
        if (d.attendeeIds() != null && !d.attendeeIds().isEmpty()) {
            Set<Long> memberIds = experiments.get(experimentId).members().stream().map(MemberView::userId)
                    .collect(Collectors.toSet());
            if (!memberIds.containsAll(d.attendeeIds())) {
                errors.add("schedule.error.attendeeNotMember");
            }
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
    }

    private static void apply(EventDraft d, ScheduleEvent e) {
        e.setTitle(d.title().strip());
        e.setType(d.type());
        e.setStartDate(d.startDate());
        e.setStartTime(d.startTime());
        e.setEndDate(d.endDate());
        e.setEndTime(d.endTime());
        e.setPlace(blankToNull(d.place()));
        e.setNotes(blankToNull(d.notes()));
        e.getAttendeeIds().clear();
        if (d.attendeeIds() != null) {
            e.getAttendeeIds().addAll(new HashSet<>(d.attendeeIds()));
        }
    }

    private void touch(ScheduleEvent e) {
        e.touch(clock.instant(), currentUser.require().displayName());
    }

    private void announce(long experimentId, Long... ids) {
        publisher.publishEvent(LiveUpdate.of(experimentId, ScheduleLive.EVENTS, ids));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static EventView view(ScheduleEvent e, MemberRole role, boolean guestsMayAdd, long me) {
        return new EventView(e.getId(), e.getVersion(), e.getIcalUid(), e.getTitle(), e.getType(), e.getStartDate(),
                e.getStartTime(), e.getEndDate(), e.getEndTime(), e.getPlace(), Set.copyOf(e.getAttendeeIds()),
                e.getNotes(), e.getOffsetDays(), e.getCreatedById(), e.getUpdatedAt(), e.getUpdatedByName(),
                mayEdit(e, role, guestsMayAdd, me));
    }
}
