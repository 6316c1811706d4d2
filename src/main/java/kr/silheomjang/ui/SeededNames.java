package kr.silheomjang.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;

/**
 * Names the app seeded in Korean (default board columns, backward-planning steps) shown in the UI's language while
 * they are still as seeded: the bundle lists them as {@code prefix.0 … prefix.(count-1)}; a stored name equal to the
 * Korean bundle's entry is shown as the UI language's entry. Names people typed or renamed are shown as stored.
 */
public final class SeededNames {

    private SeededNames() {
    }

    public static String shown(Component c, String prefix, int count, String stored) {
        for (int i = 0; i < count; i++) {
            String key = prefix + "." + i;
            if (stored.equals(c.getTranslation(Locale.KOREAN, key))) {
                return c.getTranslation(key);
            }
        }
        return stored;
    }
}
