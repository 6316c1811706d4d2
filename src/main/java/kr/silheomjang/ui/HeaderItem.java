package kr.silheomjang.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the app header for signed-in accounts (e.g. the notification bell). A feature declares
 * one as a Spring bean; the shell asks it for a fresh component for each page it builds.
 */
public interface HeaderItem {

    /** Position among the header items (lower first). */
    int order();

    Component create();
}
