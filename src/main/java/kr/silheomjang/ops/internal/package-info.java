/** Everything here is non-null unless marked {@code @Nullable}. */
@NullMarked
package kr.silheomjang.ops.internal;

import org.jspecify.annotations.NullMarked;
