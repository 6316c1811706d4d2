/** The portfolio timeline page and the planned-dates dialog. */
@NullMarked
package kr.silheomjang.portfolio.ui;

import org.jspecify.annotations.NullMarked;
