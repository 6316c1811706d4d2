package kr.silheomjang.people.ui;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.GuestScope;
import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantFilter;
import kr.silheomjang.people.ParticipantGroup;
import kr.silheomjang.people.ParticipantRow;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.people.PhotoConsent;
import kr.silheomjang.people.StatusCounts;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.LiveSubscription;
import kr.silheomjang.ui.Messages;

/**
 * The participants grid: lazy, sortable, filtered, inline editing (Grid Editor), counts per status, bulk status
 * change, CSV in and out, print lists, per-person export and erase. Live updates refresh rows in place, so scroll and
 * selection stay; while a row is being edited, refreshes wait until the editor closes.
 */
class ParticipantsPanel extends VerticalLayout {

    private final ParticipantService service;
    private final long experimentId;
    private final boolean editor;
    private final Runnable leave;

    final Div counts = new Div();
    final TextField search = new TextField();
    final Select<ParticipantGroup> groupFilter = new Select<>();
    final Select<AttendanceStatus> statusFilter = new Select<>();
    final Select<PhotoConsent> photoFilter = new Select<>();
    final Button add = new Button();
    final Select<AttendanceStatus> bulkStatus = new Select<>();
    final Button applyBulk = new Button();
    final Button importCsv = new Button();
    final Anchor exportCsv;
    final Button eraseOne = new Button();
    final Grid<ParticipantRow> grid = new Grid<>();
    final Editor<ParticipantRow> rowEditor = grid.getEditor();
    final Binder<ParticipantRow> binder = new Binder<>();

    // Editor fields (package-private for tests).
    final TextField editName = new TextField();
    final TextField editPhone = new TextField();
    final TextField editEmail = new TextField();
    final Select<ParticipantGroup> editGroup = new Select<>();
    final Select<AttendanceStatus> editStatus = new Select<>();
    final Select<PhotoConsent> editPhoto = new Select<>();
    final TextField editAccess = new TextField();
    final TextField editDiet = new TextField();
    final TextField editNotes = new TextField();
    final Button saveRow = new Button();
    final Button cancelRow = new Button();

    private GridLazyDataView<ParticipantRow> dataView;
    private ParticipantFilter filter = ParticipantFilter.ALL;
    /** Columns of details a partner guest sees only when the owner turned them on. */
    private final List<Grid.Column<ParticipantRow>> contactColumns = new java.util.ArrayList<>();
    private final List<Grid.Column<ParticipantRow>> needsColumns = new java.util.ArrayList<>();
    private Grid.Column<ParticipantRow> notesColumn;
    /** The version the user saw when they opened the editor (a conflict refreshes it, keeping their input). */
    long editingVersion;
    private final Set<Long> deferred = new HashSet<>();
    private boolean deferredAll;

    ParticipantsPanel(ParticipantService service, long experimentId, boolean editor, Runnable leave) {
        this.service = service;
        this.experimentId = experimentId;
        this.editor = editor;
        this.leave = leave;
        setPadding(false);
        addClassName("participants-panel");

        counts.setId("status-counts");
        counts.addClassName("status-counts");

        search.setPlaceholder(getTranslation("people.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("participant-search");
        search.setAriaLabel(getTranslation("people.filter.search"));
        setUpFilter(groupFilter, ParticipantGroup.values(), g -> getTranslation(g.messageKey()),
                "people.filter.group");
        setUpFilter(statusFilter, AttendanceStatus.values(), s -> getTranslation(s.messageKey()),
                "people.filter.status");
        setUpFilter(photoFilter, PhotoConsent.values(), p -> getTranslation(p.messageKey()), "people.filter.photo");
        search.addValueChangeListener(e -> applyFilter());
        HorizontalLayout filters = new HorizontalLayout(search, groupFilter, statusFilter, photoFilter);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

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
        importCsv.addClickListener(e -> new CsvImportDialog(service, experimentId, this::refreshAll).open());
        exportCsv = new Anchor(event -> {
            byte[] csv = service.exportCsv(experimentId);
            event.setFileName("participants-" + experimentId + ".csv");
            event.setContentType(kr.silheomjang.shared.csv.CsvWriter.CONTENT_TYPE);
            event.getOutputStream().write(csv);
        }, getTranslation("people.csv.export"));
        exportCsv.setId("export-csv");
        exportCsv.addClassName("people-link-button");
        exportCsv.getElement().setAttribute("download", true);

        eraseOne.setText(getTranslation("people.erase.button"));
        eraseOne.setIcon(VaadinIcon.ERASER.create());
        eraseOne.setId("erase-participant");
        eraseOne.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        eraseOne.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(
                row -> new EraseDialog(service, experimentId, row, this::refreshAll).open()));

        RouterLink noFilming = new RouterLink(getTranslation("people.print.noFilming"), PeoplePrintView.class,
                new RouteParameters(Map.of("experimentId", String.valueOf(experimentId), "list", "no-filming")));
        noFilming.setId("print-no-filming");
        noFilming.getElement().setAttribute("target", "_blank");
        noFilming.addClassName("people-link-button");
        RouterLink signIn = new RouterLink(getTranslation("people.print.signIn"), PeoplePrintView.class,
                new RouteParameters(Map.of("experimentId", String.valueOf(experimentId), "list", "sign-in")));
        signIn.setId("print-sign-in");
        signIn.getElement().setAttribute("target", "_blank");
        signIn.addClassName("people-link-button");

        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (editor) {
            actions.add(add, bulkStatus, applyBulk, importCsv, exportCsv, eraseOne);
        }
        actions.add(noFilming, signIn);

        Details purposes = new Details(getTranslation("people.purpose.title"), purposeList());
        purposes.setId("purposes");
        purposes.addClassName("purposes");

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
        contactColumns.forEach(c -> c.setVisible(scope.contacts()));
        needsColumns.forEach(c -> c.setVisible(scope.needs()));
        notesColumn.setVisible(scope.notes());
        String hint = getTranslation(scope.contacts() ? "people.filter.search" : "people.filter.searchName");
        search.setPlaceholder(hint);
        search.setAriaLabel(hint);
    }

    private Component purposeList() {
        UnorderedList list = new UnorderedList();
        for (String field : List.of("contact", "group", "status", "photo", "access", "diet", "notes")) {
            list.add(new ListItem(getTranslation("people.field." + field) + " — "
                    + getTranslation("people.purpose." + field)));
        }
        Paragraph retention = new Paragraph(getTranslation("people.purpose.retention"));
        retention.addClassName("help-text");
        return new Div(list, retention);
    }

    private <T> void setUpFilter(Select<T> select, T[] values, com.vaadin.flow.component.ItemLabelGenerator<T> label,
            String key) {
        select.setItems(values);
        // The empty choice ("all") reaches the generator as null.
        select.setItemLabelGenerator(v -> v == null ? getTranslation(key) : label.apply(v));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(key));
        select.setAriaLabel(getTranslation(key));
        select.addValueChangeListener(e -> applyFilter());
    }

    private void buildGrid() {
        grid.setId("participants-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(editor ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        grid.setHeight("32rem");
        grid.setEmptyStateText(getTranslation("people.empty"));
        grid.setMultiSort(false);

        Grid.Column<ParticipantRow> name = grid.addColumn(ParticipantRow::name).setKey("name")
                .setHeader(getTranslation("people.field.name")).setSortable(true).setSortProperty("name")
                .setAutoWidth(true).setFrozen(true);
        Grid.Column<ParticipantRow> phone = grid.addColumn(r -> nz(r.phone())).setKey("phone")
                .setHeader(header("people.field.phone", "people.purpose.contact")).setAutoWidth(true);
        Grid.Column<ParticipantRow> email = grid.addColumn(r -> nz(r.email())).setKey("email")
                .setHeader(header("people.field.email", "people.purpose.contact")).setAutoWidth(true);
        Grid.Column<ParticipantRow> group = grid.addColumn(r -> getTranslation(r.group().messageKey()))
                .setKey("group").setHeader(header("people.field.group", "people.purpose.group")).setSortable(true)
                .setSortProperty("group").setAutoWidth(true);
        Grid.Column<ParticipantRow> status = grid.addComponentColumn(this::statusCell).setKey("status")
                .setHeader(header("people.field.status", "people.purpose.status")).setSortable(true)
                .setSortProperty("status").setAutoWidth(true);
        Grid.Column<ParticipantRow> photo = grid.addComponentColumn(this::photoCell).setKey("photo")
                .setHeader(header("people.field.photo", "people.purpose.photo")).setSortable(true)
                .setSortProperty("photoConsent").setAutoWidth(true);
        Grid.Column<ParticipantRow> access = grid.addColumn(r -> nz(r.accessibilityNeeds())).setKey("access")
                .setHeader(header("people.field.access", "people.purpose.access")).setWidth("12rem");
        Grid.Column<ParticipantRow> diet = grid.addColumn(r -> nz(r.dietaryNeeds())).setKey("diet")
                .setHeader(header("people.field.diet", "people.purpose.diet")).setWidth("10rem");
        Grid.Column<ParticipantRow> notes = grid.addColumn(r -> nz(r.notes())).setKey("notes")
                .setHeader(header("people.field.notes", "people.purpose.notes")).setWidth("12rem");
        contactColumns.add(phone);
        contactColumns.add(email);
        needsColumns.add(access);
        needsColumns.add(diet);
        notesColumn = notes;

        if (editor) {
            Grid.Column<ParticipantRow> edit = grid.addComponentColumn(r -> {
                Button b = new Button(VaadinIcon.EDIT.create(), e -> startEdit(r));
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                b.setAriaLabel(getTranslation("people.editRow", r.name()));
                b.addClassName("edit-row");
                b.setEnabled(!r.anonymised());
                return b;
            }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
            setUpEditor(name, phone, email, group, status, photo, access, diet, notes, edit);
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
        grid.sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
    }

    private Component header(String labelKey, String purposeKey) {
        Span s = new Span(getTranslation(labelKey));
        s.setTitle(getTranslation(purposeKey));
        s.getElement().setAttribute("aria-description", getTranslation(purposeKey));
        return s;
    }

    private Component statusCell(ParticipantRow r) {
        Span badge = new Span(getTranslation(r.status().messageKey()));
        badge.addClassNames("status-badge", "status-" + r.status().name().toLowerCase());
        LocalDate d = r.dateOf(r.status());
        Span date = new Span(d == null ? "" : d.getMonthValue() + "/" + d.getDayOfMonth());
        date.addClassName("status-date");
        // Every step reached so far, with its date, for the tooltip / screen readers.
        StringBuilder steps = new StringBuilder();
        for (AttendanceStatus s : AttendanceStatus.values()) {
            LocalDate sd = r.dateOf(s);
            if (sd != null) {
                steps.append(getTranslation(s.messageKey())).append(' ').append(Formats.date(sd, getLocale()))
                        .append('\n');
            }
        }
        Span cell = new Span(badge, date);
        cell.setTitle(steps.toString().strip());
        cell.addClassName("status-cell");
        return cell;
    }

    private Component photoCell(ParticipantRow r) {
        Span s = new Span(getTranslation(r.photoConsent().messageKey()));
        s.addClassNames("photo-badge", r.photoConsent() == PhotoConsent.REFUSED ? "photo-refused" : "photo-granted");
        return s;
    }

    private void setUpEditor(Grid.Column<ParticipantRow> name, Grid.Column<ParticipantRow> phone,
            Grid.Column<ParticipantRow> email, Grid.Column<ParticipantRow> group, Grid.Column<ParticipantRow> status,
            Grid.Column<ParticipantRow> photo, Grid.Column<ParticipantRow> access, Grid.Column<ParticipantRow> diet,
            Grid.Column<ParticipantRow> notes, Grid.Column<ParticipantRow> edit) {
        rowEditor.setBinder(binder);
        rowEditor.setBuffered(true);
        // The binder only fills the fields; saving builds a draft and goes through the service (version check).
        bind(editName, ParticipantRow::name, "people.field.name");
        bind(editPhone, ParticipantRow::phone, "people.field.phone");
        bind(editEmail, ParticipantRow::email, "people.field.email");
        bind(editAccess, ParticipantRow::accessibilityNeeds, "people.field.access");
        bind(editDiet, ParticipantRow::dietaryNeeds, "people.field.diet");
        bind(editNotes, ParticipantRow::notes, "people.field.notes");
        editGroup.setItems(ParticipantGroup.values());
        editGroup.setItemLabelGenerator(g -> getTranslation(g.messageKey()));
        editGroup.setAriaLabel(getTranslation("people.field.group"));
        binder.forField(editGroup).bind(ParticipantRow::group, (r, v) -> { });
        editStatus.setItems(AttendanceStatus.values());
        editStatus.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        editStatus.setAriaLabel(getTranslation("people.field.status"));
        binder.forField(editStatus).bind(ParticipantRow::status, (r, v) -> { });
        editPhoto.setItems(PhotoConsent.values());
        editPhoto.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        editPhoto.setAriaLabel(getTranslation("people.field.photo"));
        binder.forField(editPhoto).bind(ParticipantRow::photoConsent, (r, v) -> { });
        for (Component c : List.of(editName, editPhone, editEmail, editGroup, editStatus, editPhoto, editAccess,
                editDiet, editNotes)) {
            ((com.vaadin.flow.component.HasSize) c).setWidthFull();
        }
        editName.setId("edit-name");
        editPhone.setId("edit-phone");
        editStatus.setId("edit-status");
        editNotes.setId("edit-notes");
        name.setEditorComponent(editName);
        phone.setEditorComponent(editPhone);
        email.setEditorComponent(editEmail);
        group.setEditorComponent(editGroup);
        status.setEditorComponent(editStatus);
        photo.setEditorComponent(editPhoto);
        access.setEditorComponent(editAccess);
        diet.setEditorComponent(editDiet);
        notes.setEditorComponent(editNotes);

        saveRow.setIcon(VaadinIcon.CHECK.create());
        saveRow.setAriaLabel(getTranslation("people.editor.save"));
        saveRow.setId("save-row");
        saveRow.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        saveRow.addClickListener(e -> saveEdit());
        cancelRow.setIcon(VaadinIcon.CLOSE_SMALL.create());
        cancelRow.setAriaLabel(getTranslation("people.editor.cancel"));
        cancelRow.setId("cancel-row");
        cancelRow.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        cancelRow.addClickListener(e -> rowEditor.cancel());
        HorizontalLayout buttons = new HorizontalLayout(saveRow, cancelRow);
        buttons.setSpacing(false);
        edit.setEditorComponent(buttons);
        rowEditor.addCloseListener(e -> runDeferred());
    }

    private void bind(TextField field, com.vaadin.flow.function.ValueProvider<ParticipantRow, String> getter,
            String labelKey) {
        field.setAriaLabel(getTranslation(labelKey));
        binder.forField(field).withNullRepresentation("").bind(getter, (r, v) -> { });
    }

    void startEdit(ParticipantRow row) {
        if (!editor || row.anonymised()) {
            return;
        }
        if (rowEditor.isOpen()) {
            rowEditor.cancel();
        }
        editingVersion = row.version();
        rowEditor.editItem(row);
        editName.focus();
    }

    void saveEdit() {
        ParticipantRow row = rowEditor.getItem();
        if (row == null) {
            return;
        }
        ParticipantDraft draft = new ParticipantDraft(editName.getValue(), editPhone.getValue(),
                editEmail.getValue(), editGroup.getValue(), editStatus.getValue(), editPhoto.getValue(),
                editAccess.getValue(), editDiet.getValue(), editNotes.getValue());
        ParticipantRow saved = PeopleActions.call(this, () -> service.update(experimentId, row.id(), editingVersion, draft),
                () -> {
                    // Someone saved this row first: keep what the user typed, take the newer version as the base,
                    // so a second save is a deliberate overwrite, and refresh everything else.
                    List<ParticipantRow> latest = service.rows(experimentId, Set.of(row.id()));
                    if (!latest.isEmpty()) {
                        editingVersion = latest.get(0).version();
                    }
                    refreshCounts();
                });
        if (saved != null) {
            // Closing the editor makes the grid re-send the row it was opened with; re-fetch so the saved values
            // win (selection is kept by id, the browser keeps the scroll position).
            rowEditor.cancel();
            dataView.refreshAll();
            refreshCounts();
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
            refreshRows(versions.keySet());
            refreshCounts();
        }
    }

    private void applyFilter() {
        filter = new ParticipantFilter(search.getValue(), groupFilter.getValue(), statusFilter.getValue(),
                photoFilter.getValue());
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
            deferred.addAll(ids);
            deferredAll |= all;
            return;
        }
        if (all) {
            refreshAll();
        } else {
            refreshRows(ids);
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

    private void refreshRows(Set<Long> ids) {
        List<ParticipantRow> fresh = service.rows(experimentId, ids);
        // A row changed so that it may now sort or filter differently: keep it simple and refresh in place; the
        // order catches up on the next fetch.
        fresh.forEach(dataView::refreshItem);
        // Selected rows keep their selection but must carry the new version for the next bulk change.
        Set<ParticipantRow> selected = grid.getSelectedItems();
        for (ParticipantRow f : fresh) {
            if (selected.contains(f)) {
                grid.deselect(f);
                grid.select(f);
            }
        }
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
        counts.removeAll();
        Span total = new Span(getTranslation("people.counts.total", c.total()));
        total.addClassName("count-total");
        counts.add(total);
        for (AttendanceStatus s : AttendanceStatus.values()) {
            Span chip = new Span(getTranslation(s.messageKey()) + " " + c.of(s));
            chip.addClassNames("count-chip", "status-" + s.name().toLowerCase());
            chip.getElement().setAttribute("data-status", s.name());
            counts.add(chip);
        }
    }

    private <T> T whileMember(Supplier<T> fetch, T nothing) {
        try {
            return fetch.get();
        } catch (AccessDeniedException e) {
            getUI().ifPresent(ui -> ui.access(leave::run));
            return nothing;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
