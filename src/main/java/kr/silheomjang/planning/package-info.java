/** Everything here is non-null unless marked {@code @Nullable}. */
@NullMarked
package kr.silheomjang.planning;

import org.jspecify.annotations.NullMarked;
