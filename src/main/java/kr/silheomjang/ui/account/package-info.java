/** Everything here is non-null unless marked {@code @Nullable}. */
@NullMarked
package kr.silheomjang.ui.account;

import org.jspecify.annotations.NullMarked;
