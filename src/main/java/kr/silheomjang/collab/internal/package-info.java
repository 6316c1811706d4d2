/** Everything here is non-null unless marked {@code @Nullable}. */
@NullMarked
package kr.silheomjang.collab.internal;

import org.jspecify.annotations.NullMarked;
