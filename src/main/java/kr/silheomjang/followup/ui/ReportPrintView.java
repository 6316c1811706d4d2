package kr.silheomjang.followup.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.followup.ReportContents;
import kr.silheomjang.followup.ReportHtml;
import kr.silheomjang.followup.ReportService;
import kr.silheomjang.ui.Messages;

/**
 * The hand-off report on its own, for paper: an A4 page without the app shell (print CSS in css/report.css drops the
 * buttons). The page is {@link ReportHtml}'s fragment, the very markup the PDF renders. Owners and planners only, as
 * the service decides; anyone else is sent away with the usual message.
 */
@Route(value = "experiments/:experimentId/followup/report/print", autoLayout = false)
@PermitAll
@StyleSheet("css/report.css")
public class ReportPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService service;
    final Main page = new Main();
    final Anchor pdf = new Anchor();
    private String title = "";
    private Html shownPage;

    public ReportPrintView(ReportService service) {
        this.service = service;
        addClassName("report-print");
        getElement().setAttribute("lang", "ko");
        Button print = new Button(getTranslation("followup.report.printButton"),
                e -> getElement().executeJs("window.print()"));
        print.setId("report-print-button");
        pdf.add(getTranslation("followup.report.pdf"));
        pdf.setId("report-print-pdf");
        pdf.setRouterIgnore(true);
        pdf.getElement().setAttribute("download", true);
        Div tools = new Div(print, pdf);
        tools.addClassNames("no-print", "report-tools");
        page.setId("report-print-page");
        add(tools, page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        ReportContents r;
        try {
            id = Long.parseLong(event.getRouteParameters().get("experimentId").orElse(""));
            r = service.report(id);
        } catch (NumberFormatException | AccessDeniedException e) {
            Messages.showError(getTranslation("error.experiment.notAccessible"));
            event.forwardTo("");
            return;
        }
        Locale locale = getLocale();
        getElement().setAttribute("lang", "en".equals(locale.getLanguage()) ? "en" : "ko");
        title = getTranslation("followup.report.heading") + " — " + r.title();
        page.removeAll();
        shownPage = new Html(ReportHtml.fragment(r, this::getTranslation, locale));
        page.add(shownPage);
        pdf.setHref(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = service.pdf(id, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "result-report-" + id + ".pdf",
                    "application/pdf", bytes.length);
        }));
    }

    /** For tests: the page as text. */
    String pageText() {
        return shownPage == null ? "" : org.jsoup.Jsoup.parse(shownPage.getInnerHtml()).text();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
