/** Everything here is non-null unless marked {@code @Nullable}. */
@NullMarked
package kr.silheomjang.collab;

import org.jspecify.annotations.NullMarked;
