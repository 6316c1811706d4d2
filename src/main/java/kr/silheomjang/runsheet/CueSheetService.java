package kr.silheomjang.runsheet;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
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
import kr.silheomjang.people.StaffRosterService;
import kr.silheomjang.people.StaffRow;
import kr.silheomjang.runsheet.internal.CueSegment;
import kr.silheomjang.runsheet.internal.CueSegmentRepository;
import kr.silheomjang.runsheet.internal.CueSheetRecord;
import kr.silheomjang.runsheet.internal.CueSheetRepository;
import kr.silheomjang.runsheet.internal.DefaultProgram;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.CallerWords;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.Ranks;
import kr.silheomjang.shared.UserFacingException;

/**
 * The run-of-show of an experiment's run day (the experiment's D-day). The sheet stores the order (ranks) and each
 * segment's duration; start and end are derived from the day's start and the durations before, so moving a segment or
 * changing a duration shifts every later one in one row's write. Owners and planners edit and mark segments started
 * and finished; every member reads; a partner guest marks the segments led by a staff-roster line linked to their
 * account (and to nobody else's; decision note 0067). Every write locks the sheet row first. Times are wall-clock
 * times of the day in Asia/Seoul.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CueSheetService {

    /** The day's start until a planner sets it. */
    public static final LocalTime DEFAULT_START = LocalTime.of(14, 0);

    private final CueSheetRepository sheets;
    private final CueSegmentRepository segments;
    private final ExperimentAccess access;
    private final ExperimentService experiments;
    private final StaffRosterService roster;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CallerWords words;

    CueSheetService(CueSheetRepository sheets, CueSegmentRepository segments, ExperimentAccess access,
            ExperimentService experiments, StaffRosterService roster, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, CallerWords words) {
        this.words = words;
        this.sheets = sheets;
        this.segments = segments;
        this.access = access;
        this.experiments = experiments;
        this.roster = roster;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /** The whole sheet with derived times: one read of the segments (a sheet holds at most {@value CueSheets#MAX_CUES}). */
    @Transactional(readOnly = true)
    public CueSheet sheet(long experimentId) {
        MemberRole role = access.requireMember(experimentId);
        ExperimentDetails experiment = experiments.get(experimentId);
        CueSheetRecord sheet = sheets.findById(experimentId).orElse(null);
        LocalTime start = sheet == null ? DEFAULT_START : sheet.getDayStart();
        List<String> staff = new ArrayList<>(new LinkedHashSet<>(
                roster.roster(experimentId).stream().map(StaffRow::person).toList()));
        // Editors mark every segment; a guest those led by a roster name linked to them alone.
        Set<String> myLeads = role.canEdit() ? Set.of() : roster.namesLinkedToMe(experimentId);
        return new CueSheet(experimentId, experiment.title(), experiment.eventDate(), start,
                sheet == null ? -1 : sheet.getVersion(), rows(segments.findByExperimentIdOrderByRankAscIdAsc(experimentId),
                        start), role.canEdit(), List.copyOf(staff), myLeads,
                sheet == null ? null : sheet.getUpdatedAt(), sheet == null ? null : sheet.getUpdatedByName());
    }

    /** Each staff member's print sheet: their roster roles and the segments they are in charge of, in run order. */
    @Transactional(readOnly = true)
    public List<StaffSheet> staffSheets(long experimentId) {
        access.requireMember(experimentId);
        CueSheet sheet = sheet(experimentId);
        List<StaffRow> lines = roster.roster(experimentId);
        List<String> people = new ArrayList<>();
        lines.forEach(l -> addPerson(people, l.person()));
        sheet.cues().forEach(c -> addPerson(people, c.lead()));
        List<StaffSheet> out = new ArrayList<>();
        for (String person : people) {
            List<String> roles = lines.stream().filter(l -> CueSheets.samePerson(l.person(), person))
                    .map(l -> l.role() + (l.area() == null ? "" : " · " + l.area()) + " " + l.start() + "–" + l.end())
                    .toList();
            List<CueRow> cues = sheet.cues().stream().filter(c -> CueSheets.samePerson(c.lead(), person)).toList();
            out.add(new StaffSheet(person, roles, cues));
        }
        return out;
    }

    private static void addPerson(List<String> people, @Nullable String name) {
        if (name != null && people.stream().noneMatch(p -> CueSheets.samePerson(p, name))) {
            people.add(name);
        }
    }

    // --- the sheet -------------------------------------------------------------------------------------------

    /** The time the first segment starts; {@code expectedVersion} -1 while the sheet was never saved. */
    public void setDayStart(long experimentId, long expectedVersion, @Nullable LocalTime start) {
        access.requireEditor(experimentId);
        if (start == null) {
            throw new UserFacingException("runsheet.error.startRequired");
        }
        CueSheetRecord sheet = lockSheet(experimentId);
        // Never saved when read (-1) is the sheet as it is made (version 0): a start saved by someone since is a
        // conflict too.
        if (sheet.getVersion() != Math.max(expectedVersion, 0)) {
            throw new ConflictException(sheet.getUpdatedByName(), sheet.getUpdatedAt());
        }
        sheet.setDayStart(start.withSecond(0).withNano(0), clock.instant(), me());
        sheets.flush();
        announce(experimentId);
    }

    /**
     * Fills an empty sheet with the guide's program (introduction → the experiment → reflections → closing), in the
     * language of the person applying it (ADR 0042: starting texts).
     */
    public void applyDefaultProgram(long experimentId) {
        access.requireEditor(experimentId);
        lockSheet(experimentId);
        if (segments.countByExperimentId(experimentId) > 0) {
            throw new UserFacingException("runsheet.error.notEmpty");
        }
        List<CueDraft> program = DefaultProgram.segments(words::get);
        List<String> ranks = Ranks.spread(program.size());
        for (int i = 0; i < program.size(); i++) {
            CueSegment s = new CueSegment(experimentId, ranks.get(i));
            s.apply(program.get(i), clock.instant(), me());
            segments.save(s);
        }
        announce(experimentId);
    }

    // --- segments --------------------------------------------------------------------------------------------

    /** Adds a segment at the end of the day. */
    public long add(long experimentId, CueDraft draft) {
        access.requireEditor(experimentId);
        CueDraft d = validated(experimentId, draft, null);
        lockSheet(experimentId);
        List<CueSegment> all = segments.findByExperimentIdOrderByRankAscIdAsc(experimentId);
        if (all.size() >= CueSheets.MAX_CUES) {
            throw new UserFacingException("runsheet.error.tooMany");
        }
        CueSegment s = new CueSegment(experimentId, Ranks.after(all.isEmpty() ? null : all.getLast().getRank()));
        s.apply(d, clock.instant(), me());
        segments.save(s);
        announce(experimentId, s.getId());
        return s.getId();
    }

    /** Saves a segment; a new duration shifts every later segment (their times are derived). */
    public void update(long experimentId, long cueId, long expectedVersion, CueDraft draft) {
        access.requireEditor(experimentId);
        lockSheet(experimentId);
        CueSegment s = current(experimentId, cueId, expectedVersion);
        s.apply(validated(experimentId, draft, s.getLead()), clock.instant(), me());
        segments.flush();
        announce(experimentId, cueId);
    }

    /** Moves a segment to position {@code toIndex} (0 = first) of the order; one row is written. */
    public void move(long experimentId, long cueId, long expectedVersion, int toIndex) {
        access.requireEditor(experimentId);
        lockSheet(experimentId);
        CueSegment s = current(experimentId, cueId, expectedVersion);
        List<CueSegment> others = new ArrayList<>(segments.findByExperimentIdOrderByRankAscIdAsc(experimentId));
        others.removeIf(o -> o.getId().equals(s.getId()));
        int at = Math.max(0, Math.min(toIndex, others.size()));
        String before = at == 0 ? null : others.get(at - 1).getRank();
        String after = at == others.size() ? null : others.get(at).getRank();
        try {
            s.setRank(Ranks.between(before, after));
        } catch (IllegalArgumentException noRoom) {
            others.add(at, s);
            List<String> spread = Ranks.spread(others.size());
            for (int i = 0; i < others.size(); i++) {
                others.get(i).setRank(spread.get(i));
            }
        }
        s.touch(clock.instant(), me());
        segments.flush();
        announce(experimentId, cueId);
    }

    public void remove(long experimentId, long cueId, long expectedVersion) {
        access.requireEditor(experimentId);
        lockSheet(experimentId);
        CueSegment s = current(experimentId, cueId, expectedVersion);
        segments.delete(s);
        announce(experimentId, cueId);
    }

    // --- run day ---------------------------------------------------------------------------------------------

    /**
     * An editor, or the partner guest who leads it (see {@link #markable}), starts a segment; a segment still running
     * before it is finished now.
     */
    public void markStarted(long experimentId, long cueId, long expectedVersion) {
        CueSegment s = markable(experimentId, cueId, expectedVersion);
        var now = clock.instant();
        List<Long> touched = new ArrayList<>(List.of(cueId));
        for (CueSegment o : segments.findByExperimentIdOrderByRankAscIdAsc(experimentId)) {
            if (o != s && o.getStartedAt() != null && o.getFinishedAt() == null
                    && o.getRank().compareTo(s.getRank()) < 0) {
                o.markFinished(now, me());
                touched.add(o.getId());
            }
        }
        s.markStarted(now, me());
        segments.flush();
        announce(experimentId, touched.toArray(Long[]::new));
    }

    public void markFinished(long experimentId, long cueId, long expectedVersion) {
        markable(experimentId, cueId, expectedVersion).markFinished(clock.instant(), me());
        segments.flush();
        announce(experimentId, cueId);
    }

    /** Undoes a mistaken mark: the segment is planned again. */
    public void clearMarks(long experimentId, long cueId, long expectedVersion) {
        markable(experimentId, cueId, expectedVersion).clearMarks(clock.instant(), me());
        segments.flush();
        announce(experimentId, cueId);
    }

    /**
     * Owners and planners mark every segment. A partner guest marks a segment whose lead is a roster name linked to
     * their account and to no other ({@link StaffRosterService#namesLinkedToMe}, read in this transaction); any other
     * segment is refused like every forbidden action. A lead is a name typed on the roster, and a guest chooses their
     * display name at sign-up, so only the link says that a guest is the lead (decision note 0067).
     */
    private CueSegment markable(long experimentId, long cueId, long expectedVersion) {
        MemberRole role = access.requireMember(experimentId);
        lockSheet(experimentId);
        CueSegment s = segments.findByIdAndExperimentId(cueId, experimentId)
                .orElseThrow(() -> new UserFacingException("runsheet.error.gone"));
        if (!role.canEdit() && roster.namesLinkedToMe(experimentId).stream()
                .noneMatch(name -> CueSheets.samePerson(name, s.getLead()))) {
            throw new AccessDeniedException("Only an editor or the linked lead marks segment " + cueId);
        }
        if (s.getVersion() != expectedVersion) {
            throw new ConflictException(s.getUpdatedByName(), s.getUpdatedAt());
        }
        return s;
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    static List<CueRow> rows(List<CueSegment> ordered, LocalTime dayStart) {
        List<CueRow> out = new ArrayList<>(ordered.size());
        // Minutes from the run day's midnight: past 24:00 the clock time wraps and the day count goes up.
        long at = dayStart.toSecondOfDay() / 60;
        int n = 1;
        for (CueSegment s : ordered) {
            long until = at + s.getMinutes();
            out.add(new CueRow(s.getId(), s.getVersion(), n++, LocalTime.MIN.plusMinutes(at),
                    LocalTime.MIN.plusMinutes(until), s.getMinutes(), s.getContent(), s.getLead(), s.getPlace(),
                    s.getMaterials(), s.getNotes(), s.getStartedAt(), s.getFinishedAt(), s.getMarkedByName(),
                    s.getUpdatedAt(), s.getUpdatedByName(), (int) (at / 1440), (int) (until / 1440)));
            at = until;
        }
        return out;
    }

    /** The sheet row, created on first write, locked for this transaction (parent first: one lock order). */
    private CueSheetRecord lockSheet(long experimentId) {
        return sheets.lock(experimentId).orElseGet(() -> {
            sheets.saveAndFlush(new CueSheetRecord(experimentId, DEFAULT_START, clock.instant(), me()));
            return sheets.lock(experimentId).orElseThrow();
        });
    }

    private CueSegment current(long experimentId, long cueId, long expectedVersion) {
        CueSegment s = segments.findByIdAndExperimentId(cueId, experimentId)
                .orElseThrow(() -> new UserFacingException("runsheet.error.gone"));
        if (s.getVersion() != expectedVersion) {
            throw new ConflictException(s.getUpdatedByName(), s.getUpdatedAt());
        }
        return s;
    }

    /**
     * Checks and trims a draft. The person in charge must be on the staff roster ({@code keptLead}: a name saved
     * before, allowed to stay even if the roster line was since removed).
     */
    private CueDraft validated(long experimentId, CueDraft d, @Nullable String keptLead) {
        List<String> errors = new ArrayList<>();
        String content = blank(d.content());
        if (content == null) {
            errors.add("runsheet.error.contentRequired");
        } else if (content.length() > 200) {
            errors.add("runsheet.error.tooLong");
        }
        if (d.minutes() == null || d.minutes() < 1 || d.minutes() > CueSheets.MAX_MINUTES) {
            errors.add("runsheet.error.minutes");
        }
        String lead = blank(d.lead());
        if (lead != null && !CueSheets.samePerson(lead, keptLead) && roster.roster(experimentId).stream()
                .noneMatch(r -> CueSheets.samePerson(r.person(), lead))) {
            errors.add("runsheet.error.leadNotOnRoster");
        }
        if (tooLong(d.place(), 100) || tooLong(d.materials(), 500) || tooLong(d.notes(), 1000)
                || tooLong(lead, 100)) {
            errors.add("runsheet.error.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors.stream().distinct().toList());
        }
        return new CueDraft(content, d.minutes(), lead, blank(d.place()), blank(d.materials()), blank(d.notes()));
    }

    private static boolean tooLong(@Nullable String s, int max) {
        return s != null && s.strip().length() > max;
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String me() {
        return currentUser.require().displayName();
    }

    private void announce(long experimentId, Long... ids) {
        events.publishEvent(LiveUpdate.of(experimentId, RunsheetLive.CUES, ids));
    }
}
