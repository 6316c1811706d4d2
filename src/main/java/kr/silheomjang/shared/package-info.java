/**
 * Shared kernel: the few exception types and small SPIs every feature uses. Everything here is non-null unless marked
 * {@code @Nullable}.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@NullMarked
package kr.silheomjang.shared;

import org.jspecify.annotations.NullMarked;
