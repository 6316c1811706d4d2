/**
 * The portfolio timeline (issue 15 point 2): every experiment of the user as a strip across the months, with the
 * planned and actual start of each of the five stages, milestones, D-day and today. Reads the experiment and schedule
 * modules only through their services; owns the planned stage dates (decision 0036).
 * Everything here is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package kr.silheomjang.portfolio;

import org.jspecify.annotations.NullMarked;
