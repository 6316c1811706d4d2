/** Everything here is non-null unless marked {@code @Nullable}. */
@NullMarked
package kr.silheomjang.security.internal;

import org.jspecify.annotations.NullMarked;
