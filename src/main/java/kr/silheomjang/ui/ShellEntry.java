package kr.silheomjang.ui;

import com.vaadin.flow.component.Component;

/**
 * A side-navigation entry that only some accounts get (e.g. the organisation's proposal pool, which partner guests
 * never see). A feature declares one as a Spring bean; the shell asks {@link #visible()} for the signed-in account
 * when it is built. The view must refuse on its own too: the menu is not the access check.
 */
public interface ShellEntry {

    /** Position after the menu's own entries (lower first). */
    int order();

    /** Message key of the entry's title. */
    String titleKey();

    Class<? extends Component> view();

    /** Whether the signed-in account gets the entry. */
    boolean visible();
}
