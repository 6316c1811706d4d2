/** Everything here is non-null unless marked {@code @Nullable}. */
@NullMarked
package kr.silheomjang.security;

import org.jspecify.annotations.NullMarked;
