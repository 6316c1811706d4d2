package kr.silheomjang.ui;

import java.util.OptionalLong;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;

/**
 * Links to one thing on a page, such as a search result's card ({@code board?card=17}): the page reads the id from
 * the query and opens the thing once the page is shown. The opening goes through the page's own service call, so an
 * id of something the user may not open is refused as any other.
 */
public final class DeepLink {

    private DeepLink() {
    }

    /** The id in query parameter {@code name}, if it is one. */
    public static OptionalLong requested(BeforeEnterEvent event, String name) {
        return event.getLocation().getQueryParameters().getSingleParameter(name)
                .filter(v -> v.matches("[0-9]{1,18}")).map(v -> OptionalLong.of(Long.parseLong(v)))
                .orElse(OptionalLong.empty());
    }

    /** Runs {@code open} once the page is attached and about to be sent (a dialog needs the page in place). */
    public static void openWhenShown(Component page, Runnable open) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.beforeClientResponse(page, context -> open.run());
        }
    }

    /**
     * Once the page is shown, scrolls the element with this {@code data-item} value (inside {@code selector}) into
     * view, marks it ({@code deep-link-target}) and moves the focus to it, for things shown in place, not in a dialog.
     */
    public static void showItemWhenShown(Component page, String selector, long id) {
        focusWhenShown(page, selector + "[data-item=\"" + id + "\"]");
    }

    /**
     * Once the page is shown, scrolls the first element matching {@code selector} into view, marks it
     * ({@code deep-link-target}) and moves the focus to it.
     */
    public static void focusWhenShown(Component page, String selector) {
        openWhenShown(page, () -> page.getElement().executeJs("""
                const el = document.querySelector($0);
                if (el) {
                  el.setAttribute('tabindex', '-1');
                  el.classList.add('deep-link-target');
                  el.scrollIntoView({block: 'center'});
                  el.focus({preventScroll: true});
                }""", selector));
    }
}
