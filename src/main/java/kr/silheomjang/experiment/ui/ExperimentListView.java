package kr.silheomjang.experiment.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.LocalDate;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.experiment.DDay;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.ExperimentHealth;
import kr.silheomjang.experiment.ExperimentSummary;
import kr.silheomjang.experiment.StageCheckSource;
import kr.silheomjang.experiment.StageGuideLive;
import kr.silheomjang.experiment.StageGuideService;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.LiveSubscription;

/** "My experiments": only those the user belongs to, archived ones on request. */
@Route("")
@com.vaadin.flow.component.dependency.StyleSheet("css/guide.css")
@Menu(order = 0, title = "nav.experiments", icon = "vaadin:flask")
@PermitAll
public class ExperimentListView extends VerticalLayout implements HasDynamicTitle {

    private final ExperimentService experiments;
    private final LiveUpdateBus bus;
    private final Clock clock;
    final Grid<ExperimentHealth> grid = new Grid<>();
    final Checkbox showArchived = new Checkbox();
    final Button create = new Button();
    /** One subscription per listed experiment, kept in step with the user's memberships. */
    private final java.util.Map<Long, LiveSubscription> subscriptions = new java.util.HashMap<>();
    private LiveSubscription memberships;
    private final kr.silheomjang.security.CurrentUser currentUser;
    private final List<Grid.Column<ExperimentHealth>> detailColumns = new ArrayList<>();

    private final StageGuideService guide;
    private final java.util.Set<kr.silheomjang.collab.LiveKind> liveKinds = new java.util.LinkedHashSet<>();

    public ExperimentListView(ExperimentService experiments, LiveUpdateBus bus, Clock clock, StageGuideService guide,
            List<StageCheckSource> checkSources, kr.silheomjang.security.CurrentUser currentUser) {
        this.experiments = experiments;
        this.currentUser = currentUser;
        this.guide = guide;
        // Renames, stage moves and archiving, and whatever changes a row's open items.
        liveKinds.addAll(java.util.List.of(WorkspaceLive.EXPERIMENT, WorkspaceLive.MEMBERS, StageGuideLive.WAIVERS));
        checkSources.forEach(s -> liveKinds.addAll(s.liveKinds()));
        this.bus = bus;
        this.clock = clock;
        addClassName("experiment-list-view");
        kr.silheomjang.ui.WindowWidth.follow(this, this::adaptTo);
        setSizeFull();

        H2 title = new H2(getTranslation("experiments.title"));
        create.setText(getTranslation("experiments.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.setId("new-experiment");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(experiments.canCreate());
        create.addClickListener(e -> ExperimentFormDialog.forCreate(experiments,
                id -> getUI().ifPresent(ui -> ui.navigate(ExperimentOverviewView.class,
                        new RouteParameters(ExperimentOverviewView.PARAM, String.valueOf(id)))), today()).open());

        showArchived.setLabel(getTranslation("experiments.showArchived"));
        showArchived.setId("show-archived");
        showArchived.addValueChangeListener(e -> refresh());

        HorizontalLayout header = new HorizontalLayout(title, create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setWrap(true);

        grid.setId("experiments-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // The first column carries everything on a phone; the others add detail where there is room.
        grid.addComponentColumn(this::titleCell).setHeader(getTranslation("experiment.field.title"))
                .setFlexGrow(3).setAutoWidth(false);
        detailColumns.add(grid.addColumn(h -> getTranslation(h.summary().stage().messageKey()))
                .setHeader(getTranslation("experiment.stage")).setAutoWidth(true));
        detailColumns.add(grid.addComponentColumn(this::healthCell)
                .setHeader(getTranslation("guide.list.open")).setAutoWidth(true));
        detailColumns.add(grid.addColumn(h -> Formats.date(h.summary().eventDate(), getLocale()))
                .setHeader(getTranslation("experiment.field.eventDate")).setAutoWidth(true));
        detailColumns.add(grid.addComponentColumn(h -> ddayBadge(h.summary()))
                .setHeader(getTranslation("experiments.dday")).setAutoWidth(true));
        detailColumns.add(grid.addColumn(h -> roleText(h.summary()))
                .setHeader(getTranslation("experiments.myRole")).setAutoWidth(true));
        grid.setEmptyStateText(getTranslation("experiments.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ExperimentOverviewView.class,
                new RouteParameters(ExperimentOverviewView.PARAM, String.valueOf(e.getItem().summary().id())))));
        // One read per page of rows: the stage guide answers for all of them at once (no query per row).
        grid.setItems(query -> guide.listMine(showArchived.getValue(), query.getPage(), query.getPageSize())
                .stream(), query -> experiments.countMine(showArchived.getValue()));

        add(header, showArchived, grid);
        setFlexGrow(1, grid);
    }

    private Span ddayBadge(ExperimentSummary s) {
        Span badge = new Span(DDay.label(s.eventDate(), today()));
        badge.addClassName("dday-badge");
        return badge;
    }

    private String roleText(ExperimentSummary s) {
        return getTranslation(s.myRole().messageKey())
                + (s.archived() ? " · " + getTranslation("experiment.archived") : "");
    }

    /** Open items of the row's current stage, and its date flags. */
    private Div healthCell(ExperimentHealth h) {
        Span open = new Span(h.openItems() == 0 ? getTranslation("guide.list.allDone")
                : getTranslation("guide.list.openCount", h.openItems(), h.stageItems()));
        open.addClassName("health-open");
        open.setClassName("all-done", h.openItems() == 0);
        Div cell = new Div(open);
        cell.addClassName("health-cell");
        cell.getElement().setAttribute("data-open", String.valueOf(h.openItems()));
        for (var f : h.flags()) {
            Span flag = new Span(StageGuideTexts.flagShort(this, f));
            flag.addClassName("health-flag");
            flag.getElement().setAttribute("data-flag", f.kind().name());
            cell.add(flag);
        }
        return cell;
    }

    private Div titleCell(ExperimentHealth h) {
        ExperimentSummary s = h.summary();
        // A real link: the row opens on click, and keyboard users reach it inside the grid cell (Enter, then Enter).
        com.vaadin.flow.router.RouterLink title = new com.vaadin.flow.router.RouterLink(s.title(),
                ExperimentOverviewView.class,
                new RouteParameters(ExperimentOverviewView.PARAM, String.valueOf(s.id())));
        title.addClassName("list-title");
        Span meta = new Span(getTranslation(s.stage().messageKey()) + " · "
                + Formats.date(s.eventDate(), getLocale()) + " · " + roleText(s));
        meta.addClassName("list-meta");
        Div cell = new Div(title, ddayBadge(s), meta, healthCell(h));
        cell.addClassName("list-cell");
        return cell;
    }

    /** Phone width: one rich column instead of five narrow ones. */
    private void adaptTo(int width) {
        boolean narrow = width < 700;
        detailColumns.forEach(c -> c.setVisible(!narrow));
        grid.setClassName("narrow", narrow);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** Listens to every experiment listed, so renames, stage moves and archiving show up live. */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        follow();
        if (memberships == null) {
            // An experiment the user starts (in another tab) or is invited to appears; one they leave disappears.
            memberships = LiveSubscription.of(this, bus,
                    kr.silheomjang.collab.LiveUpdate.personTopic(currentUser.require().id()),
                    java.util.Set.of(WorkspaceLive.MEMBERSHIPS), batch -> {
                        follow();
                        refresh();
                    });
        }
    }

    /** Subscribes to the experiments listed now, and ends the subscriptions of those no longer the user's. */
    private void follow() {
        java.util.Set<Long> now = new java.util.HashSet<>();
        experiments.listMine(true, 0, 500).forEach(s -> now.add(s.id()));
        LiveSubscription.followOnly(subscriptions, now,
                id -> LiveSubscription.of(this, bus, id, liveKinds, batch -> refresh()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscriptions.values().forEach(LiveSubscription::close);
        subscriptions.clear();
        if (memberships != null) {
            memberships.close();
            memberships = null;
        }
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("experiments.title") + " · " + getTranslation("app.name");
    }
}
