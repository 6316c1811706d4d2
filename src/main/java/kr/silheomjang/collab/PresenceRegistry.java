package kr.silheomjang.collab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.internal.PresenceShare;
import kr.silheomjang.collab.internal.PresenceShare.Seat;

/**
 * Who has an experiment open right now. Each open view joins on attach and leaves on detach (closed tabs and ended
 * sessions detach their UIs, so they leave too). A person with two tabs open counts once. Every change is announced
 * on the bus as {@link WorkspaceLive#PRESENCE}. Each node holds its own seats; with the Redis live bus the nodes tell
 * each other theirs through {@link PresenceShare}, so everyone sees everyone whichever node serves them.
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

    /** A seat as held on this node: who, and when they arrived (epoch millis; the handle breaks ties). */
    private record Held<T>(T user, long at) {
    }

    /**
     * This node's open pages of one experiment, as of its last join or leave: the seats in order of arrival and the
     * distinct people, both immutable. {@link #present} runs for every open view on every presence change, so it
     * reads this instead of sorting every seat again (with 1,000 open boards that was 1,000 sorts of 1,000 seats per
     * change). {@code merged} remembers the last merge with other nodes' seats, by the identity of the list
     * {@link PresenceShare#others} returned (it returns the same list while its read is fresh).
     */
    private record Pages(List<Seat> seats, List<PresentUser> people, Map<String, List<PresentUser>> byPlace,
            AtomicReference<Merged> merged) {
    }

    private record Merged(List<Seat> others, List<PresentUser> people) {
    }

    private final Map<Long, Map<Long, Held<PresentUser>>> byExperiment = new ConcurrentHashMap<>();
    private final Map<Long, Pages> pages = new ConcurrentHashMap<>();
    private final Map<FormKey, Map<Long, Held<FormUser>>> byForm = new ConcurrentHashMap<>();
    private final AtomicLong handles = new AtomicLong();
    private final PresenceShare share;

    public PresenceRegistry(PresenceShare share) {
        this.share = share;
    }

    /** Joins; close the returned subscription to leave. {@code place} says where (a view, later a card). */
    public LiveUpdateBus.Subscription join(long experimentId, long userId, String displayName, String place) {
        long handle = handles.incrementAndGet();
        byExperiment.computeIfAbsent(experimentId, id -> new ConcurrentHashMap<>())
                .put(handle, new Held<>(new PresentUser(userId, displayName, place), System.currentTimeMillis()));
        pagesChanged(experimentId);
        changed(experimentId, WorkspaceLive.PRESENCE);
        return () -> {
            Map<Long, Held<PresentUser>> present = byExperiment.get(experimentId);
            if (present != null && present.remove(handle) != null) {
                pagesChanged(experimentId);
                changed(experimentId, WorkspaceLive.PRESENCE);
            }
        };
    }

    /** Distinct people present on any node, in order of arrival. */
    public List<PresentUser> present(long experimentId) {
        Pages here = pages.get(experimentId);
        List<Seat> others = share.others(experimentId);
        if (others.isEmpty()) {
            return here == null ? List.of() : here.people();
        }
        if (here == null) {
            return distinct(allPages(null, others));
        }
        Merged last = here.merged().get();
        if (last != null && last.others() == others) {
            return last.people();
        }
        List<PresentUser> people = distinct(allPages(here, others));
        here.merged().set(new Merged(others, people));
        return people;
    }

    /**
     * Who has pages of which experiment open on this node (other nodes' seats left out): experiment id to user ids.
     * For checks each node makes of its own open pages.
     */
    public Map<Long, Set<Long>> openHere() {
        Map<Long, Set<Long>> open = new java.util.HashMap<>();
        pages.forEach((experimentId, here) -> open.put(experimentId, here.people().stream().map(PresentUser::userId)
                .collect(java.util.stream.Collectors.toUnmodifiableSet())));
        return open;
    }

    /**
     * Rebuilds the snapshot of this node's open pages from the seats as they are now. Atomic per experiment, and every
     * change of the seats is followed by one, so the last rebuild has seen every change before it.
     */
    private void pagesChanged(long experimentId) {
        pages.compute(experimentId, (id, old) -> {
            Map<Long, Held<PresentUser>> held = byExperiment.getOrDefault(id, Map.of());
            if (held.isEmpty()) {
                return null;
            }
            List<Seat> seats = new ArrayList<>(held.size());
            held.forEach((handle, h) -> seats.add(new Seat(h.at(), handle, h.user().userId(),
                    h.user().displayName(), null, h.user().place(), null)));
            seats.sort(BY_ARRIVAL);
            return new Pages(List.copyOf(seats), distinct(seats), byPlace(seats), new AtomicReference<>());
        });
    }

    /**
     * Who is at each place (a view, "card:42"...) on any node, each person once per place, in order of arrival. Unlike
     * {@link #present}, which names each person once with the place of their first page, this counts every open page:
     * someone with the board in one tab and a card open in another is at both.
     */
    public Map<String, List<PresentUser>> byPlace(long experimentId) {
        Pages here = pages.get(experimentId);
        List<Seat> others = share.others(experimentId);
        if (others.isEmpty()) {
            return here == null ? Map.of() : here.byPlace();
        }
        return byPlace(allPages(here, others));
    }

    /** This node's open pages and other nodes' (their forms left out), in order of arrival. */
    private static List<Seat> allPages(@Nullable Pages here, List<Seat> others) {
        List<Seat> all = new ArrayList<>(here == null ? List.of() : here.seats());
        others.stream().filter(seat -> seat.form() == null).forEach(all::add);
        all.sort(BY_ARRIVAL);
        return all;
    }

    private static Map<String, List<PresentUser>> byPlace(List<Seat> sortedPageSeats) {
        Map<String, Map<Long, PresentUser>> places = new LinkedHashMap<>();
        for (Seat seat : sortedPageSeats) {
            String place = String.valueOf(seat.place());
            places.computeIfAbsent(place, p -> new LinkedHashMap<>())
                    .putIfAbsent(seat.userId(), new PresentUser(seat.userId(), seat.name(), place));
        }
        Map<String, List<PresentUser>> byPlace = new LinkedHashMap<>();
        places.forEach((place, people) -> byPlace.put(place, List.copyOf(people.values())));
        return java.util.Collections.unmodifiableMap(byPlace);
    }

    private static List<PresentUser> distinct(List<Seat> sortedPageSeats) {
        Map<Long, PresentUser> distinct = new LinkedHashMap<>();
        for (Seat seat : sortedPageSeats) {
            distinct.putIfAbsent(seat.userId(),
                    new PresentUser(seat.userId(), seat.name(), String.valueOf(seat.place())));
        }
        return List.copyOf(distinct.values());
    }

    /**
     * Enters a form (a card, an event, a participant...), so that others with the same form open see who is in it and
     * in which field. Changes are announced as {@link WorkspaceLive#FORMS}.
     */
    public FormSeat enterForm(long experimentId, String form, long userId, String displayName) {
        FormKey key = new FormKey(experimentId, form);
        long handle = handles.incrementAndGet();
        long at = System.currentTimeMillis();
        byForm.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).put(handle,
                new Held<>(new FormUser(userId, displayName, null), at));
        changed(experimentId, WorkspaceLive.FORMS);
        return new FormSeat() {
            @Override
            public void at(@Nullable String field) {
                Map<Long, Held<FormUser>> seats = byForm.get(key);
                Held<FormUser> was = seats == null ? null : seats.get(handle);
                if (was != null && !java.util.Objects.equals(was.user().field(), field)) {
                    seats.put(handle, new Held<>(new FormUser(userId, displayName, field), at));
                    changed(experimentId, WorkspaceLive.FORMS);
                }
            }

            @Override
            public void close() {
                Map<Long, Held<FormUser>> seats = byForm.get(key);
                if (seats != null && seats.remove(handle) != null) {
                    byForm.computeIfPresent(key, (k, v) -> v.isEmpty() ? null : v);
                    changed(experimentId, WorkspaceLive.FORMS);
                }
            }
        };
    }

    /** Distinct people in a form on any node, in order of arrival; a person in a field in any window shows it. */
    public List<FormUser> inForm(long experimentId, String form) {
        // Only this form's seats are sorted, not the experiment's open pages.
        List<Seat> seats = new ArrayList<>();
        byForm.getOrDefault(new FormKey(experimentId, form), Map.of()).forEach((handle, h) -> seats.add(new Seat(
                h.at(), handle, h.user().userId(), h.user().displayName(), form, null, h.user().field())));
        share.others(experimentId).stream().filter(seat -> form.equals(seat.form())).forEach(seats::add);
        seats.sort(BY_ARRIVAL);
        Map<Long, FormUser> distinct = new LinkedHashMap<>();
        seats.forEach(seat -> distinct.merge(seat.userId(), new FormUser(seat.userId(), seat.name(), seat.field()),
                        (first, later) -> first.field() != null ? first : later));
        return List.copyOf(distinct.values());
    }

    /** Removes a person from an experiment's presence on this node, e.g. when their membership is revoked. */
    public void evict(long experimentId, long userId) {
        Map<Long, Held<PresentUser>> present = byExperiment.get(experimentId);
        if (present != null && present.values().removeIf(h -> h.user().userId() == userId)) {
            pagesChanged(experimentId);
            changed(experimentId, WorkspaceLive.PRESENCE);
        }
        boolean leftForms = false;
        for (var form : byForm.entrySet()) {
            if (form.getKey().experimentId() == experimentId) {
                leftForms |= form.getValue().values().removeIf(h -> h.user().userId() == userId);
            }
        }
        if (leftForms) {
            changed(experimentId, WorkspaceLive.FORMS);
        }
    }

    private void changed(long experimentId, WorkspaceLive kind) {
        share.changed(experimentId, kind, () -> seatsHere(experimentId));
    }

    /** This node's seats in an experiment: its open pages and its open forms. */
    private List<Seat> seatsHere(long experimentId) {
        List<Seat> seats = new ArrayList<>();
        byExperiment.getOrDefault(experimentId, Map.of()).forEach((handle, h) -> seats.add(new Seat(h.at(), handle,
                h.user().userId(), h.user().displayName(), null, h.user().place(), null)));
        byForm.forEach((key, held) -> {
            if (key.experimentId() == experimentId) {
                held.forEach((handle, h) -> seats.add(new Seat(h.at(), handle, h.user().userId(),
                        h.user().displayName(), key.form(), null, h.user().field())));
            }
        });
        return seats;
    }

    private static final Comparator<Seat> BY_ARRIVAL = Comparator.comparingLong(Seat::at).thenComparingLong(Seat::seq);
}
