package kr.silheomjang.budget;

import java.util.List;

/**
 * One partner funder, whether its lines are shared with the organisation, and the names of its guests who have access
 * (invited for that organisation and joined) — the people who then read its lines.
 */
public record ShareRow(Funder funder, boolean shared, List<String> guests) {
}
