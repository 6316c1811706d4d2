package kr.silheomjang.collab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Who has an experiment open right now. Each open view joins on attach and leaves on detach (closed tabs and ended
 * sessions detach their UIs, so they leave too). A person with two tabs open counts once. Every change is announced
 * on the bus as {@link WorkspaceLive#PRESENCE}.
 */
@Component
public class PresenceRegistry {

    public record PresentUser(long userId, String displayName, String place) {
    }

    private final Map<Long, Map<Long, PresentUser>> byExperiment = new ConcurrentHashMap<>();
    private final AtomicLong handles = new AtomicLong();
    private final LiveUpdateBus bus;

    public PresenceRegistry(LiveUpdateBus bus) {
        this.bus = bus;
    }

    /** Joins; close the returned subscription to leave. {@code place} says where (a view, later a card). */
    public LiveUpdateBus.Subscription join(long experimentId, long userId, String displayName, String place) {
        long handle = handles.incrementAndGet();
        byExperiment.computeIfAbsent(experimentId, id -> new ConcurrentHashMap<>())
                .put(handle, new PresentUser(userId, displayName, place));
        bus.publish(LiveUpdate.of(experimentId, WorkspaceLive.PRESENCE));
        return () -> {
            Map<Long, PresentUser> present = byExperiment.get(experimentId);
            if (present != null && present.remove(handle) != null) {
                bus.publish(LiveUpdate.of(experimentId, WorkspaceLive.PRESENCE));
            }
        };
    }

    /** Distinct people present, in order of arrival. */
    public List<PresentUser> present(long experimentId) {
        Map<Long, PresentUser> distinct = new LinkedHashMap<>();
        byExperiment.getOrDefault(experimentId, Map.of()).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> distinct.putIfAbsent(e.getValue().userId(), e.getValue()));
        return List.copyOf(distinct.values());
    }

    /** Removes a person from an experiment's presence, e.g. when their membership is revoked. */
    public void evict(long experimentId, long userId) {
        Map<Long, PresentUser> present = byExperiment.get(experimentId);
        if (present != null && present.values().removeIf(u -> u.userId() == userId)) {
            bus.publish(LiveUpdate.of(experimentId, WorkspaceLive.PRESENCE));
        }
    }
}
