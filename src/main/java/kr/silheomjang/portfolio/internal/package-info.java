/** The planned stage dates' entity and repository, the date rules of the timeline and its demo data. */
@NullMarked
package kr.silheomjang.portfolio.internal;

import org.jspecify.annotations.NullMarked;
