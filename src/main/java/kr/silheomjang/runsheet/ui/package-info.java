/** The cue sheet editor, the run-day phone view and the print sheets. */
@NullMarked
package kr.silheomjang.runsheet.ui;

import org.jspecify.annotations.NullMarked;
