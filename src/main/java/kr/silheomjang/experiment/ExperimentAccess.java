package kr.silheomjang.experiment;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.internal.Experiment;
import kr.silheomjang.experiment.internal.ExperimentRepository;
import kr.silheomjang.experiment.internal.GuestOnlyAccountRepository;
import kr.silheomjang.experiment.internal.MemberRepository;
import kr.silheomjang.security.AdministratorService;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.NotFoundOrDeniedException;
import kr.silheomjang.shared.UserFacingException;

/**
 * The per-experiment membership check every feature's service runs before it reads or writes anything of an
 * experiment. Non-members get the same answer whether the experiment exists or not.
 *
 * <p>Reads are checked many times per change (every open view re-reads), so roles and guest scopes are kept per node
 * for up to a minute and dropped the moment membership or the experiment changes: at once on the node that made the
 * change (when it is announced and again after it commits), through the live-update bus on every other node (and,
 * should the bus not carry it, within seconds through each node's {@link AccessRecheck} of its open pages and of the
 * roles and guest scopes it keeps). Writes (any read-write transaction) always check the database. A removed
 * member's open views leave on the removal itself.
 */
@Component
public class ExperimentAccess {

    private static final long KEEP_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final int MAX_ENTRIES = 20_000;

    private final MemberRepository members;
    private final ExperimentRepository experiments;
    private final CurrentUser currentUser;
    private final AdministratorService administrators;
    private final LiveUpdateBus bus;
    private final GuestOnlyAccountRepository guestOnly;

    private record Key(long experimentId, long userId) {
    }

    /** A kept value, until when, and the bus's link epoch when it was read (another epoch: not to be served). */
    private record Kept<T>(Optional<T> value, long until, long linkEpoch) {
    }

    private final Map<Key, Kept<MemberRole>> roles = new ConcurrentHashMap<>();
    private final Map<Long, Kept<GuestScope>> scopes = new ConcurrentHashMap<>();
    private final Map<Key, Kept<Boolean>> startsExperiments = new ConcurrentHashMap<>();
    /**
     * Bumped each time {@link AccessRecheck} takes what is kept to compare: a read that raced with that is not kept,
     * since the comparison could not see it.
     */
    private final AtomicLong checks = new AtomicLong();
    /** Bumped on every invalidation, so a read that raced with one is not kept. */
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<Long, LiveUpdateBus.Subscription> watched = new ConcurrentHashMap<>();

    ExperimentAccess(MemberRepository members, ExperimentRepository experiments, CurrentUser currentUser,
            AdministratorService administrators, LiveUpdateBus bus, GuestOnlyAccountRepository guestOnly) {
        this.guestOnly = guestOnly;
        this.members = members;
        this.experiments = experiments;
        this.currentUser = currentUser;
        this.administrators = administrators;
        this.bus = bus;
        // Removals made on other nodes while the link was down never arrived: what was kept is not served once the
        // link's epoch changed (see kept); forgetting it all here only frees the room.
        bus.onConnection(connected -> forgetAll());
    }

    /**
     * Whether the caller may start experiments, and so work on what the organisation shares before an experiment
     * exists (the proposal pool): everyone except accounts that only ever were partner guests (they came in through a
     * guest invitation and never held an owner's or planner's role, even if every membership of theirs was since
     * removed). Organisation administrators always may.
     */
    public boolean mayStartExperiments() {
        long me = currentUser.require().id();
        return !guestOnly.existsById(me) || members.existsByUserIdAndRoleNot(me, MemberRole.PARTNER_GUEST)
                || administrators.isAdministrator();
    }

    /**
     * {@link #mayStartExperiments} for choosing where a link in an experiment's pages points (the overview's topic
     * block asks on every change of every open overview): kept as roles are, and dropped with them on the experiment's
     * membership changes. It only picks a link; whatever the link opens checks again, uncached.
     */
    public boolean mayStartExperimentsForLinksIn(long experimentId) {
        long userId = currentUser.require().id();
        return kept(startsExperiments, new Key(experimentId, userId), experimentId,
                () -> Optional.of(mayStartExperiments())).orElse(false);
    }

    /** Refuses accounts that may not start experiments (see {@link #mayStartExperiments}). */
    public void requireMayStartExperiments() {
        if (!mayStartExperiments()) {
            throw new AccessDeniedException("Guest-only accounts do not see what the organisation shares");
        }
    }

    /**
     * The caller's role in the experiment; denies non-members. Inside a writing transaction a closed experiment is
     * refused too ({@code error.experiment.closed}): closed means read-only for everyone, whatever feature writes,
     * while reads and exports (read-only transactions) go on.
     */
    public MemberRole requireMember(long experimentId) {
        MemberRole role = requireMemberEvenWhenClosed(experimentId);
        if (writing() && experiments.closedAt(experimentId).isPresent()) {
            throw new UserFacingException("error.experiment.closed");
        }
        return role;
    }

    /**
     * Whether the experiment is closed, for the anonymous paths that write into it (answering a survey by its token):
     * they hold no membership to check, but a closed experiment takes no more answers either. Says nothing else.
     */
    public boolean isClosed(long experimentId) {
        return experiments.closedAt(experimentId).isPresent();
    }

    /**
     * Membership only, for the few writes a closed experiment still takes: archiving it, and erasing a person's data
     * on request (the law does not wait for a reopening).
     */
    public MemberRole requireMemberEvenWhenClosed(long experimentId) {
        long userId = currentUser.require().id();
        return kept(roles, new Key(experimentId, userId), experimentId,
                () -> members.findByExperimentIdAndUserId(experimentId, userId).map(m -> m.getRole()))
                .orElseThrow(() -> new NotFoundOrDeniedException(experimentId));
    }

    /** An owner or planner, also of a closed experiment (see {@link #requireMemberEvenWhenClosed}). */
    public MemberRole requireEditorEvenWhenClosed(long experimentId) {
        MemberRole role = requireMemberEvenWhenClosed(experimentId);
        if (!role.canEdit()) {
            throw new AccessDeniedException("Role " + role + " may not do this in experiment " + experimentId);
        }
        return role;
    }

    /** An owner, also of a closed experiment (see {@link #requireMemberEvenWhenClosed}). */
    public MemberRole requireOwnerEvenWhenClosed(long experimentId) {
        MemberRole role = requireMemberEvenWhenClosed(experimentId);
        if (role != MemberRole.OWNER) {
            throw new AccessDeniedException("Role " + role + " may not do this in experiment " + experimentId);
        }
        return role;
    }

    private static boolean writing() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /**
     * The caller's role in every experiment they belong to, read from the database on each call (no cache): for reads
     * across experiments (search), which filter by these ids and give partner guests their narrower view.
     */
    public Map<Long, MemberRole> myRoles() {
        long userId = currentUser.require().id();
        Map<Long, MemberRole> out = new java.util.HashMap<>();
        members.findByUserId(userId).forEach(m -> out.put(m.getExperimentId(), m.getRole()));
        return Map.copyOf(out);
    }

    /**
     * For reads of many experiments at once (the experiment list's health): denies unless the caller is a member of
     * every one. One query, not one per experiment.
     */
    public void requireMemberOfAll(java.util.Collection<Long> experimentIds) {
        long userId = currentUser.require().id();
        java.util.Set<Long> distinct = java.util.Set.copyOf(experimentIds);
        if (!distinct.isEmpty() && members.countMemberships(userId, distinct) != distinct.size()) {
            throw new NotFoundOrDeniedException(distinct.iterator().next());
        }
    }

    /**
     * What the caller may see of the people the experiment involves beyond names, groups and statuses: everything for
     * owners and planners, for partner guests what the owner turned on (nothing by default). Denies non-members.
     * Services that return personal data apply it before the data leaves them, so it never reaches a guest's view.
     */
    public GuestScope visibleDetails(long experimentId) {
        if (requireMember(experimentId).canEdit()) {
            return GuestScope.ALL;
        }
        return kept(scopes, experimentId, experimentId,
                () -> experiments.findById(experimentId).map(Experiment::getGuestScope)).orElse(GuestScope.NONE);
    }

    /**
     * Whether the account {@code userId} is a member of the experiment now, read from the database: for a write that
     * records a link to another member (a staff-roster line linked to an account). Inside a writing transaction the
     * membership row is locked until it ends, so the write and the member's removal take turns: a removal waits for
     * the link to commit and then clears it ({@link MemberRemoved}), or the write waits for the removal and is refused.
     * Checks nothing of the caller: the caller's service does that first.
     */
    public boolean lockMembership(long experimentId, long userId) {
        return writing() ? members.lockMember(experimentId, userId).isPresent()
                : members.findByExperimentIdAndUserId(experimentId, userId).isPresent();
    }

    /** Owners and planners. */
    public MemberRole requireEditor(long experimentId) {
        return requireRole(experimentId, Set.of(MemberRole.OWNER, MemberRole.PLANNER));
    }

    public MemberRole requireOwner(long experimentId) {
        return requireRole(experimentId, Set.of(MemberRole.OWNER));
    }

    /**
     * For changes to what every experiment of the installation shares (templates): a member of the experiment the
     * change is made from, who is also an organisation administrator. Owning one experiment is not enough.
     */
    public MemberRole requireMemberAndAdministrator(long experimentId) {
        MemberRole role = requireMember(experimentId);
        administrators.requireAdministrator();
        return role;
    }

    private MemberRole requireRole(long experimentId, Set<MemberRole> allowed) {
        MemberRole role = requireMember(experimentId);
        if (!allowed.contains(role)) {
            throw new AccessDeniedException("Role " + role + " may not do this in experiment " + experimentId);
        }
        return role;
    }

    /** Membership or the experiment changed here: forget now, and again once the change committed. */
    @EventListener
    void onChange(LiveUpdate update) {
        if (!changesAccess(update)) {
            return;
        }
        forget(update.experimentId());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(update.experimentId());
                }
            });
        }
    }

    private static boolean changesAccess(LiveUpdate u) {
        return u.is(WorkspaceLive.MEMBERS) || u.is(WorkspaceLive.MEMBER_REMOVED) || u.is(WorkspaceLive.EXPERIMENT);
    }

    private <K, T> Optional<T> kept(Map<K, Kept<T>> cache, K key, long experimentId,
            java.util.function.Supplier<Optional<T>> read) {
        boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        // Without the link to the other nodes their membership changes would not reach this cache: read each time.
        // The epoch is read after "connected": a link just back has a new epoch by then, so nothing kept before it
        // (when a removal on another node may have gone unheard) is served.
        if (writing || !bus.connected()) {
            return read.get();
        }
        long epoch = bus.linkEpoch();
        long now = System.nanoTime();
        Kept<T> k = cache.get(key);
        if (k != null && now - k.until() < 0 && k.linkEpoch() == epoch) {
            return k.value();
        }
        watch(experimentId);
        long generation = generation(experimentId).get();
        long check = checks.get();
        Optional<T> value = read.get();
        if (generation(experimentId).get() == generation && checks.get() == check) {
            if (cache.size() > MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(key, new Kept<>(value, now + KEEP_NANOS, epoch));
        }
        return value;
    }

    /** Other nodes' changes arrive through the bus; one subscription per experiment this node checked. */
    private void watch(long experimentId) {
        watched.computeIfAbsent(experimentId, id -> bus.subscribe(id, u -> {
            if (changesAccess(u)) {
                forget(id);
            }
        }));
    }

    private AtomicLong generation(long experimentId) {
        return generations.computeIfAbsent(experimentId, id -> new AtomicLong());
    }

    private void forgetAll() {
        generations.values().forEach(AtomicLong::incrementAndGet);
        scopes.clear();
        roles.clear();
        startsExperiments.clear();
    }

    /** Drops what is kept of one experiment (also for {@link AccessRecheck}). */
    void forget(long experimentId) {
        generation(experimentId).incrementAndGet();
        scopes.remove(experimentId);
        roles.keySet().removeIf(k -> k.experimentId() == experimentId);
        startsExperiments.keySet().removeIf(k -> k.experimentId() == experimentId);
    }

    /**
     * What is kept, by experiment: each user's role (empty: kept as no member) and the guest scope, when kept. For
     * {@link AccessRecheck}, which compares it with the database.
     */
    record KeptAccess(Map<Long, Optional<MemberRole>> roles, Optional<GuestScope> guestScope) {

        /** Whether any of it differs from the experiment's memberships and guest scope as read now. */
        boolean differsFrom(Map<Long, MemberRole> currentRoles, GuestScope currentScope) {
            return roles.entrySet().stream()
                    .anyMatch(e -> e.getValue().orElse(null) != currentRoles.get(e.getKey()))
                    || guestScope.isPresent() && !guestScope.get().equals(currentScope);
        }
    }

    /** The experiments of which a role or guest scope is kept and may still be served. */
    Set<Long> keptExperiments() {
        dropUnservable();
        Set<Long> ids = new java.util.HashSet<>(scopes.keySet());
        roles.keySet().forEach(k -> ids.add(k.experimentId()));
        return ids;
    }

    /**
     * What is kept now, for comparing with what {@link AccessRecheck} read just before. A read that began before this
     * call is not kept after it (see {@link #kept}): it may have begun before the database read it is compared with.
     */
    Map<Long, KeptAccess> keptForComparison() {
        checks.incrementAndGet();
        dropUnservable();
        Map<Long, Map<Long, Optional<MemberRole>>> keptRoles = new java.util.HashMap<>();
        roles.forEach((key, kept) -> keptRoles.computeIfAbsent(key.experimentId(), id -> new java.util.HashMap<>())
                .put(key.userId(), kept.value()));
        Map<Long, KeptAccess> out = new java.util.HashMap<>();
        keptRoles.forEach((id, byUser) -> out.put(id, new KeptAccess(byUser, Optional.empty())));
        // An experiment kept as missing has no guest scope: the recheck reads none for it either (NONE).
        scopes.forEach((id, kept) -> out.merge(id,
                new KeptAccess(Map.of(), Optional.of(kept.value().orElse(GuestScope.NONE))),
                (had, scope) -> new KeptAccess(had.roles(), scope.guestScope())));
        return out;
    }

    /** Expired, or read before the link's epoch changed: never served again, so neither compared nor read along. */
    private void dropUnservable() {
        long now = System.nanoTime();
        long epoch = bus.linkEpoch();
        roles.values().removeIf(k -> now - k.until() >= 0 || k.linkEpoch() != epoch);
        scopes.values().removeIf(k -> now - k.until() >= 0 || k.linkEpoch() != epoch);
    }

    /** For tests: how many roles this node keeps. */
    int keptRoles() {
        return roles.size();
    }
}
