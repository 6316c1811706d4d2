package kr.silheomjang.ui;

import com.vaadin.flow.component.tabs.Tabs;

/**
 * A row of Vaadin tabs that screen readers read as a plain tab list. {@code vaadin-tabs} puts a scroll box with
 * {@code tabindex="-1"} between the tablist and its tabs; a focusable element without a role there breaks the tablist
 * (axe: aria-required-children, critical). Our rows wrap instead of scrolling (styles.css), so the box needs no focus:
 * its tabindex is removed once the component rendered (Lit never touches a static attribute again).
 */
public final class TabRows {

    private static final String UNFOCUSABLE_SCROLLER = """
            const el = this;
            const fix = () => {
              const box = el.shadowRoot && el.shadowRoot.querySelector('[part="tabs"]');
              if (box) { box.removeAttribute('tabindex'); } else { requestAnimationFrame(fix); }
            };
            customElements.whenDefined(el.localName).then(() => Promise.resolve(el.updateComplete).then(fix));
            """;

    private TabRows() {
    }

    /** Applies the fix now and after every re-attach (a new page instance renders the element anew). */
    public static Tabs plain(Tabs tabs) {
        tabs.addAttachListener(e -> tabs.getElement().executeJs(UNFOCUSABLE_SCROLLER));
        return tabs;
    }
}
