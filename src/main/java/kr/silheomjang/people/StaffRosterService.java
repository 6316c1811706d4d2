package kr.silheomjang.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.SharedReads;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.ExperimentDraft;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.people.internal.PeopleAudit;
import kr.silheomjang.people.internal.StaffAssignment;
import kr.silheomjang.people.internal.StaffAssignmentRepository;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;

/**
 * The 역할분담표: who does which role, when and where on the day. A person booked in two places at once is flagged.
 * A line may be linked to the account of one of the experiment's members: a linked partner guest marks the run-sheet
 * segments led by the line's name (decision note 0067, second "Later"); owners and planners set the link.
 */
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
    private final ExperimentService experiments;

    StaffRosterService(StaffAssignmentRepository assignments, ExperimentAccess access,
            kr.silheomjang.security.CurrentUser currentUser, PeopleAudit audit, Clock clock, SharedReads sharedReads,
            ExperimentService experiments) {
        this.sharedReads = sharedReads;
        this.experiments = experiments;
        this.assignments = assignments;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The whole roster in time order, each line with the lines of the same person that overlap it. Contacts and links
     * to accounts are the editors' (partner guests get both null).
     */
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
                    contacts ? a.getMemberUserId() : null, clashes, a.getUpdatedAt(), a.getUpdatedByName()));
        }
        return List.copyOf(rows);
    }

    /**
     * The names on the roster the caller answers for on the run day: the names of the lines linked to the caller's
     * account, leaving out a name (spaces and case ignored) that a line linked to another account has too, since then
     * the roster does not say which of the two leads a segment of that name. Empty when nothing is linked to the caller.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Set<String> namesLinkedToMe(long experimentId) {
        access.requireMember(experimentId);
        long me = currentUser.require().id();
        // The links are alike for every viewer: one read per change per node; what is the caller's is picked here.
        List<Link> links = sharedReads.get(new LinksKey(experimentId), () -> readLinks(experimentId));
        Set<String> mine = new LinkedHashSet<>();
        for (Link l : links) {
            if (l.userId() == me && links.stream()
                    .noneMatch(o -> o.userId() != me && key(o.person()).equals(key(l.person())))) {
                mine.add(l.person());
            }
        }
        return Set.copyOf(mine);
    }

    private record LinksKey(long experimentId) {
    }

    private record Link(String person, long userId) {
    }

    private List<Link> readLinks(long experimentId) {
        return assignments.links(experimentId).stream().map(r -> new Link((String) r[0], (Long) r[1])).toList();
    }

    /**
     * The members a line can be linked to, for the staff dialog's picker: every current member (owner, planner,
     * partner guest) by display name and role, in joining order, without addresses.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<LinkableAccount> linkableAccounts(long experimentId) {
        access.requireEditor(experimentId);
        return experiments.get(experimentId).members().stream()
                .map(m -> new LinkableAccount(m.userId(), m.displayName(), m.role())).toList();
    }

    public long add(long experimentId, StaffDraft draft) {
        access.requireEditor(experimentId);
        StaffDraft d = validated(draft, LocalDate.now(clock.withZone(kr.silheomjang.Application.ZONE)));
        requireLinkable(experimentId, d.memberUserId());
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
        StaffDraft d = validated(draft, LocalDate.now(clock.withZone(kr.silheomjang.Application.ZONE)));
        requireLinkable(experimentId, d.memberUserId());
        a.apply(d, clock.instant(), currentUser.require().displayName());
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

    /**
     * A line is linked only to a member of its own experiment. The membership row stays locked until the save commits,
     * so a removal of that member meanwhile waits and then clears the link (StaffLinkCleanup) instead of missing it.
     */
    private void requireLinkable(long experimentId, @org.jspecify.annotations.Nullable Long userId) {
        if (userId != null && !access.lockMembership(experimentId, userId)) {
            throw new UserFacingException("people.staff.error.notMember");
        }
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

    /**
     * {@code today}: a shift lies in the years an experiment's own dates may (ExperimentDraft: ten back, five ahead);
     * a 1900 or 9999 date is a slip of the picker.
     */
    static StaffDraft validated(StaffDraft d, LocalDate today) {
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
        } else if (d.date().isBefore(ExperimentDraft.earliestDate(today))
                || d.date().isAfter(ExperimentDraft.latestDate(today))) {
            errors.add("people.staff.error.dateRange");
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
                blank(d.duties()), blank(d.contact()), d.memberUserId());
    }

    private static boolean tooLong(String s, int max) {
        return s != null && s.strip().length() > max;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
