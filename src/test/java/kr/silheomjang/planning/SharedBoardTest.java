package kr.silheomjang.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.silheomjang.experiment.MemberRole;

class SharedBoardTest {

    static CardSummary card(long id, long column, String title, String... labels) {
        return new CardSummary(id, column, title, null, null, List.of(), List.of(labels), 0, 0, 0, false);
    }

    static List<ColumnView> columns(List<CardSummary> todo, List<CardSummary> doing, List<CardSummary> done) {
        return List.of(new ColumnView(1, 0, "할 일", null, todo), new ColumnView(2, 0, "진행 중", null, doing),
                new ColumnView(3, 0, "완료", null, done));
    }

    static final List<Board.Person> PEOPLE = List.of(new Board.Person(7, "김기획", MemberRole.OWNER));

    @Test
    void aMoveKeepsEveryObjectItDidNotChange() {
        SharedBoard before = SharedBoard.keeping(null,
                columns(List.of(card(10, 1, "목적", "기획"), card(11, 1, "홍보")), List.of(), List.of(card(12, 3, "섭외"))),
                PEOPLE);
        assertThat(before.labels()).containsExactly("기획");

        // Read again after card 10 moved right: every object is new from the database.
        SharedBoard after = SharedBoard.keeping(before,
                columns(List.of(card(11, 1, "홍보")), List.of(card(10, 2, "목적", "기획")), List.of(card(12, 3, "섭외"))),
                List.of(new Board.Person(7, "김기획", MemberRole.OWNER)));

        assertThat(after.columns().get(2)).as("an untouched column").isSameAs(before.columns().get(2));
        assertThat(after.columns().get(0)).isNotSameAs(before.columns().get(0));
        assertThat(after.columns().get(0).cards().get(0)).as("an untouched card in a touched column")
                .isSameAs(before.columns().get(0).cards().get(1));
        assertThat(after.columns().get(1).cards().get(0)).as("the moved card").isNotSameAs(
                before.columns().get(0).cards().get(0)).isEqualTo(card(10, 2, "목적", "기획"));
        assertThat(after.people()).isSameAs(before.people());
        assertThat(after.labels()).isSameAs(before.labels());
        assertThat(after.categories()).isSameAs(before.categories());
    }

    @Test
    void aReadThatFindsNothingChangedIsThePreviousOne() {
        SharedBoard before = SharedBoard.keeping(null, columns(List.of(card(10, 1, "목적")), List.of(), List.of()),
                PEOPLE);
        SharedBoard again = SharedBoard.keeping(before, columns(List.of(card(10, 1, "목적")), List.of(), List.of()),
                List.copyOf(PEOPLE));
        assertThat(again).isSameAs(before);
        SharedBoard renamed = SharedBoard.keeping(before, columns(List.of(card(10, 1, "목적!")), List.of(), List.of()),
                PEOPLE);
        assertThat(renamed).isNotSameAs(before);
        assertThat(renamed.columns().get(0).cards().get(0).title()).isEqualTo("목적!");
        assertThat(renamed.columns().get(1)).isSameAs(before.columns().get(1));
    }
}
