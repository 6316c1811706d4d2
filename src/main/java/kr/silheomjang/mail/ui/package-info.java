/**
 * Mail pieces other features' pages use: the delivery log component (exposed as the named interface "ui"), and the
 * opt-out page. Everything here is non-null unless marked {@code @Nullable}.
 */
@NullMarked
@NamedInterface("ui")
package kr.silheomjang.mail.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
