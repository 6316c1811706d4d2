package kr.silheomjang.portfolio.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.Application;
import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.DDay;
import kr.silheomjang.experiment.ExperimentDraft;
import kr.silheomjang.portfolio.PortfolioLive;
import kr.silheomjang.portfolio.PortfolioService;
import kr.silheomjang.portfolio.StageSpan;
import kr.silheomjang.portfolio.TimelineRow;
import kr.silheomjang.schedule.MilestoneView;
import kr.silheomjang.schedule.ScheduleLive;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.LiveAnnouncer;
import kr.silheomjang.ui.LiveForm;
import kr.silheomjang.ui.LiveSubscription;

/**
 * 포트폴리오 타임라인: every experiment of the user as a strip across the months, planned stages above, actual ones
 * below, milestones, the event day (D-day) and today. Drawn from plain elements positioned in percent of the shown
 * period, so zooming only changes the strip's width and print fits it on A4 landscape. Below 600 px the CSS shows the
 * list instead (experiment, current stage, next milestone, D-day). Each strip has a text description for screen
 * readers; the strip itself is decoration.
 */
@Route("portfolio")
@Menu(order = 1, title = "nav.portfolio", icon = "vaadin:calendar-clock")
@PermitAll
@StyleSheet("css/portfolio.css")
public class PortfolioView extends VerticalLayout implements HasDynamicTitle {

    enum Zoom {
        MONTH, QUARTER
    }

    private static final Set<LiveKind> LIVE_KINDS = Set.of(WorkspaceLive.EXPERIMENT, WorkspaceLive.MEMBERS,
            ScheduleLive.EVENTS, PortfolioLive.PLAN);

    private final kr.silheomjang.collab.PresenceRegistry presence;
    private final PortfolioService portfolio;
    private final LiveUpdateBus bus;
    private final Clock clock;

    final RadioButtonGroup<Zoom> zoom = new RadioButtonGroup<>();
    final Checkbox showArchived = new Checkbox();
    final Div strip = new Div();
    final Div axis = new Div();
    final Div rowsBox = new Div();
    final Div list = new Div();
    final Paragraph empty = new Paragraph();
    final Map<Long, Div> rowElements = new LinkedHashMap<>();
    final Map<Long, Div> listElements = new LinkedHashMap<>();
    private Map<Long, TimelineRow> shown = new LinkedHashMap<>();
    private LocalDate from = LocalDate.MIN;
    private LocalDate to = LocalDate.MIN;
    /** One subscription per experiment shown (archived ones too), kept in step with the user's memberships. */
    private final Map<Long, LiveSubscription> subscriptions = new HashMap<>();
    private @Nullable LiveSubscription memberships;
    private final CurrentUser currentUser;
    @Nullable PlanDialog dialog;

    public PortfolioView(PortfolioService portfolio, LiveUpdateBus bus, Clock clock, CurrentUser currentUser,
            kr.silheomjang.collab.PresenceRegistry presence) {
        this.portfolio = portfolio;
        this.presence = presence;
        this.currentUser = currentUser;
        this.bus = bus;
        this.clock = clock;
        addClassName("portfolio-view");
        setWidthFull();

        H2 title = new H2(getTranslation("portfolio.title"));
        zoom.setLabel(getTranslation("portfolio.zoom"));
        zoom.setId("portfolio-zoom");
        zoom.setItems(Zoom.values());
        zoom.setItemLabelGenerator(z -> getTranslation("portfolio.zoom." + z.name()));
        zoom.setValue(Zoom.MONTH);
        zoom.addValueChangeListener(e -> redraw());
        showArchived.setLabel(getTranslation("portfolio.showArchived"));
        showArchived.setId("portfolio-archived");
        showArchived.addValueChangeListener(e -> reload());
        Button print = new Button(getTranslation("portfolio.print"), VaadinIcon.PRINT.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("portfolio-print");
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout tools = new HorizontalLayout(zoom, showArchived, print);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        tools.addClassName("pf-tools");

        Div legend = new Div(legendItem("pf-key-planned", "portfolio.legend.planned"),
                legendItem("pf-key-actual", "portfolio.legend.actual"),
                legendItem("pf-key-ms", "portfolio.legend.milestone"),
                legendItem("pf-key-dday", "portfolio.legend.dday"),
                legendItem("pf-key-today", "portfolio.legend.today"));
        legend.addClassName("pf-legend");

        strip.setId("portfolio-strip");
        strip.addClassName("pf-strip");
        axis.addClassName("pf-axis");
        axis.getElement().setAttribute("aria-hidden", "true");
        rowsBox.addClassName("pf-rows");
        rowsBox.getElement().setAttribute("role", "list");
        rowsBox.getElement().setAttribute("aria-label", getTranslation("portfolio.title"));
        strip.add(axis, rowsBox);
        Div scroller = new Div(strip);
        scroller.addClassName("pf-scroller");

        list.setId("portfolio-list");
        list.addClassName("pf-list");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", getTranslation("portfolio.title"));
        empty.setText(getTranslation("portfolio.empty"));
        empty.setId("portfolio-empty");
        empty.addClassName("pf-empty");

        add(title, tools, legend, empty, scroller, list);
        reload();
    }

    private Span legendItem(String keyClass, String textKey) {
        Span key = new Span();
        key.addClassName("pf-key");
        key.addClassName(keyClass);
        key.getElement().setAttribute("aria-hidden", "true");
        Span item = new Span(key, new Span(getTranslation(textKey)));
        item.addClassName("pf-legend-item");
        return item;
    }

    /** Re-reads the timeline; redraws only the experiments that changed unless the shown period moved. */
    void reload() {
        List<TimelineRow> rows = portfolio.timeline(showArchived.getValue());
        Map<Long, TimelineRow> next = rows.stream()
                .collect(Collectors.toMap(TimelineRow::experimentId, r -> r, (a, b) -> a, LinkedHashMap::new));
        LocalDate[] range = range(rows);
        boolean sameFrame = range[0].equals(from) && range[1].equals(to)
                && next.keySet().stream().toList().equals(shown.keySet().stream().toList());
        if (!sameFrame) {
            shown = next;
            redraw();
            return;
        }
        for (TimelineRow row : rows) {
            if (!row.equals(shown.get(row.experimentId()))) {
                Div strip = stripRow(row);
                rowElements.get(row.experimentId()).getElement().getParent()
                        .insertChild(rowsBox.getElement().indexOfChild(rowElements.get(row.experimentId())
                                .getElement()), strip.getElement());
                rowElements.get(row.experimentId()).removeFromParent();
                rowElements.put(row.experimentId(), strip);
                Div item = listRow(row);
                list.getElement().insertChild(list.getElement().indexOfChild(
                        listElements.get(row.experimentId()).getElement()), item.getElement());
                listElements.get(row.experimentId()).removeFromParent();
                listElements.put(row.experimentId(), item);
            }
        }
        shown = next;
    }

    /** Draws everything again (another zoom, period or set of experiments). */
    void redraw() {
        LocalDate[] range = range(List.copyOf(shown.values()));
        from = range[0];
        to = range[1];
        axis.removeAll();
        rowsBox.removeAll();
        list.removeAll();
        rowElements.clear();
        listElements.clear();
        empty.setVisible(shown.isEmpty());
        strip.setVisible(!shown.isEmpty());
        long months = ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) + 1;
        double monthRem = zoom.getValue() == Zoom.QUARTER ? 2.6 : 7.5;
        strip.getStyle().set("--pf-track-width", (months * monthRem) + "rem");
        strip.getElement().setAttribute("data-zoom", zoom.getValue().name());
        drawAxis();
        for (TimelineRow row : shown.values()) {
            Div r = stripRow(row);
            rowElements.put(row.experimentId(), r);
            rowsBox.add(r);
            Div item = listRow(row);
            listElements.put(row.experimentId(), item);
            list.add(item);
        }
    }

    private void drawAxis() {
        Div label = new Div(new Span(getTranslation("portfolio.axis.experiment")));
        label.addClassName("pf-label");
        Div track = new Div();
        track.addClassName("pf-track");
        if (zoom.getValue() == Zoom.QUARTER) {
            for (LocalDate q = quarterStart(from); !q.isAfter(to); q = q.plusMonths(3)) {
                track.add(tick(q, q.plusMonths(3), getTranslation("portfolio.axis.quarter", q.getYear(),
                        q.get(IsoFields.QUARTER_OF_YEAR))));
            }
        } else {
            for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
                track.add(tick(m, m.plusMonths(1), getTranslation("portfolio.axis.month", m.getYear(),
                        m.getMonthValue())));
            }
        }
        track.add(marker("pf-today", today(), getTranslation("portfolio.legend.today")));
        axis.add(label, track);
    }

    private Div tick(LocalDate start, LocalDate end, String text) {
        Div tick = new Div(new Span(text));
        tick.addClassName("pf-tick");
        place(tick, start, end);
        return tick;
    }

    /** One experiment's strip: title and actions, then the decorative track; the description is for screen readers. */
    Div stripRow(TimelineRow row) {
        String descId = "pf-desc-" + row.experimentId();
        Anchor link = new Anchor("experiments/" + row.experimentId(), row.title());
        link.addClassName("pf-title");
        link.getElement().setAttribute("aria-describedby", descId);
        Span meta = new Span(getTranslation(row.stage().messageKey()) + " · "
                + DDay.label(row.eventDate(), today()));
        meta.addClassName("pf-meta");
        Div label = new Div(link, meta);
        label.addClassName("pf-label");
        if (row.archived()) {
            Span archived = new Span(getTranslation("portfolio.archived"));
            archived.addClassName("pf-archived-badge");
            label.add(archived);
        }
        if (row.mayEditPlan()) {
            Button edit = new Button(getTranslation("portfolio.plan.edit"), e -> openPlan(row));
            edit.addClassName("pf-plan-button");
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.getElement().setAttribute("aria-label", getTranslation("portfolio.plan.editFor", row.title()));
            edit.getElement().setAttribute("data-experiment", String.valueOf(row.experimentId()));
            label.add(edit);
        }

        Div track = new Div();
        track.addClassName("pf-track");
        track.getElement().setAttribute("aria-hidden", "true");
        LocalDate today = today();
        for (StageSpan s : row.stages()) {
            Div planned = new Div(new Span(getTranslation(s.stage().messageKey())));
            planned.addClassNames("pf-bar", "pf-planned", "pf-s-" + s.stage().name());
            planned.setClassName("pf-derived", s.plannedDerived());
            place(planned, s.plannedStart(), s.plannedEnd().plusDays(1));
            track.add(planned);
            if (s.actualStart() != null) {
                LocalDate end = s.actualEnd() != null ? s.actualEnd() : max(today, s.actualStart());
                Div actual = new Div();
                actual.addClassNames("pf-bar", "pf-actual", "pf-s-" + s.stage().name());
                actual.setClassName("pf-ongoing", s.actualEnd() == null);
                place(actual, s.actualStart(), end.plusDays(1));
                track.add(actual);
            }
        }
        for (MilestoneView m : row.milestones()) {
            Div ms = marker("pf-ms", m.date(), m.title() + " · " + Formats.date(m.date(), getLocale()));
            track.add(ms);
        }
        track.add(marker("pf-dday", row.eventDate(), "D-day · " + Formats.date(row.eventDate(), getLocale())));
        track.add(marker("pf-today", today, getTranslation("portfolio.legend.today")));
        // A mouse shortcut to the experiment; keyboard users have the link.
        track.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("experiments/" + row.experimentId())));

        Div description = new Div(description(row));
        description.setId(descId);
        description.addClassName("sr-only");

        Div r = new Div(label, track, description);
        r.addClassName("pf-row");
        r.setClassName("pf-row-archived", row.archived());
        r.getElement().setAttribute("role", "listitem");
        r.getElement().setAttribute("data-experiment", String.valueOf(row.experimentId()));
        return r;
    }

    /** The phone's row: experiment, current stage, next milestone and D-day. */
    Div listRow(TimelineRow row) {
        Anchor link = new Anchor("experiments/" + row.experimentId(), row.title());
        link.addClassName("pf-title");
        Span stage = new Span(getTranslation("portfolio.list.stage", getTranslation(row.stage().messageKey())));
        MilestoneView next = row.nextMilestone();
        Span milestone = new Span(next == null ? getTranslation("portfolio.list.noMilestone")
                : getTranslation("portfolio.list.nextMilestone", next.title(), Formats.date(next.date(), getLocale()),
                        DDay.label(next.date(), today())));
        Span dday = new Span(DDay.label(row.eventDate(), today()));
        dday.addClassName("dday-badge");
        dday.getElement().setAttribute("title", Formats.date(row.eventDate(), getLocale()));
        Div item = new Div(link, dday, stage, milestone);
        item.addClassName("pf-item");
        item.getElement().setAttribute("role", "listitem");
        item.getElement().setAttribute("data-experiment", String.valueOf(row.experimentId()));
        return item;
    }

    /** What a screen reader hears for one strip: the stages with dates in Korean format, milestones, D-day. */
    String description(TimelineRow row) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("portfolio.desc.current", getTranslation(row.stage().messageKey()),
                Formats.date(row.eventDate(), getLocale()), DDay.label(row.eventDate(), today())));
        for (StageSpan s : row.stages()) {
            String planned = getTranslation("portfolio.desc.planned", Formats.date(s.plannedStart(), getLocale()),
                    Formats.date(s.plannedEnd(), getLocale()));
            String actual = s.actualStart() == null ? getTranslation("portfolio.desc.notReached")
                    : s.actualEnd() == null
                            ? getTranslation("portfolio.desc.since", Formats.date(s.actualStart(), getLocale()))
                            : getTranslation("portfolio.desc.actual", Formats.date(s.actualStart(), getLocale()),
                                    Formats.date(s.actualEnd(), getLocale()));
            parts.add(getTranslation(s.stage().messageKey()) + ": " + planned + ", " + actual);
        }
        if (!row.milestones().isEmpty()) {
            parts.add(getTranslation("portfolio.desc.milestones", row.milestones().stream()
                    .map(m -> m.title() + " " + Formats.date(m.date(), getLocale()))
                    .collect(Collectors.joining(", "))));
        }
        return String.join(". ", parts) + ".";
    }

    private Div marker(String cssClass, LocalDate day, String title) {
        Div m = new Div();
        m.addClassNames("pf-marker", cssClass);
        m.getElement().setAttribute("title", title);
        m.getStyle().set("left", percent(day.plusDays(0)) + "%");
        // A date beyond the drawn period (see range) is not drawn at its edge as if it fell there.
        m.setVisible(!day.isBefore(from) && !day.isAfter(to));
        return m;
    }

    /** Positions an element over [start, end) of the shown period, in percent so it scales with zoom and paper. */
    private void place(Div element, LocalDate start, LocalDate endExclusive) {
        LocalDate s = start.isBefore(from) ? from : start;
        LocalDate e = endExclusive.isAfter(to.plusDays(1)) ? to.plusDays(1) : endExclusive;
        double left = percent(s);
        double width = Math.max(0.15, percent(e) - left);
        element.getStyle().set("left", round(left) + "%");
        element.getStyle().set("width", round(width) + "%");
        element.setVisible(!start.isAfter(to) && endExclusive.isAfter(from));
    }

    private double percent(LocalDate day) {
        long total = ChronoUnit.DAYS.between(from, to.plusDays(1));
        return total <= 0 ? 0 : 100.0 * ChronoUnit.DAYS.between(from, day) / total;
    }

    private static String round(double v) {
        return String.format(java.util.Locale.ROOT, "%.3f", v);
    }

    /**
     * Whole months (or quarters) around every date shown, today included, within the dates an experiment may have
     * (ExperimentDraft: ten years back, five ahead). Older data beyond them (a follow-up end of 9999-12-31) is cut at
     * the edge rather than drawn as tens of thousands of months, which would hang the page.
     */
    LocalDate[] range(List<TimelineRow> rows) {
        LocalDate today = today();
        LocalDate min = today;
        LocalDate max = today;
        for (TimelineRow r : rows) {
            for (StageSpan s : r.stages()) {
                min = min(min, s.plannedStart());
                max = max(max, s.plannedEnd());
                if (s.actualStart() != null) {
                    min = min(min, s.actualStart());
                }
            }
            max = max(max, r.followUpEnd());
            for (MilestoneView m : r.milestones()) {
                min = min(min, m.date());
                max = max(max, m.date());
            }
        }
        min = max(min, ExperimentDraft.earliestDate(today));
        max = min(max, ExperimentDraft.latestDate(today));
        if (zoom.getValue() == Zoom.QUARTER) {
            return new LocalDate[] {quarterStart(min), quarterStart(max).plusMonths(3).minusDays(1)};
        }
        return new LocalDate[] {min.withDayOfMonth(1), max.withDayOfMonth(1).plusMonths(1).minusDays(1)};
    }

    private static LocalDate quarterStart(LocalDate d) {
        return LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Application.ZONE));
    }

    /** Opens the planned-dates dialog of a shown experiment (its button's action). */
    void openPlanFor(long experimentId) {
        TimelineRow row = shown.get(experimentId);
        if (row != null) {
            openPlan(row);
        }
    }

    private void openPlan(TimelineRow row) {
        dialog = new PlanDialog(portfolio, row.experimentId(), row.title(), this::reload, new LiveForm.Presence(
                presence, bus, currentUser.require(), row.experimentId(), "stage-plan"));
        dialog.open();
    }

    /** The rows shown now (for tests). */
    List<TimelineRow> shownRows() {
        return List.copyOf(shown.values());
    }

    /**
     * Listens to every experiment of the user (stage moves, date changes, milestones and planned dates) and to the
     * user's own memberships: an experiment they start or join appears, one they are removed from disappears.
     */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        follow();
        if (memberships == null) {
            memberships = LiveSubscription.of(this, bus, LiveUpdate.personTopic(currentUser.require().id()),
                    Set.of(WorkspaceLive.MEMBERSHIPS), batch -> membershipsChanged());
        }
    }

    /** Subscribes to the experiments the user belongs to now, and ends the subscriptions of the others. */
    private void follow() {
        Set<Long> now = portfolio.timeline(true).stream().map(TimelineRow::experimentId).collect(Collectors.toSet());
        LiveSubscription.followOnly(subscriptions, now,
                id -> LiveSubscription.of(this, bus, id, LIVE_KINDS, batch -> changed(id, batch)));
    }

    /** Joined, removed or another role: follow the new set and redraw. */
    private void membershipsChanged() {
        follow();
        reload();
    }

    private void changed(long experimentId, Set<LiveUpdate> batch) {
        TimelineRow before = shown.get(experimentId);
        reload();
        PlanDialog open = dialog;
        if (open != null && open.experimentId() == experimentId
                && LiveUpdate.any(batch, PortfolioLive.PLAN, WorkspaceLive.EXPERIMENT)) {
            open.refresh(); // a live form: never over what the owner is typing
        }
        TimelineRow after = shown.get(experimentId);
        if (after != null && !after.equals(before)) {
            getUI().flatMap(LiveAnnouncer::of).ifPresent(a -> a.say(getTranslation("portfolio.live.updated",
                    after.title())));
        }
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
        return getTranslation("portfolio.title") + " · " + getTranslation("app.name");
    }
}
