package kr.silheomjang.people.ui;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.RouterLink;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.GuestScope;
import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantField;
import kr.silheomjang.people.ParticipantFilter;
import kr.silheomjang.people.ParticipantRow;
import kr.silheomjang.people.ParticipantCsvService;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.people.StatusCounts;
import kr.silheomjang.ui.ComponentTexts;
import kr.silheomjang.ui.Messages;

/**
 * The participants grid: lazy, sortable, filtered, inline editing (Grid Editor), counts per status, bulk status
 * change, CSV in and out, print lists, per-person export and erase. Live updates refresh rows in place, so scroll and
 * selection stay; while a row is being edited, refreshes wait until the editor closes.
 */
class ParticipantsPanel extends VerticalLayout {

    private final ParticipantService service;
    private final ParticipantCsvService csv;
    private final long experimentId;
    private final boolean editor;
    private final Runnable leave;

    final ParticipantsExtras.CountsBar counts = new ParticipantsExtras.CountsBar();
    final ParticipantFilters filters = new ParticipantFilters(this::applyFilter);
    final Button add = new Button();
    final Select<AttendanceStatus> bulkStatus = new Select<>();
    final Button applyBulk = new Button();
    final Button importCsv = new Button();
    final Anchor exportCsv;
    final Button eraseOne = new Button();
    final Grid<ParticipantRow> grid = new Grid<>();
    final ParticipantRowEditor rowEditor;

    private GridLazyDataView<ParticipantRow> dataView;
    private ParticipantFilter filter = ParticipantFilter.ALL;
    /** One column per field; those a partner guest may not see are shown only when the owner turned them on. */
    private final Map<ParticipantField, Grid.Column<ParticipantRow>> columns = new EnumMap<>(ParticipantField.class);
    private final Set<Long> deferred = new HashSet<>();
    private boolean deferredAll;
    /** The person a link asked for, marked in the list while the page is open. */
    private long linked = -1;

    ParticipantsPanel(ParticipantService service, ParticipantCsvService csv, long experimentId, boolean editor, Runnable leave,
            java.util.function.Function<String, kr.silheomjang.ui.LiveForm.Presence> presence) {
        this.service = service;
        this.csv = csv;
        this.experimentId = experimentId;
        this.editor = editor;
        this.leave = leave;
        this.rowEditor = new ParticipantRowEditor(grid, service, experimentId, new ParticipantRowEditor.Host() {
            @Override
            public void saved() {
                dataView.refreshAll();
                refreshCounts();
            }

            @Override
            public void conflicted() {
                refreshCounts();
            }
        }, presence);
        setPadding(false);
        addClassName("participants-panel");

        add.setText(getTranslation("people.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("add-participant");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new ParticipantDialog(service, experimentId, this::refreshAll).open());

        bulkStatus.setItems(AttendanceStatus.values());
        bulkStatus.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        bulkStatus.setPlaceholder(getTranslation("people.bulk.placeholder"));
        bulkStatus.setAriaLabel(getTranslation("people.bulk.placeholder"));
        bulkStatus.setId("bulk-status");
        applyBulk.setText(getTranslation("people.bulk.apply"));
        applyBulk.setId("apply-bulk");
        applyBulk.addClickListener(e -> applyBulk());

        importCsv.setText(getTranslation("people.csv.import"));
        importCsv.setIcon(VaadinIcon.UPLOAD.create());
        importCsv.setId("import-csv");
        importCsv.addClickListener(e -> new CsvImportDialog(csv, experimentId, this::refreshAll).open());
        java.util.Locale language = getLocale();
        exportCsv = new Anchor(event -> {
            byte[] file = csv.exportCsv(experimentId, language);
            event.setFileName("participants-" + experimentId + ".csv");
            event.setContentType(kr.silheomjang.shared.csv.CsvWriter.CONTENT_TYPE);
            event.getOutputStream().write(file);
        }, getTranslation("people.csv.export"));
        exportCsv.setId("export-csv");
        exportCsv.addClassName("people-link-button");
        exportCsv.getElement().setAttribute("download", true);

        eraseOne.setText(getTranslation("people.erase.button"));
        eraseOne.setIcon(VaadinIcon.ERASER.create());
        eraseOne.setId("erase-participant");
        eraseOne.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        // Erasing is for one chosen person: the button waits until exactly one row is selected.
        eraseOne.setEnabled(false);
        eraseOne.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(
                row -> new EraseDialog(service, experimentId, row, this::refreshAll).open()));

        RouterLink noFilming = ParticipantsExtras.printLink(this, experimentId, PeoplePrintView.NO_FILMING,
                "people.print.noFilming", "print-no-filming");
        RouterLink signIn = ParticipantsExtras.printLink(this, experimentId, PeoplePrintView.SIGN_IN,
                "people.print.signIn", "print-sign-in");

        // The stage guide asks that the list reach the film crew (§4); saying so is recorded in the personal-data log.
        Button filmListShared = new Button(getTranslation("people.filmList.shared"), VaadinIcon.CAMERA.create());
        filmListShared.setId("film-list-shared");
        filmListShared.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        filmListShared.addClickListener(e -> {
            if (PeopleActions.run(this, () -> service.recordNoFilmingListShared(experimentId), () -> { })) {
                com.vaadin.flow.component.notification.Notification.show(
                        getTranslation("people.filmList.shared.done"));
            }
        });

        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (editor) {
            actions.add(add, bulkStatus, applyBulk, importCsv, exportCsv, eraseOne);
        }
        actions.add(noFilming);
        if (editor) {
            actions.add(filmListShared);
        }
        actions.add(signIn);

        Details purposes = ParticipantsExtras.purposes(this);

        buildGrid();
        add(counts, filters, actions, purposes, grid);
        setFlexGrow(1, grid);
        refreshCounts();
        showDetails(whileMember(() -> service.visibleDetails(experimentId), GuestScope.NONE));
    }

    /**
     * Shows the columns of the details the user may see (the service leaves the others out of the rows anyway), and
     * says what the search looks at.
     */
    void showDetails(GuestScope scope) {
        boolean changed = false;
        for (Map.Entry<ParticipantField, Grid.Column<ParticipantRow>> e : columns.entrySet()) {
            boolean shown = e.getKey().shown().to(scope);
            changed |= e.getValue().isVisible() != shown;
            e.getValue().setVisible(shown);
        }
        filters.searchesContacts(scope.contacts());
        if (changed) {
            // Columns shown on an open page (the owner let guests see contacts) were sized while their cells were
            // still empty: size them again once the rows with the details have been drawn.
            grid.getElement().executeJs("requestAnimationFrame(() => requestAnimationFrame("
                    + "() => this.recalculateColumnWidths()))");
        }
    }

    private void buildGrid() {
        grid.setId("participants-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(editor ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        if (editor) {
            // After the mode is set: a listener belongs to the selection model, which setSelectionMode replaces
            // (and the read-only model takes none).
            grid.addSelectionListener(e -> eraseOne.setEnabled(e.getAllSelectedItems().size() == 1));
            ComponentTexts.localize(grid);
        }
        grid.setHeight("32rem");
        grid.setEmptyStateText(getTranslation("people.empty"));
        grid.setMultiSort(false);

        columns.putAll(ParticipantColumns.addTo(grid));
        grid.setPartNameGenerator(r -> r.id() == linked ? "deep-link-target" : null);
        columns.get(ParticipantField.NAME).setFrozen(true);

        if (editor) {
            Grid.Column<ParticipantRow> edit = grid.addComponentColumn(r -> {
                Button b = new Button(VaadinIcon.EDIT.create(), e -> startEdit(r));
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                b.setAriaLabel(getTranslation("people.editRow", r.name()));
                b.addClassName("edit-row");
                b.setEnabled(!r.anonymised());
                return b;
            }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
            rowEditor.attach(columns, edit);
            grid.getEditor().addCloseListener(e -> runDeferred());
            grid.addItemDoubleClickListener(e -> startEdit(e.getItem()));
        }

        dataView = grid.setItems(
                q -> whileMember(() -> {
                    String sortBy = "name";
                    boolean asc = true;
                    if (!q.getSortOrders().isEmpty()) {
                        sortBy = q.getSortOrders().get(0).getSorted();
                        asc = q.getSortOrders().get(0).getDirection() == SortDirection.ASCENDING;
                    }
                    return service.page(experimentId, filter, sortBy, asc, q.getPage(), q.getPageSize()).stream();
                }, Stream.<ParticipantRow>empty()),
                q -> whileMember(() -> service.count(experimentId, filter), 0));
        dataView.setIdentifierProvider(ParticipantRow::id);
        grid.sort(List.of(new GridSortOrder<>(columns.get(ParticipantField.NAME), SortDirection.ASCENDING)));
    }

    /**
     * Opens one person from a link (a search result, a notification): the list narrowed to their name (namesakes
     * stay, so nobody is mistaken for them), their row marked, and for owners and planners selected and opened for
     * editing. Guests see the row with what they may see of it. Someone not (or no longer) in this experiment gets the
     * usual "not found". Returns whether the person was found.
     */
    boolean showPerson(long participantId) {
        ParticipantRow row = whileMember(() -> service.rows(experimentId, Set.of(participantId)),
                List.<ParticipantRow>of()).stream().findFirst().orElse(null);
        if (row == null) {
            Messages.showError(getTranslation("people.error.notFound"));
            return false;
        }
        linked = row.id();
        filters.search.setValue(row.name());
        // The value may not have changed (the same link twice): read again so the mark shows either way.
        applyFilter();
        if (editor) {
            grid.asMultiSelect().setValue(Set.of(row));
            startEdit(row);
        }
        return true;
    }

    /** The person a link opened, marked in the list ({@code deep-link-target}); -1 for none. */
    long linked() {
        return linked;
    }

    void startEdit(ParticipantRow row) {
        if (editor && !row.anonymised()) {
            rowEditor.start(row);
        }
    }

    void applyBulk() {
        AttendanceStatus target = bulkStatus.getValue();
        Set<ParticipantRow> selected = grid.getSelectedItems();
        if (target == null || selected.isEmpty()) {
            Messages.showError(getTranslation("people.error.bulkNothing"));
            return;
        }
        Map<Long, Long> versions = new LinkedHashMap<>();
        selected.forEach(r -> versions.put(r.id(), r.version()));
        boolean ok = PeopleActions.run(this, () -> service.changeStatus(experimentId, versions, target), this::refreshAll);
        if (ok) {
            Messages.showSuccess(getTranslation("people.bulk.done", versions.size(),
                    getTranslation(target.messageKey())));
            refreshRows(versions.keySet(), true);
            refreshCounts();
        }
    }

    private void applyFilter() {
        filter = filters.value();
        dataView.refreshAll();
    }

    /** A live update: rows known by id are refreshed in place (scroll and selection stay); others re-count. */
    void onLive(Set<LiveUpdate> updates) {
        boolean any = false;
        Set<Long> ids = new HashSet<>();
        boolean all = false;
        if (LiveUpdate.any(updates, WorkspaceLive.EXPERIMENT) && !editor) {
            // The owner may have changed what guests see: show or drop the details at once.
            showDetails(service.visibleDetails(experimentId));
            any = true;
            all = true;
        }
        for (LiveUpdate u : updates) {
            if (PeopleLive.PARTICIPANTS.equals(u.kind())) {
                any = true;
                if (u.ids().isEmpty()) {
                    all = true;
                }
                ids.addAll(u.ids());
            }
        }
        if (!any) {
            return;
        }
        refreshCounts();
        if (rowEditor.isOpen()) {
            rowEditor.refresh(ids, all);
            deferred.addAll(ids);
            deferredAll |= all;
            return;
        }
        if (all) {
            refreshAll();
        } else {
            refreshRows(ids, false);
        }
    }

    /** Updates that arrived while a row was being edited; the closing editor re-sends its row, so re-fetch. */
    private void runDeferred() {
        if (deferredAll || !deferred.isEmpty()) {
            deferredAll = false;
            deferred.clear();
            dataView.refreshAll();
        }
    }

    private void refreshRows(Set<Long> ids, boolean own) {
        List<ParticipantRow> fresh = service.rows(experimentId, ids);
        // Selected rows carry the new version for the next bulk change, or leave the selection if their status moved.
        SelectionFollows.follow(this, grid, fresh, ParticipantRow::status, ParticipantRow::name, own);
        // A row changed so that it may now sort or filter differently: keep it simple and refresh in place; the
        // order catches up on the next fetch.
        fresh.forEach(dataView::refreshItem);
    }

    void refreshAll() {
        dataView.refreshAll();
        refreshCounts();
    }

    void refreshCounts() {
        StatusCounts c = whileMember(() -> service.countsByStatus(experimentId), null);
        if (c == null) {
            return;
        }
        counts.show(c);
    }

    private <T> T whileMember(Supplier<T> fetch, T nothing) {
        try {
            return fetch.get();
        } catch (AccessDeniedException e) {
            getUI().ifPresent(ui -> ui.access(leave::run));
            return nothing;
        }
    }

}
