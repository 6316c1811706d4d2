package kr.silheomjang.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.IntConsumer;

/**
 * Tells a view the browser window's width while it is on screen: once when it is attached, then on every resize. The
 * resize listener is removed when the view is detached, so a closed view holds no listener on its UI's page.
 */
public final class WindowWidth {

    private WindowWidth() {}

    /** Call from the view's constructor; {@code onWidth} gets the window's inner width in CSS pixels. */
    public static void follow(Component view, IntConsumer onWidth) {
        Registration[] resize = new Registration[1];
        view.addAttachListener(event -> {
            var page = event.getUI().getPage();
            page.retrieveExtendedClientDetails(d -> onWidth.accept(d.getWindowInnerWidth()));
            resize[0] = page.addBrowserWindowResizeListener(e -> onWidth.accept(e.getWidth()));
        });
        view.addDetachListener(event -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }
}
