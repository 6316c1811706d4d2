package kr.silheomjang.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;

import kr.silheomjang.shared.PublicBaseUrl;

/**
 * Shown wherever the app hands out a link for use elsewhere (invitations, survey links and QR codes, calendar feeds)
 * while {@code silheomjang.base-url} is not set: such a link points at this machine ({@code localhost}) and opens
 * nowhere else, e.g. a QR code printed for a run day would lead to nothing.
 */
public final class BaseUrlWarning {

    private BaseUrlWarning() {
    }

    /** The warning, or an invisible placeholder when a base URL is configured. */
    public static Component unlessConfigured(PublicBaseUrl baseUrl) {
        Div warning = new Div();
        warning.addClassName("base-url-warning");
        warning.getElement().setAttribute("role", "alert");
        if (baseUrl.configured()) {
            warning.setVisible(false);
            return warning;
        }
        warning.add(VaadinIcon.WARNING.create(), new Span(warning.getTranslation("baseUrl.warning", baseUrl.url())));
        return warning;
    }
}
