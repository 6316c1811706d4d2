/** Everything here is non-null unless marked {@code @Nullable}. */
@NullMarked
package kr.silheomjang.people.ui;

import org.jspecify.annotations.NullMarked;
