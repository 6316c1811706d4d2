/** The index, its readers of the database and its upkeep; not for other modules. */
@NullMarked
package kr.silheomjang.search.internal;

import org.jspecify.annotations.NullMarked;
