/** Everything here is non-null unless marked {@code @Nullable}. */
@NullMarked
package kr.silheomjang.topic.ui;

import org.jspecify.annotations.NullMarked;
