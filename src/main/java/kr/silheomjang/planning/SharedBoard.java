package kr.silheomjang.planning;

import java.util.List;

/** What every member's board shows alike: columns in order with their cards, and the members. Immutable. */
record SharedBoard(List<ColumnView> columns, List<Board.Person> people) {
}
