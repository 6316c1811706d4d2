/**
 * The run-of-show (큐시트) of an experiment's run day and its link to the staff roster (역할분담표): an ordered
 * sequence of timed segments whose times follow from the day's start and the durations before them.
 * Everything here is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package kr.silheomjang.runsheet;

import org.jspecify.annotations.NullMarked;
