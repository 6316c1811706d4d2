/** The header's search box (shortcut {@code /}) and the results page. */
@NullMarked
package kr.silheomjang.search.ui;

import org.jspecify.annotations.NullMarked;
