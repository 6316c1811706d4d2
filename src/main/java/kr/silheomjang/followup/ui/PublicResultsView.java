package kr.silheomjang.followup.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import kr.silheomjang.followup.PublicResults;
import kr.silheomjang.followup.PublicResultsService;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.ui.PublicLayout;

/**
 * The public results page ({@code /r/<token>}): no account, no app shell, phone first and printable. A draft asks
 * search engines not to index it ({@code <meta name="robots" content="noindex">}); a published page lets them. An
 * unknown or withdrawn address says so and shows nothing else. The token is never logged.
 */
@Route(value = "r/:token", layout = PublicLayout.class)
@AnonymousAllowed
@StyleSheet("css/followup.css")
public class PublicResultsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicResultsService results;
    private final Main main = new Main();
    private String title = "";
    boolean noindex = true;

    public PublicResultsView(PublicResultsService results) {
        this.results = results;
        addClassName("results-public");
        add(main);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        main.removeAll();
        try {
            PublicResults r = results.open(token);
            title = r.title();
            noindex = !r.published();
            main.add(new ResultsContentPanel(r, id -> results.image(token, id)));
        } catch (UserFacingException e) {
            noindex = true;
            title = "";
            H1 heading = new H1(getTranslation("followup.results.public.unavailable"));
            Paragraph why = new Paragraph(getTranslation("followup.results.error.notFound"));
            why.setId("results-unavailable");
            main.add(heading, why);
        }
        robots(noindex);
    }

    /** Sets (or removes) the robots meta element of the document head. */
    private static void robots(boolean noindex) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().executeJs("let m = document.head.querySelector('meta[name=robots]');"
                    + "if ($0) { if (!m) { m = document.createElement('meta'); m.name = 'robots';"
                    + " document.head.appendChild(m); } m.content = 'noindex'; } else if (m) { m.remove(); }",
                    noindex);
        }
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("app.name") : title + " · " + getTranslation("app.name");
    }
}
