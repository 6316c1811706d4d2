package kr.silheomjang.collab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import kr.silheomjang.collab.PresenceRegistry.FormUser;
import kr.silheomjang.collab.PresenceRegistry.PresentUser;
import kr.silheomjang.collab.internal.PresenceShare;
import kr.silheomjang.collab.internal.PresenceShare.Seat;

/**
 * Who is present, from a snapshot per experiment rebuilt on join and leave only (every open view reads it on every
 * presence change), merged with other nodes' seats in order of arrival.
 */
class PresenceRegistryTest {

    /** Other nodes' seats as a test sets them; counts the announcements. */
    private static final class Others implements PresenceShare {
        volatile List<Seat> seats = List.of();
        final List<LiveKind> announced = new ArrayList<>();

        @Override
        public void changed(long experimentId, LiveKind kind, Supplier<List<Seat>> seatsOfThisNode) {
            announced.add(kind);
        }

        @Override
        public List<Seat> others(long experimentId) {
            return seats;
        }
    }

    private final Others others = new Others();
    private final PresenceRegistry registry = new PresenceRegistry(others);

    @Test
    void byPlaceCountsEveryOpenPageNotOnlyEachPersonsFirst() {
        // 이준비 left a page on the overview earlier, then opened card 7 in another tab: that card is open.
        LiveUpdateBus.Subscription leeOverview = registry.join(1, 20, "이준비", "overview");
        registry.join(1, 10, "김기획", "board");
        LiveUpdateBus.Subscription leeCard = registry.join(1, 20, "이준비", "card:7");
        registry.join(1, 10, "김기획", "card:7");
        registry.join(1, 10, "김기획", "card:7");

        assertThat(registry.present(1)).extracting(PresentUser::place).containsExactly("overview", "board");
        assertThat(registry.byPlace(1).get("card:7")).containsExactly(new PresentUser(20, "이준비", "card:7"),
                new PresentUser(10, "김기획", "card:7"));
        assertThat(registry.byPlace(1).keySet()).containsExactly("overview", "board", "card:7");

        // Another node's page counts too, in order of arrival.
        others.seats = List.of(new Seat(0, 1, 30, "박협력", null, "card:7", null));
        assertThat(registry.byPlace(1).get("card:7")).extracting(PresentUser::displayName)
                .containsExactly("박협력", "이준비", "김기획");
        others.seats = List.of();

        leeCard.close();
        assertThat(registry.byPlace(1).get("card:7")).extracting(PresentUser::displayName).containsExactly("김기획");
        leeOverview.close();
        assertThat(registry.byPlace(1)).doesNotContainKey("overview");
    }

    @Test
    void oneSnapshotPerExperimentUntilSomeoneJoinsOrLeaves() {
        LiveUpdateBus.Subscription kim = registry.join(1, 10, "김기획", "board");
        LiveUpdateBus.Subscription lee = registry.join(1, 20, "이준비", "overview");
        LiveUpdateBus.Subscription kimAgain = registry.join(1, 10, "김기획", "calendar");
        registry.join(2, 30, "박협력", "board");

        List<PresentUser> present = registry.present(1);
        assertThat(present).containsExactly(new PresentUser(10, "김기획", "board"),
                new PresentUser(20, "이준비", "overview"));
        // Read again without a change: the very same immutable list, not a new sort.
        assertThat(registry.present(1)).isSameAs(present);
        assertThatThrownBy(() -> present.add(new PresentUser(99, "x", "y")))
                .isInstanceOf(UnsupportedOperationException.class);
        // A form opening is not a page: the snapshot stays.
        registry.enterForm(1, "card:7", 20, "이준비");
        assertThat(registry.present(1)).isSameAs(present);

        // Leaving rebuilds it: the person's other tab keeps them, in the order of that tab's arrival.
        kim.close();
        assertThat(registry.present(1)).containsExactly(new PresentUser(20, "이준비", "overview"),
                new PresentUser(10, "김기획", "calendar"));
        lee.close();
        kimAgain.close();
        assertThat(registry.present(1)).isEmpty();
        assertThat(registry.present(2)).extracting(PresentUser::userId).containsExactly(30L);
        // Closing twice announces once.
        int announced = others.announced.size();
        kim.close();
        assertThat(others.announced).hasSize(announced);
    }

    @Test
    void evictionRebuildsTheSnapshot() {
        registry.join(1, 10, "김기획", "board");
        registry.join(1, 20, "이준비", "board");
        List<PresentUser> before = registry.present(1);
        registry.evict(1, 20);
        assertThat(registry.present(1)).isNotSameAs(before).extracting(PresentUser::userId).containsExactly(10L);
    }

    @Test
    void otherNodesSeatsAreMergedInOrderOfArrivalAndTheMergeIsKeptWhileTheirReadIs() {
        long past = System.currentTimeMillis() - 60_000;
        registry.join(1, 10, "김기획", "board");
        others.seats = List.of(new Seat(past, 1, 20, "이준비", null, "board", null),
                new Seat(past + 1, 2, 30, "박협력", "card:7", null, "title"));
        List<PresentUser> merged = registry.present(1);
        // The other node's page seat arrived first; its form seat is not a page.
        assertThat(merged).extracting(PresentUser::userId).containsExactly(20L, 10L);
        assertThat(registry.present(1)).isSameAs(merged);
        assertThat(registry.inForm(1, "card:7")).containsExactly(new FormUser(30, "박협력", "title"));

        // A new read of the other nodes (a new list) is merged again.
        others.seats = List.of(new Seat(System.currentTimeMillis() + 60_000, 3, 40, "최진행", null, "board", null));
        assertThat(registry.present(1)).extracting(PresentUser::userId).containsExactly(10L, 40L);
        // Only other nodes' seats.
        assertThat(registry.present(5)).extracting(PresentUser::userId).containsExactly(40L);
    }
}
