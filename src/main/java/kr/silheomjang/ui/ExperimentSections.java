package kr.silheomjang.ui;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** The tabs of one experiment, built from every feature's {@link ExperimentSection}. */
@Component
public class ExperimentSections {

    private final List<ExperimentSection> sections;

    ExperimentSections(List<ExperimentSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(ExperimentSection::order)).toList();
    }

    public List<ExperimentSection> all() {
        return sections;
    }

    /** Links to each section of the experiment; the current one is marked for screen readers and CSS. */
    public Nav tabs(long experimentId, Class<?> currentView) {
        Nav nav = new Nav();
        nav.setId("experiment-tabs");
        nav.addClassName("experiment-tabs");
        for (ExperimentSection s : sections) {
            RouterLink link = new RouterLink(s.view(),
                    new RouteParameters(ExperimentSection.PARAM, String.valueOf(experimentId)));
            link.setText(nav.getTranslation(s.titleKey()));
            link.addClassName("experiment-tab");
            if (s.view().equals(currentView)) {
                link.addClassName("current");
                link.getElement().setAttribute("aria-current", "page");
            }
            nav.add(link);
        }
        return nav;
    }
}
