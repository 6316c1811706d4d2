package kr.silheomjang.planning.ui;

import com.vaadin.flow.component.Component;

import kr.silheomjang.ui.SeededNames;

/** A column's name as shown: the four default columns (planning.defaultColumn.N) in the UI's language. */
final class ColumnNames {

    private ColumnNames() {
    }

    static String shown(Component c, String stored) {
        return SeededNames.shown(c, "planning.defaultColumn", 4, stored);
    }
}
