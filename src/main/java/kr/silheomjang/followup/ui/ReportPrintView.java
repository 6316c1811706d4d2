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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.followup.ReportContents;
import kr.silheomjang.followup.ReportHtml;
import kr.silheomjang.followup.ReportService;
import kr.silheomjang.ui.Messages;

/**
 * The hand-off report on its own, for paper: an A4 page without the app shell (print CSS in css/report.css drops the
 * buttons). The page is {@link ReportHtml}'s fragment, the very markup the PDF renders. Owners and planners only, as
 * the service decides; a partner guest reads that the page is the planning team's, anyone else is sent away with the
 * usual message.
 */
@Route(value = "experiments/:experimentId/followup/report/print", autoLayout = false)
@PermitAll
@StyleSheet("css/report.css")
public class ReportPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService service;
    final Main page = new Main();
    final Anchor pdf = new Anchor();
    private final Div tools = new Div();
    private final ExperimentService experiments;
    private String title = "";
    private Html shownPage;

    public ReportPrintView(ReportService service, ExperimentService experiments) {
        this.service = service;
        this.experiments = experiments;
        addClassName("report-print");
        getElement().setAttribute("lang", "ko");
        Button print = new Button(getTranslation("followup.report.printButton"),
                e -> getElement().executeJs("window.print()"));
        print.setId("report-print-button");
        pdf.add(getTranslation("followup.report.pdf"));
        pdf.setId("report-print-pdf");
        pdf.setRouterIgnore(true);
        pdf.getElement().setAttribute("download", true);
        tools.add(print, pdf);
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
            // Membership first (non-members are refused as before, learning nothing); a partner guest is a member
            // and is told what the page is for instead.
            if (!experiments.get(id).myRole().canEdit()) {
                editorsOnly();
                return;
            }
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

    /** A partner guest's page: one plain sentence, no report, no tools. */
    private void editorsOnly() {
        title = getTranslation("followup.report.heading");
        tools.setVisible(false);
        page.removeAll();
        shownPage = null;
        page.add(new EditorsOnlyNote("report-print-editors-only"));
    }

    /** For tests: what the page says besides the report (the editors-only note). */
    String noteText() {
        return page.getChildren().filter(Paragraph.class::isInstance).map(c -> ((Paragraph) c).getText()).findFirst()
                .orElse("");
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
