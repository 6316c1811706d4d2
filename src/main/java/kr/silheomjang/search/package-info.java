/**
 * Search across experiments (issue 15): one box in the header finds experiments, proposals, cards, events,
 * participants, survey answers and archive items the caller may open. Each node keeps its own Lucene index in memory,
 * rebuilt from the database at start-up and kept current by the live-update bus (decision note 0035).
 * Everything here is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package kr.silheomjang.search;

import org.jspecify.annotations.NullMarked;
