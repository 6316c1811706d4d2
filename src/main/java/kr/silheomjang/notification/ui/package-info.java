/** Everything here is non-null unless marked {@code @Nullable}. */
@NullMarked
package kr.silheomjang.notification.ui;

import org.jspecify.annotations.NullMarked;
