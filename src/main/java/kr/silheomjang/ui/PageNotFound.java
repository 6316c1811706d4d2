package kr.silheomjang.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one answer for an address that is not a page the caller may open: a Korean page with HTTP 404, whether the
 * page does not exist or exists but is not theirs (saying which would tell an outsider what exists). Vaadin's
 * defaults answer 403 for signed-in people and show English.
 */
public abstract sealed class PageNotFound extends Main implements HasDynamicTitle
        permits PageNotFound.Unknown, PageNotFound.Denied {

    PageNotFound() {
        addClassName("page-not-found");
        setId("page-not-found");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.page.notFound.title") + " · " + getTranslation("app.name");
    }

    int show() {
        removeAll();
        add(new H1(getTranslation("error.page.notFound.title")),
                new Paragraph(getTranslation("error.page.notFound.text")),
                new Anchor("", getTranslation("error.page.notFound.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** No route matches the address. */
    @AnonymousAllowed
    public static final class Unknown extends PageNotFound implements HasErrorParameter<NotFoundException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            return show();
        }
    }

    /** A route matches, or none does, and the caller may not open it (Vaadin's access control says so). */
    @AnonymousAllowed
    public static final class Denied extends PageNotFound implements HasErrorParameter<AccessDeniedException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            return show();
        }
    }
}
