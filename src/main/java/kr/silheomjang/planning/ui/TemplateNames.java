package kr.silheomjang.planning.ui;

import com.vaadin.flow.component.Component;

import kr.silheomjang.ui.SeededNames;

/** A stored template's name as shown: the two seeded ones (planning.templateName.N) in the UI's language. */
final class TemplateNames {

    private TemplateNames() {
    }

    static String shown(Component c, String stored) {
        return SeededNames.shown(c, "planning.templateName", 2, stored);
    }
}
