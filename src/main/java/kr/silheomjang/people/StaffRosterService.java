package kr.silheomjang.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.SharedReads;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.people.internal.PeopleAudit;
import kr.silheomjang.people.internal.StaffAssignment;
import kr.silheomjang.people.internal.StaffAssignmentRepository;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;

/** The 역할분담표: who does which role, when and where on the day. A person booked in two places at once is flagged. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class StaffRosterService {


    private final StaffAssignmentRepository assignments;
    private final ExperimentAccess access;
    private final kr.silheomjang.security.CurrentUser currentUser;
    private final PeopleAudit audit;
    private final Clock clock;
    private final SharedReads sharedReads;

    StaffRosterService(StaffAssignmentRepository assignments, ExperimentAccess access,
            kr.silheomjang.security.CurrentUser currentUser, PeopleAudit audit, Clock clock, SharedReads sharedReads) {
        this.sharedReads = sharedReads;
        this.assignments = assignments;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The whole roster in time order, each line with the lines of the same person that overlap it. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<StaffRow> roster(long experimentId) {
        boolean contacts = access.requireMember(experimentId).canEdit();
        // Alike for every viewer who may (or may not) see contacts: one read per change per node (SharedReads).
        return sharedReads.get(new RosterKey(experimentId, contacts), () -> readRoster(experimentId, contacts));
    }

    private record RosterKey(long experimentId, boolean contacts) {
    }

    private List<StaffRow> readRoster(long experimentId, boolean contacts) {
        List<StaffAssignment> all = assignments.findByExperimentIdOrderBySlotDateAscStartTimeAscIdAsc(experimentId);
        List<StaffRow> rows = new ArrayList<>(all.size());
        for (StaffAssignment a : all) {
            List<String> clashes = new ArrayList<>();
            for (StaffAssignment b : all) {
                if (b != a && overlaps(a, b)) {
                    clashes.add(b.getRoleName() + (b.getArea() == null ? "" : " · " + b.getArea()) + " "
                            + b.getStartTime() + "–" + b.getEndTime());
                }
            }
            rows.add(new StaffRow(a.getId(), a.getVersion(), a.getRoleName(), a.getPersonName(), a.getSlotDate(),
                    a.getStartTime(), a.getEndTime(), a.getArea(), a.getDuties(), contacts ? a.getContact() : null,
                    clashes, a.getUpdatedAt(), a.getUpdatedByName()));
        }
        return List.copyOf(rows);
    }

    public long add(long experimentId, StaffDraft draft) {
        access.requireEditor(experimentId);
        StaffDraft d = validated(draft);
        StaffAssignment a = new StaffAssignment(experimentId);
        a.apply(d, clock.instant(), currentUser.require().displayName());
        assignments.save(a);
        audit.announce(experimentId, PeopleLive.STAFF, List.of(a.getId()));
        return a.getId();
    }

    public void update(long experimentId, long assignmentId, long expectedVersion, StaffDraft draft) {
        access.requireEditor(experimentId);
        StaffAssignment a = load(experimentId, assignmentId);
        if (a.getVersion() != expectedVersion) {
            throw new ConflictException(a.getUpdatedByName(), a.getUpdatedAt());
        }
        a.apply(validated(draft), clock.instant(), currentUser.require().displayName());
        assignments.flush();
        audit.announce(experimentId, PeopleLive.STAFF, List.of(a.getId()));
    }

    public void remove(long experimentId, long assignmentId, long expectedVersion) {
        access.requireEditor(experimentId);
        StaffAssignment a = load(experimentId, assignmentId);
        if (a.getVersion() != expectedVersion) {
            throw new ConflictException(a.getUpdatedByName(), a.getUpdatedAt());
        }
        assignments.delete(a);
        audit.announce(experimentId, PeopleLive.STAFF, List.of(assignmentId));
    }

    /** Same person (ignoring case and spaces), same day, time ranges that intersect. */
    static boolean overlaps(StaffAssignment a, StaffAssignment b) {
        return key(a.getPersonName()).equals(key(b.getPersonName())) && a.getSlotDate().equals(b.getSlotDate())
                && a.getStartTime().isBefore(b.getEndTime()) && b.getStartTime().isBefore(a.getEndTime());
    }

    private static String key(String name) {
        return name.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private StaffAssignment load(long experimentId, long id) {
        return assignments.findById(id).filter(a -> a.getExperimentId() == experimentId)
                .orElseThrow(() -> new UserFacingException("people.error.notFound"));
    }

    static StaffDraft validated(StaffDraft d) {
        List<String> errors = new ArrayList<>();
        if (d.role() == null || d.role().isBlank()) {
            errors.add("people.staff.error.roleRequired");
        } else if (d.role().strip().length() > 50) {
            errors.add("people.error.textTooLong");
        }
        if (d.person() == null || d.person().isBlank()) {
            errors.add("people.staff.error.personRequired");
        } else if (d.person().strip().length() > 100) {
            errors.add("people.error.textTooLong");
        }
        if (d.date() == null || d.start() == null || d.end() == null) {
            errors.add("people.staff.error.slotRequired");
        } else if (!d.end().isAfter(d.start())) {
            errors.add("people.staff.error.endBeforeStart");
        }
        if (tooLong(d.area(), 100) || tooLong(d.duties(), 1000) || tooLong(d.contact(), 100)) {
            errors.add("people.error.textTooLong");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors.stream().distinct().toList());
        }
        return new StaffDraft(d.role().strip(), d.person().strip(), d.date(), d.start(), d.end(), blank(d.area()),
                blank(d.duties()), blank(d.contact()));
    }

    private static boolean tooLong(String s, int max) {
        return s != null && s.strip().length() > max;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
