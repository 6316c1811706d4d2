package kr.silheomjang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RanksTest {

    @Test
    void aRankBetweenTwoOthersSortsBetweenThemAsText() {
        assertThat(Ranks.after(null)).isEqualTo("i");
        assertThat(Ranks.after("i")).isEqualTo("j");
        assertThat(Ranks.after("z")).isEqualTo("zi");
        assertThat(Ranks.between(null, "i")).isEqualTo("h");
        assertThat(Ranks.between(null, "1")).isEqualTo("0i");
        assertThat(Ranks.between("a", "b")).isEqualTo("ai");
        assertThat(Ranks.between("00000003i", "00000004i")).isEqualTo("00000004");
        assertThatThrownBy(() -> Ranks.between("b", "b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ranks.between("c", "b")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Random inserts into a list keep it strictly ordered, with usable ranks, and ranks stay short. */
    @Test
    void thousandsOfRandomInsertsKeepTheOrderAndStayShort() {
        Random random = new Random(19);
        List<String> list = new ArrayList<>(List.of(Ranks.after(null)));
        for (int i = 0; i < 5000; i++) {
            int at = random.nextInt(list.size() + 1);
            String key = Ranks.between(at == 0 ? null : list.get(at - 1), at == list.size() ? null : list.get(at));
            list.add(at, key);
        }
        for (int i = 1; i < list.size(); i++) {
            assertThat(list.get(i)).isGreaterThan(list.get(i - 1));
        }
        assertThat(list).allMatch(Ranks::usable);
        assertThat(list.stream().mapToInt(String::length).max().orElseThrow()).isLessThan(12);
    }

    /**
     * The worst case, always between the same two neighbours, grows the rank by a digit every few moves; it never
     * breaks, and it takes well over a hundred such moves before the list needs re-spreading (MAX_LENGTH).
     */
    @Test
    void movingIntoTheSameGapAgainAndAgainStillFindsARank() {
        String low = "a";
        String high = "b";
        int moves = 0;
        for (int i = 0; i < 500; i++) {
            String mid = Ranks.between(low, high);
            assertThat(mid).isGreaterThan(low).isLessThan(high);
            if (mid.length() <= Ranks.MAX_LENGTH) {
                moves++;
            }
            if (i % 2 == 0) {
                high = mid;
            } else {
                low = mid;
            }
        }
        assertThat(moves).isGreaterThan(150);
    }

    @Test
    void spreadRanksAreOrderedAndUsable() {
        for (int n : new int[] {1, 4, 13, 100, 2000}) {
            List<String> spread = Ranks.spread(n);
            assertThat(spread).hasSize(n).allMatch(Ranks::usable);
            for (int i = 1; i < n; i++) {
                assertThat(spread.get(i)).isGreaterThan(spread.get(i - 1));
            }
        }
    }
}
