package kr.silheomjang.experiment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.PresenceRegistry;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.internal.ExperimentRepository;
import kr.silheomjang.experiment.internal.MemberRepository;

/**
 * With several nodes, a membership change made on a node cut off from Redis is not heard by the others until that
 * node's link is back. So each node reads, every few seconds, the memberships and guest scopes of the experiments it
 * has pages of open (two queries, whatever the number of pages) and tells its own views what changed: a viewer who is
 * no longer a member gets {@link WorkspaceLive#MEMBER_REMOVED} (the page leaves), any other change of roles or guest
 * scope drops what {@link ExperimentAccess} keeps and makes the pages read again. The first look at an experiment has
 * nothing to compare with, and the pages may have read a role kept from before: it drops what is kept and has them
 * read once more. What is kept of an experiment whose last page here closed is dropped too. The roles and guest scope
 * kept of an experiment with no page open here (a page that was just opened, a download: any read of the last minute)
 * are read along and compared: if any differs, they are dropped, so no read is served a role or guest scope changed
 * before the last check's read. On a single node every change is heard where it is made, so this bean exists only
 * with {@code silheomjang.live-bus=redis}.
 *
 * <p>It runs on its own thread, so that no other scheduled job (mail, notifications) delays it. It does not know
 * whether the bus already delivered a change (it usually did): a membership change is then read again once more by
 * each node's open pages a few seconds later. Membership changes are rare; a page's second read changes nothing on
 * screen.
 */
@Component
@ConditionalOnProperty(name = "silheomjang.live-bus", havingValue = "redis")
class AccessRecheck {

    private static final int CHUNK = 500;
    private static final Logger log = LoggerFactory.getLogger(AccessRecheck.class);

    private final PresenceRegistry presence;
    private final MemberRepository members;
    private final ExperimentRepository experiments;
    private final ExperimentAccess access;
    private final LiveUpdateBus bus;
    private final Duration every;
    private @Nullable ScheduledExecutorService timer;

    /** What the last check read of each experiment with open pages here. */
    private final Map<Long, Access> seen = new ConcurrentHashMap<>();

    private record Access(Map<Long, MemberRole> roles, GuestScope guestScope) {
    }

    AccessRecheck(PresenceRegistry presence, MemberRepository members, ExperimentRepository experiments,
            ExperimentAccess access, LiveUpdateBus bus,
            @Value("${silheomjang.live.access-recheck-every:PT5S}") Duration every) {
        this.every = every;
        this.presence = presence;
        this.members = members;
        this.experiments = experiments;
        this.access = access;
        this.bus = bus;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("access-recheck").factory());
            long millis = every.toMillis();
            timer.scheduleWithFixedDelay(this::scheduled, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    private void scheduled() {
        try {
            recheck();
        } catch (RuntimeException e) {
            // The database may be away for a moment (then no page reads anything either); the next round tries again.
            log.warn("Access recheck round failed: {}", e.toString());
        }
    }

    void recheck() {
        Map<Long, Set<Long>> open = presence.openHere();
        // No page of these left here: what is kept of them would be served to whoever opens one again.
        for (Long closed : Set.copyOf(seen.keySet())) {
            if (!open.containsKey(closed)) {
                seen.remove(closed);
                access.forget(closed);
            }
        }
        Set<Long> keptOnly = access.keptExperiments();
        keptOnly.removeAll(open.keySet());
        if (open.isEmpty() && keptOnly.isEmpty()) {
            return;
        }
        Set<Long> ids = new HashSet<>(open.keySet());
        ids.addAll(keptOnly);
        Map<Long, Access> now = read(ids);
        // Taken after the read: whatever is kept by then either is compared here or began its own read after this one.
        Map<Long, ExperimentAccess.KeptAccess> kept = access.keptForComparison();
        open.forEach((experimentId, viewers) -> {
            Access current = now.get(experimentId);
            Access before = seen.put(experimentId, current);
            List<Long> gone = viewers.stream().filter(userId -> !current.roles().containsKey(userId)).sorted().toList();
            boolean rolesChanged = before == null || !before.roles().equals(current.roles());
            boolean scopeChanged = before != null && !before.guestScope().equals(current.guestScope());
            if (rolesChanged || scopeChanged || !gone.isEmpty()) {
                access.forget(experimentId);
            }
            if (!gone.isEmpty()) {
                bus.publishHere(LiveUpdate.of(experimentId, WorkspaceLive.MEMBER_REMOVED, gone));
                gone.forEach(userId -> presence.evict(experimentId, userId));
            }
            if (rolesChanged) {
                bus.publishHere(LiveUpdate.of(experimentId, WorkspaceLive.MEMBERS));
            }
            if (scopeChanged) {
                bus.publishHere(LiveUpdate.of(experimentId, WorkspaceLive.EXPERIMENT));
            }
        });
        // No page to tell here: only what is kept goes, and the next read of it reads the database. An experiment
        // first kept since the read above goes too, uncompared: its value may come from a read begun before that one.
        kept.forEach((experimentId, k) -> {
            if (open.containsKey(experimentId)) {
                return;
            }
            Access current = now.get(experimentId);
            if (current == null || k.differsFrom(current.roles(), current.guestScope())) {
                access.forget(experimentId);
            }
        });
    }

    private Map<Long, Access> read(Set<Long> experimentIds) {
        Map<Long, Map<Long, MemberRole>> roles = new HashMap<>();
        Map<Long, GuestScope> scopes = new HashMap<>();
        List<Long> ids = new ArrayList<>(experimentIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            for (Object[] row : members.rolesIn(chunk)) {
                roles.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((Long) row[1], (MemberRole) row[2]);
            }
            for (Object[] row : experiments.guestScopesOf(chunk)) {
                scopes.put((Long) row[0], new GuestScope(on(row[1]), on(row[2]), on(row[3])));
            }
        }
        Map<Long, Access> out = new HashMap<>();
        for (long id : experimentIds) {
            out.put(id, new Access(Map.copyOf(roles.getOrDefault(id, Map.of())),
                    scopes.getOrDefault(id, GuestScope.NONE)));
        }
        return out;
    }

    private static boolean on(Object flag) {
        return ((Number) flag).intValue() == 1;
    }
}
