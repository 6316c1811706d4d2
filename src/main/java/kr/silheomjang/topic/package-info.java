/** Topic selection (주제 선정): the organisation-wide proposal pool, screening, the selection meeting and the way from a chosen candidate to an experiment. Everything here is non-null unless marked {@code @Nullable}. */
@NullMarked
package kr.silheomjang.topic;

import org.jspecify.annotations.NullMarked;
