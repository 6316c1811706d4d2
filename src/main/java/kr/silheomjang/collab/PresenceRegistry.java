package kr.silheomjang.collab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
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

    /** Someone with a form open (e.g. "card:42"), and the field they are in right now (null: none). */
    public record FormUser(long userId, String displayName, @Nullable String field) {
    }

    /** A place in one form; close it to leave the form. */
    public interface FormSeat extends LiveUpdateBus.Subscription {
        /** Moves to a field (its key), or to no field with null; announced only when it changes. */
        void at(@Nullable String field);
    }

    private record FormKey(long experimentId, String form) {
    }

    private final Map<Long, Map<Long, PresentUser>> byExperiment = new ConcurrentHashMap<>();
    private final Map<FormKey, Map<Long, FormUser>> byForm = new ConcurrentHashMap<>();
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

    /**
     * Enters a form (a card, an event, a participant...), so that others with the same form open see who is in it and
     * in which field. Changes are announced as {@link WorkspaceLive#FORMS}.
     */
    public FormSeat enterForm(long experimentId, String form, long userId, String displayName) {
        FormKey key = new FormKey(experimentId, form);
        long handle = handles.incrementAndGet();
        byForm.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).put(handle,
                new FormUser(userId, displayName, null));
        bus.publish(LiveUpdate.of(experimentId, WorkspaceLive.FORMS));
        return new FormSeat() {
            @Override
            public void at(@Nullable String field) {
                Map<Long, FormUser> seats = byForm.get(key);
                FormUser was = seats == null ? null : seats.get(handle);
                if (was != null && !java.util.Objects.equals(was.field(), field)) {
                    seats.put(handle, new FormUser(userId, displayName, field));
                    bus.publish(LiveUpdate.of(experimentId, WorkspaceLive.FORMS));
                }
            }

            @Override
            public void close() {
                Map<Long, FormUser> seats = byForm.get(key);
                if (seats != null && seats.remove(handle) != null) {
                    byForm.computeIfPresent(key, (k, v) -> v.isEmpty() ? null : v);
                    bus.publish(LiveUpdate.of(experimentId, WorkspaceLive.FORMS));
                }
            }
        };
    }

    /** Distinct people in a form, in order of arrival; a person in a field in any of their windows shows that field. */
    public List<FormUser> inForm(long experimentId, String form) {
        Map<Long, FormUser> distinct = new LinkedHashMap<>();
        byForm.getOrDefault(new FormKey(experimentId, form), Map.of()).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> distinct.merge(e.getValue().userId(), e.getValue(),
                        (first, later) -> first.field() != null ? first : later));
        return List.copyOf(distinct.values());
    }

    /** Removes a person from an experiment's presence, e.g. when their membership is revoked. */
    public void evict(long experimentId, long userId) {
        Map<Long, PresentUser> present = byExperiment.get(experimentId);
        if (present != null && present.values().removeIf(u -> u.userId() == userId)) {
            bus.publish(LiveUpdate.of(experimentId, WorkspaceLive.PRESENCE));
        }
        boolean leftForms = false;
        for (var form : byForm.entrySet()) {
            if (form.getKey().experimentId() == experimentId) {
                leftForms |= form.getValue().values().removeIf(u -> u.userId() == userId);
            }
        }
        if (leftForms) {
            bus.publish(LiveUpdate.of(experimentId, WorkspaceLive.FORMS));
        }
    }
}
