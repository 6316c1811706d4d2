/** Everything here is non-null unless marked {@code @Nullable}. */
@NullMarked
package kr.silheomjang.ui.internal;

import org.jspecify.annotations.NullMarked;
