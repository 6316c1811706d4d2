/** Everything here is non-null unless marked {@code @Nullable}. */
@NullMarked
package kr.silheomjang.schedule.ui;

import org.jspecify.annotations.NullMarked;
