package kr.silheomjang.ui;

import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that failed to open (a database that does not answer, say): a Korean page with a correlation id, and the log
 * gets that id, the stack trace and the address with its secrets cut out. Vaadin's default logs the whole address,
 * and the addresses of the public pages are their access tokens (decision note 0020: no token is ever logged).
 */
@AnonymousAllowed
public class PageFailed extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(PageFailed.class);
    /** A path segment that may be a token: long and from the URL-safe alphabet tokens are written in. */
    private static final Pattern SECRET_LIKE = Pattern.compile("[A-Za-z0-9_-]{16,}(\\.[a-z]+)?");

    public PageFailed() {
        setId("page-failed");
        addClassName("page-not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = AppErrorHandler.newErrorId();
        log.error("Page failed to open [{}] at /{}", id, withoutSecrets(event.getLocation().getPath()),
                parameter.getCaughtException());
        removeAll();
        add(new H1(getTranslation("error.page.failed.title")),
                new Paragraph(getTranslation("error.unexpected", id)),
                new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("error.page.failed.retry")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.page.failed.title") + " · " + getTranslation("app.name");
    }

    /** The path with every token-like segment replaced by "***" (what is left still says which page it was). */
    static String withoutSecrets(String path) {
        return java.util.Arrays.stream(path.split("/", -1))
                .map(segment -> SECRET_LIKE.matcher(segment).matches() ? "***" : segment)
                .collect(java.util.stream.Collectors.joining("/"));
    }
}
