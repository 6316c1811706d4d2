package kr.silheomjang.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import kr.silheomjang.ui.ExperimentSection;

/** The follow-up tab's own sub-pages (retrospective, mail, hand-off report), one row of links above each. */
final class FollowupNav {

    private FollowupNav() {
    }

    /**
     * {@code editor}: owners and planners also see the mailing and the hand-off report, which partner guests may not
     * open.
     */
    static Nav of(Component page, long experimentId, Class<? extends Component> current, boolean editor) {
        RouteParameters params = new RouteParameters(ExperimentSection.PARAM, String.valueOf(experimentId));
        Nav nav = new Nav();
        nav.addClassName("followup-nav");
        nav.getElement().setAttribute("aria-label", page.getTranslation("followup.nav"));
        add(nav, page.getTranslation("followup.retro.nav"), FollowupView.class, params, current);
        if (editor) {
            add(nav, page.getTranslation("followup.mail.nav"), MailingView.class, params, current);
            add(nav, page.getTranslation("followup.report.nav"), ReportView.class, params, current);
        }
        add(nav, page.getTranslation("followup.archive.nav"), ArchiveView.class, params, current);
        add(nav, page.getTranslation("followup.results.nav"), ResultsPageView.class, params, current);
        return nav;
    }

    private static void add(Nav nav, String text, Class<? extends Component> view, RouteParameters params,
            Class<? extends Component> current) {
        RouterLink link = new RouterLink();
        link.setText(text);
        link.setRoute(view, params);
        if (view == current) {
            link.getElement().setAttribute("aria-current", "page");
            link.addClassName("current");
        }
        nav.add(link);
    }
}
