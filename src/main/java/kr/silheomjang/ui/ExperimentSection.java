package kr.silheomjang.ui;

import com.vaadin.flow.component.Component;

/**
 * One tab of an experiment's pages (overview, planning board, schedule, people, surveys …). Each feature declares its
 * own as a Spring bean; {@link ExperimentSections} renders the tabs, so the navigation lists only what exists and no
 * feature depends on another. The view's route must carry the {@value #PARAM} parameter.
 */
public record ExperimentSection(int order, String titleKey, Class<? extends Component> view) {

    public static final String PARAM = "experimentId";
}
