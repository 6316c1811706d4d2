package kr.silheomjang.budget;

import java.util.List;

/** One partner funder and the partner guests of the experiment, each with whether they see that funder's lines. */
public record ShareRow(Funder funder, List<Guest> guests) {

    public record Guest(long userId, String name, boolean shared) {
    }
}
