package kr.silheomjang.experiment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.collab.SharedReads;
import kr.silheomjang.experiment.internal.ActivityEntry;
import kr.silheomjang.experiment.internal.ActivityEntryRepository;
import kr.silheomjang.experiment.internal.ActivityLog;
import kr.silheomjang.experiment.internal.Experiment;
import kr.silheomjang.experiment.internal.ExperimentRules;
import kr.silheomjang.experiment.internal.ExperimentRepository;
import kr.silheomjang.experiment.internal.GuestOnlyAccountRepository;
import kr.silheomjang.experiment.internal.InvitationRepository;
import kr.silheomjang.experiment.internal.Member;
import kr.silheomjang.experiment.internal.MemberRepository;
import kr.silheomjang.experiment.internal.StageCheckWaiver;
import kr.silheomjang.experiment.internal.StageChecks;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.NotFoundOrDeniedException;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.Notable;

import org.jspecify.annotations.Nullable;

/**
 * Experiments and their members: the transaction and authorization boundary for everything the overview and the list
 * show. Every change is checked against the version the caller saw, recorded in the activity feed and announced live
 * after commit.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ExperimentService {

    private final ExperimentRepository experiments;
    private final MemberRepository members;
    private final ActivityEntryRepository activity;
    private final ActivityLog activityLog;
    private final ExperimentAccess access;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final GuestOnlyAccountRepository guestOnly;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StageChecks stageChecks;
    private final SharedReads sharedReads;
    private final InvitationRepository invitations;
    private final MemberRemoval removal;

    ExperimentService(ExperimentRepository experiments, MemberRepository members, ActivityEntryRepository activity,
            ActivityLog activityLog, ExperimentAccess access, CurrentUser currentUser, AccountService accounts,
            GuestOnlyAccountRepository guestOnly,
            ApplicationEventPublisher events, Clock clock, StageChecks stageChecks, SharedReads sharedReads,
            InvitationRepository invitations, MemberRemoval removal) {
        this.removal = removal;
        this.sharedReads = sharedReads;
        this.invitations = invitations;
        this.experiments = experiments;
        this.members = members;
        this.activity = activity;
        this.activityLog = activityLog;
        this.access = access;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.guestOnly = guestOnly;
        this.events = events;
        this.clock = clock;
        this.stageChecks = stageChecks;
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /** The experiments the caller belongs to, one page at a time (for a lazy grid). */
    @Transactional(readOnly = true)
    public List<ExperimentSummary> listMine(boolean includeArchived, int page, int pageSize) {
        return experiments.findSummaries(currentUser.require().id(), includeArchived, PageRequest.of(page, pageSize));
    }

    @Transactional(readOnly = true)
    public int countMine(boolean includeArchived) {
        return (int) experiments.countSummaries(currentUser.require().id(), includeArchived);
    }

    /**
     * The experiment as the caller may see it. Read once per change per node for the open pages of every viewer who
     * sees it alike (see {@link SharedReads}): editors share one read; partner guests share one read without anybody's
     * address, and each gets their own address added to it here, in memory.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public ExperimentDetails get(long experimentId) {
        MemberRole myRole = access.requireMember(experimentId);
        ExperimentDetails shared = sharedReads.get(new DetailsKey(experimentId, myRole),
                () -> readDetails(experimentId, myRole));
        return myRole.canEdit() ? shared : withOwnAddress(shared, currentUser.require());
    }

    private record DetailsKey(long experimentId, MemberRole role) {
    }

    /** A guest's copy: their own member row gets their address; everyone else's stays hidden (least privilege). */
    private static ExperimentDetails withOwnAddress(ExperimentDetails d, AppUser me) {
        List<MemberView> members = d.members().stream().map(m -> m.userId() == me.id()
                ? new MemberView(m.memberId(), m.userId(), m.displayName(), me.email(), m.role(), m.version())
                : m).toList();
        return new ExperimentDetails(d.id(), d.version(), d.title(), d.proposalText(), d.proposalUrl(),
                d.proposerName(), d.purpose(), d.planningStart(), d.eventDate(), d.followUpEnd(), d.stage(),
                d.archivedAt(), d.updatedAt(), d.updatedByName(), d.questions(), members, d.myRole(), d.guestScope());
    }

    private ExperimentDetails readDetails(long experimentId, MemberRole myRole) {
        Experiment e = experiments.findWithQuestions(experimentId)
                .orElseThrow(() -> new NotFoundOrDeniedException(experimentId));
        List<Member> memberRows = members.findByExperimentIdOrderByIdAsc(experimentId);
        Map<Long, AppUser> users = accounts.findByIds(memberRows.stream().map(Member::getUserId).toList());
        // Partner guests see the team by name and role; addresses only their own, added per guest (see get).
        List<MemberView> memberViews = memberRows.stream()
                .map(m -> {
                    AppUser u = users.get(m.getUserId());
                    String email = myRole.canEdit() ? u.email() : null;
                    return new MemberView(m.getId(), m.getUserId(), u.displayName(), email, m.getRole(),
                            m.getVersion());
                })
                .toList();
        List<QuestionView> questions = e.getQuestions().stream()
                .map(q -> new QuestionView(q.getId(), q.getSortOrder(), q.getText()))
                .toList();
        return new ExperimentDetails(e.getId(), e.getVersion(), e.getTitle(), e.getProposalText(), e.getProposalUrl(),
                e.getProposerName(), e.getPurpose(), e.getPlanningStart(), e.getEventDate(), e.getFollowUpEnd(),
                e.getStage(), e.getArchivedAt(), e.getUpdatedAt(), e.getUpdatedByName(), questions, memberViews,
                myRole, e.getGuestScope());
    }

    /**
     * The activity feed, newest first. Partner guests do not see the addresses of people invited. Nearly every change
     * adds a line, so every open overview re-reads it: viewers who see it alike share one read (see
     * {@link SharedReads}).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<ActivityView> activity(long experimentId, int page, int pageSize) {
        boolean editor = access.requireMember(experimentId).canEdit();
        return sharedReads.get(new ActivityKey(experimentId, editor, page, pageSize),
                () -> activity.findByExperimentIdOrderByCreatedAtDescIdDesc(experimentId,
                        PageRequest.of(page, pageSize)).stream().map(ActivityEntry::toView)
                        .map(v -> editor ? v : v.withoutAddresses()).toList());
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public int countActivity(long experimentId) {
        access.requireMember(experimentId);
        return sharedReads.get(new ActivityCountKey(experimentId),
                () -> (int) activity.countByExperimentId(experimentId));
    }

    private record ActivityKey(long experimentId, boolean editor, int page, int pageSize) {
    }

    private record ActivityCountKey(long experimentId) {
    }

    /**
     * The planning start, event day, follow-up end and creation of each experiment, for views across experiments. The
     * caller must be a member of every one (one query for the check, one for the dates).
     */
    @Transactional(readOnly = true)
    public List<ExperimentDates> dates(java.util.Collection<Long> experimentIds) {
        if (experimentIds.isEmpty()) {
            return List.of();
        }
        access.requireMemberOfAll(experimentIds);
        return experiments.dates(experimentIds);
    }

    /**
     * The stage history of each experiment from the activity feed, oldest first: its creation, then every stage move
     * (forward or back). The caller must be a member of every one. Partner guests see it too: stage moves are no
     * personal data.
     */
    @Transactional(readOnly = true)
    public List<StageMove> stageMoves(java.util.Collection<Long> experimentIds) {
        if (experimentIds.isEmpty()) {
            return List.of();
        }
        access.requireMemberOfAll(experimentIds);
        List<StageMove> moves = new java.util.ArrayList<>();
        for (Object[] row : activity.history(experimentIds,
                List.of(ActivityAction.EXPERIMENT_CREATED, ActivityAction.STAGE_CHANGED))) {
            long id = (Long) row[0];
            Instant at = (Instant) row[3];
            if (row[1] == ActivityAction.EXPERIMENT_CREATED) {
                moves.add(new StageMove(id, null, null, at));
                continue;
            }
            // detail: FROM>TO, optionally followed by |open items|reason.
            String detail = (String) row[2];
            String move = detail == null ? "" : detail.split("\\|", 2)[0];
            int arrow = move.indexOf('>');
            if (arrow < 0) {
                continue;
            }
            try {
                moves.add(new StageMove(id, Stage.valueOf(move.substring(0, arrow)),
                        Stage.valueOf(move.substring(arrow + 1)), at));
            } catch (IllegalArgumentException unknownStage) {
                // An entry written by a version with other stage names: not part of this history.
            }
        }
        return moves;
    }

    // --- writing ---------------------------------------------------------------------------------------------

    /** Whether the caller may start experiments ({@link ExperimentAccess#mayStartExperiments}). */
    @Transactional(readOnly = true)
    public boolean canCreate() {
        return access.mayStartExperiments();
    }

    /** Starts an experiment; the creator becomes its owner. */
    public long create(ExperimentDraft draft) {
        if (!canCreate()) {
            throw new AccessDeniedException("Partner guests cannot start experiments");
        }
        ExperimentRules.validate(draft, LocalDate.now(clock), null);
        AppUser me = currentUser.require();
        Instant now = clock.instant();
        Experiment e = new Experiment(now, me.displayName());
        e.apply(draft);
        experiments.save(e);
        members.save(new Member(e.getId(), me.id(), MemberRole.OWNER, now));
        activityLog.record(e.getId(), me, ActivityAction.EXPERIMENT_CREATED, e.getTitle());
        events.publishEvent(new ExperimentCreated(e.getId(), me.id(), e.getEventDate()));
        // Every node hears of the new experiment (and what was seeded with it), e.g. for its search index.
        announce(e.getId(), WorkspaceLive.EXPERIMENT);
        membershipChanged(me.id(), e.getId());
        return e.getId();
    }

    /**
     * Saves the draft if nobody saved the experiment since {@code expectedVersion}; otherwise refuses with who changed
     * it, and nothing is written.
     */
    public void update(long experimentId, long expectedVersion, ExperimentDraft draft) {
        access.requireEditor(experimentId);
        Experiment e = load(experimentId, expectedVersion);
        ExperimentRules.validate(draft, LocalDate.now(clock), e.toDraft());
        List<String> changed = draft.changedFields(e.toDraft());
        if (changed.isEmpty()) {
            return;
        }
        LocalDate before = e.getEventDate();
        e.apply(draft);
        if (before != null && e.getEventDate() != null && !before.equals(e.getEventDate())) {
            events.publishEvent(new EventDayMoved(experimentId, before, e.getEventDate()));
        }
        recordChange(e, ActivityAction.EXPERIMENT_UPDATED, String.join(",", changed));
    }

    /** Moves to another stage; see {@link #moveStage(long, long, Stage, String)} (here without a reason). */
    public void moveStage(long experimentId, long expectedVersion, Stage target) {
        moveStage(experimentId, expectedVersion, target, null);
    }

    /**
     * Moves to another stage. Moving back is always allowed; moving forward past items still open (neither done nor
     * marked "해당 없음") needs a reason, which the activity feed records with the open items. Both are recorded.
     */
    public void moveStage(long experimentId, long expectedVersion, Stage target, @Nullable String reason) {
        access.requireEditor(experimentId);
        if (target == null) {
            throw new UserFacingException("guide.error.stageRequired");
        }
        Experiment e = load(experimentId, expectedVersion);
        if (e.getStage() == target) {
            return;
        }
        String detail = e.getStage().name() + ">" + target.name();
        if (target.ordinal() > e.getStage().ordinal()) {
            Stage from = e.getStage();
            List<String> open = stageChecks.items(experimentId, from, e.getEventDate()).stream()
                    .filter(i -> i.open() && i.stage().ordinal() >= from.ordinal()
                            && i.stage().ordinal() < target.ordinal())
                    .map(StageCheckItem::key).toList();
            String why = Texts.stripToNull(reason);
            if (!open.isEmpty() && why == null) {
                throw new UserFacingException("guide.error.reasonForOpen");
            }
            if (why != null && why.length() > StageCheckWaiver.MAX_REASON) {
                throw new UserFacingException("guide.error.reasonTooLong");
            }
            if (!open.isEmpty()) {
                detail += "|" + String.join(",", open) + "|" + why;
            }
        }
        e.setStage(target);
        recordChange(e, ActivityAction.STAGE_CHANGED, detail);
        AppUser me = currentUser.require();
        events.publishEvent(new Notable(Notable.Kind.STAGE_MOVED, experimentId, me.id(), me.displayName(),
                List.of(), experimentId, target.name()));
    }

    public void setArchived(long experimentId, long expectedVersion, boolean archived) {
        access.requireOwnerEvenWhenClosed(experimentId);
        Experiment e = load(experimentId, expectedVersion);
        if ((e.getArchivedAt() != null) == archived) {
            return;
        }
        e.setArchivedAt(archived ? clock.instant() : null);
        recordChange(e, archived ? ActivityAction.ARCHIVED : ActivityAction.RESTORED, null);
    }

    /**
     * The owner closes the experiment once the follow-up is done: from then on every feature's writes are refused
     * (ExperimentAccess), for everyone; reading and exports go on. There is no reopening: a closed experiment is the
     * record of what was done.
     */
    public void close(long experimentId, long expectedVersion) {
        access.requireOwner(experimentId);
        Experiment e = load(experimentId, expectedVersion);
        Instant now = clock.instant();
        e.close(now, currentUser.require().displayName());
        // Nobody joins a closed experiment, and once closed its owner could no longer revoke what is pending.
        invitations.findPending(experimentId, now).forEach(i -> i.revoke(now));
        recordChange(e, ActivityAction.CLOSED, null);
    }

    /**
     * An owner's action in a feature recorded in the activity feed (the budget's 결산 마감 and reopening), written in
     * the caller's transaction after the feature's own checks; owners only.
     */
    public void recordActivity(long experimentId, ActivityAction action) {
        access.requireOwner(experimentId);
        activityLog.record(experimentId, currentUser.require(), action, "");
    }

    /** When and by whom the experiment was closed; null while it is open. Every member reads. */
    @Transactional(readOnly = true)
    public @org.jspecify.annotations.Nullable Closing closing(long experimentId) {
        access.requireMember(experimentId);
        Experiment e = experiments.findById(experimentId).orElseThrow(() -> new NotFoundOrDeniedException(experimentId));
        return e.getClosedAt() == null ? null : new Closing(e.getClosedAt(), e.getClosedByName());
    }

    /**
     * Changes a member's role; {@code expectedVersion} is the member's version the owner's list showed. A role
     * changed since by another owner is a conflict naming them, never overwritten.
     */
    public void changeRole(long experimentId, long memberId, long expectedVersion, MemberRole role) {
        access.requireOwner(experimentId);
        // Two owners demoting each other at once would each count two owners: the row lock makes them take turns.
        experiments.lockRow(experimentId);
        Member m = member(experimentId, memberId);
        if (m.getVersion() != expectedVersion) {
            throw new ConflictException(m.getUpdatedByName() == null ? "?" : m.getUpdatedByName(),
                    m.getUpdatedAt());
        }
        if (m.getRole() == role) {
            return;
        }
        refuseIfLastOwner(m);
        AppUser me = currentUser.require();
        m.changeRole(role, clock.instant(), me.displayName());
        if (role.canEdit()) {
            guestOnly.deleteById(m.getUserId());
        }
        activityLog.record(experimentId, me, ActivityAction.MEMBER_ROLE_CHANGED, nameOf(m) + "|" + role.name());
        announce(experimentId, WorkspaceLive.MEMBERS);
        membershipChanged(m.getUserId(), experimentId);
    }

    /**
     * Removes a member. Their open views are told at once and stop receiving anything of this experiment; features drop
     * their links to the member in the same transaction ({@link MemberRemoved}).
     */
    public void removeMember(long experimentId, long memberId) {
        access.requireOwner(experimentId);
        experiments.lockRow(experimentId); // as in changeRole: the last owner stays
        Member m = member(experimentId, memberId);
        refuseIfLastOwner(m);
        removal.remove(m, currentUser.require(), ActivityAction.MEMBER_REMOVED, nameOf(m));
    }


    /**
     * Owner: what partner guests may see of the participants beyond names and statuses. Recorded in the activity feed;
     * every open view re-reads and shows or drops the details at once.
     */
    public void setGuestScope(long experimentId, long expectedVersion, GuestScope scope) {
        access.requireOwner(experimentId);
        if (scope == null) {
            throw new UserFacingException("error.guestScope.required");
        }
        Experiment e = load(experimentId, expectedVersion);
        if (e.getGuestScope().equals(scope)) {
            return;
        }
        e.setGuestScope(scope);
        recordChange(e, ActivityAction.GUEST_SCOPE_CHANGED, scope.detail());
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private Experiment load(long experimentId, long expectedVersion) {
        experiments.lockRow(experimentId);
        Experiment e = experiments.findWithQuestions(experimentId)
                .orElseThrow(() -> new NotFoundOrDeniedException(experimentId));
        if (e.getVersion() != expectedVersion) {
            throw new ConflictException(e.getUpdatedByName(), e.getUpdatedAt());
        }
        return e;
    }

    /** Who saved last and when (for conflict messages), the audit record, and the live announcement. */
    private void recordChange(Experiment e, ActivityAction action, String detail) {
        AppUser me = currentUser.require();
        e.touch(clock.instant(), me.displayName());
        activityLog.record(e.getId(), me, action, detail);
        announce(e.getId(), WorkspaceLive.EXPERIMENT);
    }

    /** An experiment always keeps an owner. */
    private void refuseIfLastOwner(Member m) {
        if (m.getRole() == MemberRole.OWNER
                && members.countByExperimentIdAndRole(m.getExperimentId(), MemberRole.OWNER) <= 1) {
            throw new UserFacingException("error.member.lastOwner");
        }
    }

    private Member member(long experimentId, long memberId) {
        return members.findById(memberId)
                .filter(m -> m.getExperimentId() == experimentId)
                .orElseThrow(() -> new UserFacingException("error.member.notFound"));
    }

    private String nameOf(Member m) {
        AppUser u = accounts.findByIds(List.of(m.getUserId())).get(m.getUserId());
        return u == null ? "?" : u.displayName();
    }

    private void announce(long experimentId, WorkspaceLive kind) {
        events.publishEvent(LiveUpdate.of(experimentId, kind));
    }

    /** Tells the person's own open pages (portfolio, list) that their set of experiments changed. */
    private void membershipChanged(long userId, long experimentId) {
        events.publishEvent(LiveUpdate.of(LiveUpdate.personTopic(userId), WorkspaceLive.MEMBERSHIPS, experimentId));
    }
}
