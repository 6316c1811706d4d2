/** Everything here is non-null unless marked {@code @Nullable}. */
@NullMarked
package kr.silheomjang.survey.internal;

import org.jspecify.annotations.NullMarked;
