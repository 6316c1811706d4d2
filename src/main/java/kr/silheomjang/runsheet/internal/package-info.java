/** Entities, repositories and seeding of the run-of-show. */
@NullMarked
package kr.silheomjang.runsheet.internal;

import org.jspecify.annotations.NullMarked;
