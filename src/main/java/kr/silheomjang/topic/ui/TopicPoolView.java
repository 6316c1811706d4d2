package kr.silheomjang.topic.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.ui.ComponentTexts;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.topic.CandidateFilter;
import kr.silheomjang.topic.CandidateRow;
import kr.silheomjang.topic.CandidateStatus;
import kr.silheomjang.topic.TopicLive;
import kr.silheomjang.topic.TopicImportService;
import kr.silheomjang.topic.TopicService;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.LiveSubscription;
import kr.silheomjang.ui.Messages;

/**
 * 제안함: the organisation's pool of candidate proposals, with counts per status, filters, search and sort. Every
 * co-planner's change shows up live (organisation-wide channel). Accounts that may not start experiments are sent
 * away before anything is read.
 */
@Route("topics")
@PermitAll
@StyleSheet("css/topic.css")
public class TopicPoolView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TopicService topics;
    private final TopicImportService importer;
    private final LiveUpdateBus bus;
    final Grid<CandidateRow> grid = new Grid<>();
    final TextField search = new TextField();
    final MultiSelectComboBox<CandidateStatus> statuses = ComponentTexts.localize(new MultiSelectComboBox<>());
    final ComboBox<String> tag = new ComboBox<>();
    final Select<CandidateFilter.Sort> sort = new Select<>();
    final Div counts = new Div();
    final Map<CandidateStatus, Button> countButtons = new EnumMap<>(CandidateStatus.class);
    final Button create = new Button();
    final Button meeting = new Button();
    final Button importButton = new Button();
    private LiveSubscription live;

    public TopicPoolView(TopicService topics, TopicImportService importer, LiveUpdateBus bus) {
        this.topics = topics;
        this.importer = importer;
        this.bus = bus;
        addClassName("topic-pool-view");
        setSizeFull();

        H2 title = new H2(getTranslation("topic.pool.title"));
        create.setText(getTranslation("topic.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.setId("new-candidate");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> CandidateDialog.forCreate(topics, id -> open(id)).open());
        meeting.setText(getTranslation("topic.meeting.open"));
        meeting.setIcon(VaadinIcon.GROUP.create());
        meeting.setId("open-meeting");
        meeting.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SelectionMeetingView.class)));
        importButton.setText(getTranslation("topic.import.open"));
        importButton.setIcon(VaadinIcon.UPLOAD.create());
        importButton.setId("import-candidates");
        importButton.addClickListener(e -> new ImportDialog(importer).open());
        HorizontalLayout actions = new HorizontalLayout(meeting, importButton, create);
        // The English labels are longer: on a phone "Add candidate" ran off the screen's edge unless the row wraps.
        actions.setWrap(true);
        HorizontalLayout header = new HorizontalLayout(title, actions);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setWrap(true);

        counts.setId("topic-counts");
        counts.addClassName("topic-counts");

        search.setPlaceholder(getTranslation("topic.search"));
        // A placeholder is no name (it is gone once something is typed): the field says what it searches.
        search.setAriaLabel(getTranslation("topic.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("topic-search");
        // Wide enough for the placeholder in English too ("Search title, text, tags, proposer" was cut).
        search.setWidth("20em");
        search.setMaxWidth("100%");
        search.addValueChangeListener(e -> refresh());
        // Visible labels, like the sort's: a placeholder would vanish once a filter is chosen.
        statuses.setLabel(getTranslation("topic.filter.status"));
        statuses.setItems(CandidateStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        statuses.setId("topic-status-filter");
        statuses.addValueChangeListener(e -> refresh());
        tag.setLabel(getTranslation("topic.filter.tag"));
        tag.setClearButtonVisible(true);
        tag.setId("topic-tag-filter");
        tag.addValueChangeListener(e -> refresh());
        sort.setLabel(getTranslation("topic.sort"));
        sort.setItems(CandidateFilter.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        sort.setValue(CandidateFilter.Sort.NEWEST);
        sort.setId("topic-sort");
        // "Newest proposals first" was cut at the default width.
        sort.setWidth("15em");
        sort.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, statuses, tag, sort);
        filters.setAlignItems(FlexComponent.Alignment.END);
        filters.setWrap(true);

        grid.setId("topic-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // At least 12em: on a phone the auto-width columns left the title 60 px, a word or two a line, broken mid-word.
        grid.addComponentColumn(this::titleCell).setHeader(getTranslation("topic.field.title")).setWidth("12em")
                .setFlexGrow(4);
        grid.addComponentColumn(r -> StatusBadge.of(this, r.status()))
                .setHeader(getTranslation("topic.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CandidateRow::sourcePlatform).setHeader(getTranslation("topic.field.source"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.submittedOn(), getLocale()))
                .setHeader(getTranslation("topic.field.submittedOn")).setAutoWidth(true);
        grid.addColumn(r -> r.proposerKnown() && r.proposerName() != null ? r.proposerName()
                : getTranslation("topic.proposer.unknown")).setHeader(getTranslation("topic.field.proposer"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("topic.pool.empty"));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setItems(q -> topics.page(filter(), q.getPage(), q.getPageSize()).stream(),
                q -> topics.count(filter()));

        add(header, counts, filters, grid);
        setFlexGrow(1, grid);
    }

    private Div titleCell(CandidateRow r) {
        // A real link (keyboard, middle click); a click elsewhere on the row still opens the candidate, and the grid
        // leaves a click on the link to the link.
        RouterLink t = new RouterLink(r.title(), TopicDetailView.class,
                new RouteParameters(TopicDetailView.PARAM, String.valueOf(r.id())));
        t.addClassName("topic-row-title");
        Div cell = new Div(t);
        cell.addClassName("topic-row");
        for (String tg : r.tags()) {
            Span chip = new Span(tg);
            chip.addClassName("topic-tag");
            cell.add(chip);
        }
        if (r.experimentId() != null) {
            Span linked = new Span(getTranslation("topic.linked"));
            linked.addClassName("topic-linked");
            cell.add(linked);
        }
        return cell;
    }

    CandidateFilter filter() {
        return new CandidateFilter(statuses.getValue(), search.getValue(), tag.getValue(), sort.getValue());
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(TopicDetailView.class,
                new RouteParameters(TopicDetailView.PARAM, String.valueOf(id))));
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        renderCounts();
    }

    private void renderCounts() {
        counts.removeAll();
        countButtons.clear();
        Map<CandidateStatus, Long> byStatus = topics.countsByStatus();
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        Button all = new Button(getTranslation("topic.count.all", total), e -> statuses.clear());
        all.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        counts.add(all);
        for (CandidateStatus s : CandidateStatus.values()) {
            Button b = new Button(getTranslation(s.messageKey()) + " " + byStatus.get(s),
                    e -> statuses.setValue(Set.of(s)));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            b.addClassName("topic-count");
            b.addClassName("status-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.setId("count-" + s.name());
            countButtons.put(s, b);
            counts.add(b);
        }
        String chosen = tag.getValue();
        tag.setItems(topics.tags());
        if (chosen != null) {
            tag.setValue(chosen);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!topics.canUse()) {
            Messages.showError(getTranslation("topic.error.denied"));
            event.forwardTo("");
            return;
        }
        renderCounts();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        live = LiveSubscription.of(this, bus, TopicLive.CHANNEL, Set.of(TopicLive.CANDIDATES), batch -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (live != null) {
            live.close();
            live = null;
        }
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("topic.pool.title") + " · " + getTranslation("app.name");
    }
}
