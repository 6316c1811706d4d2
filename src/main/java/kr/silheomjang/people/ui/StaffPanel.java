package kr.silheomjang.people.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.provider.ListDataProvider;

import kr.silheomjang.people.LinkableAccount;
import kr.silheomjang.people.StaffDraft;
import kr.silheomjang.people.StaffRosterService;
import kr.silheomjang.people.StaffRow;
import kr.silheomjang.ui.DestructiveQuestion;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.KeepTyped;
import kr.silheomjang.ui.LiveForm;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.ui.WindowWidth;

/**
 * The 역할분담표. Lines where a person is booked in two places at once are marked, with where else they are. Owners
 * and planners link a line to a member's account (the dialog's "계정 연결"; the grid shows to whom): a linked partner
 * guest marks the run-sheet segments led by the line's name (decision note 0067).
 */
class StaffPanel extends VerticalLayout {

    private final StaffRosterService service;
    private final long experimentId;
    private final boolean editor;
    private final Function<String, LiveForm.Presence> presence;
    final Grid<StaffRow> grid = new Grid<>();
    final Button add = new Button();
    final Span clashSummary = new Span();
    /** The columns of a wide screen, and the one stacked column of a phone ({@link #fitTo}). */
    private final List<Grid.Column<StaffRow>> wide = new java.util.ArrayList<>();
    final Grid.Column<StaffRow> stacked;
    List<StaffRow> rows = List.of();
    /** The members a line can be linked to (editors only; empty for guests, who see no links). */
    List<LinkableAccount> accounts = List.of();
    /** The grid's own list (rows replaced in place when only their content changed) and its view. */
    private java.util.List<StaffRow> backing;
    private com.vaadin.flow.component.grid.dataview.GridListDataView<StaffRow> shown;
    StaffDialog dialog;

    /** The event day the grid's badges were drawn for. */
    private @org.jspecify.annotations.Nullable LocalDate drawnForDay;

    /** The experiment's event day as last read (null if not set): a new line's date. */
    private final Supplier<LocalDate> eventDay;

    /**
     * {@code presence}: where a form of the page is (the page's {@code formPresence}); {@code eventDay}: the
     * experiment's event day as the page last read it.
     */
    StaffPanel(StaffRosterService service, long experimentId, boolean editor,
            Function<String, LiveForm.Presence> presence, Supplier<LocalDate> eventDay) {
        this.service = service;
        this.eventDay = eventDay;
        this.presence = presence;
        this.experimentId = experimentId;
        this.editor = editor;
        setPadding(false);
        add.setText(getTranslation("people.staff.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("add-staff");
        add.addClickListener(e -> openDialog(null));
        add.setVisible(editor);
        clashSummary.setId("staff-clashes");
        clashSummary.addClassName("clash-summary");
        grid.setId("staff-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("28rem");
        // Short columns as wide as their texts; the two long texts (duties, where else the person is booked) share
        // what is left and wrap, the overlap first: at 1366 px the overlap column, sized to its whole sentence, ran
        // behind the edit buttons and the grid scrolled sideways (QA). Their widths are minimums; a wide screen
        // shows them on one line.
        wide.add(grid.addColumn(StaffRow::role).setHeader(getTranslation("people.staff.role")).setAutoWidth(true)
                .setFlexGrow(0).setFrozen(true));
        wide.add(grid.addColumn(StaffRow::person).setHeader(getTranslation("people.staff.person")).setAutoWidth(true)
                .setFlexGrow(0));
        wide.add(grid.addColumn(this::slot).setHeader(getTranslation("people.staff.slot")).setAutoWidth(true)
                .setFlexGrow(0));
        wide.add(grid.addColumn(r -> nz(r.area())).setHeader(getTranslation("people.staff.area")).setAutoWidth(true)
                .setFlexGrow(0));
        wide.add(grid.addComponentColumn(r -> wrapped(r.duties())).setHeader(getTranslation("people.staff.duties"))
                .setKey("duties").setWidth("9rem").setFlexGrow(1));
        if (editor) {
            // Guests are never given the roster's contacts (StaffRosterService): no column that is always empty.
            wide.add(grid.addColumn(r -> nz(r.contact())).setHeader(getTranslation("people.staff.contact"))
                    .setKey("contact").setAutoWidth(true).setFlexGrow(0));
            // To whom a line is linked; guests get no links (StaffRow.memberUserId is null for them).
            wide.add(grid.addComponentColumn(this::linkBadge).setHeader(getTranslation("people.staff.account"))
                    .setKey("account").setAutoWidth(true).setFlexGrow(0));
        }
        wide.add(grid.addComponentColumn(this::clashBadge).setHeader(getTranslation("people.staff.check"))
                .setKey("check").setWidth("10rem").setFlexGrow(2));
        stacked = grid.addComponentColumn(this::stackedLine).setKey("stacked").setFlexGrow(1)
                .setHeader(String.join(" · ", getTranslation("people.staff.role"),
                        getTranslation("people.staff.person"), getTranslation("people.staff.slot")));
        stacked.setVisible(false);
        grid.setPartNameGenerator(r -> r.clashing() ? "clash" : null);
        grid.setEmptyStateText(getTranslation("people.staff.empty"));
        if (editor) {
            // The row click is a mouse shortcut; this button is the way for keyboards and screen readers.
            grid.addComponentColumn(r -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), e -> openDialog(r));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("people.staff.editOf", r.role(), r.person()));
                edit.addClassName("staff-edit");
                return edit;
            }).setKey("edit").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
            grid.addItemClickListener(e -> openDialog(e.getItem()));
        }
        add(add, clashSummary, grid);
        WindowWidth.follow(this, this::fitTo);
        reload();
    }

    /**
     * On a phone (as the experiment list does below 700 px) the line is one stacked cell: role and person, the time
     * on a line of its own, then area, duties, contact, link and overlap, wrapped. Side by side, the time column began
     * past a 390 px screen's edge and the grid scrolled sideways (QA); hiding columns would have lost the contact,
     * which on the day is what a phone is for. The desktop columns are unchanged.
     */
    void fitTo(int width) {
        boolean narrow = width < 700;
        wide.forEach(c -> c.setVisible(!narrow));
        stacked.setVisible(narrow);
        grid.setClassName("staff-narrow", narrow);
    }

    private String slot(StaffRow r) {
        return Formats.date(r.date(), getLocale()) + " " + r.start() + "–" + r.end();
    }

    /** A long text that wraps in its cell instead of ending in "…" (see the columns above). */
    private static Span wrapped(String text) {
        Span s = new Span(nz(text));
        s.addClassName("staff-wrap");
        return s;
    }

    private Span clashBadge(StaffRow r) {
        Span s = new Span(r.clashing() ? getTranslation("people.staff.clash", String.join(", ", r.clashes())) : "");
        if (r.clashing()) {
            s.addClassName("clash-badge");
        }
        Span off = offDayBadge(r);
        if (off != null) {
            Span both = new Span(off, s);
            both.addClassName("staff-check");
            return both;
        }
        return s;
    }

    /**
     * "행사일 아님" on a line on another day than the event day: only the event day's lines follow it when it moves
     * (the calendar's shift question), so a line left on the old day, or set-up the day before, is seen at a glance.
     */
    @org.jspecify.annotations.Nullable
    Span offDayBadge(StaffRow r) {
        LocalDate day = eventDay.get();
        if (day == null || day.equals(r.date())) {
            return null;
        }
        Span badge = new Span(getTranslation("people.staff.notEventDay"));
        badge.addClassName("staff-off-day");
        badge.setTitle(getTranslation("people.staff.notEventDay.hint", Formats.date(day, getLocale())));
        return badge;
    }

    /** One line of the roster as a phone shows it (see {@link #fitTo}). */
    private Div stackedLine(StaffRow r) {
        Span role = new Span(r.role());
        role.addClassName("staff-stacked-role");
        Div head = new Div(role, new Span(" · " + r.person()));
        Span time = new Span(slot(r));
        time.addClassName("staff-slot");
        Div line = new Div(head, time);
        String more = java.util.stream.Stream.of(r.area(), r.duties()).filter(x -> x != null && !x.isBlank())
                .collect(java.util.stream.Collectors.joining(" · "));
        if (r.contact() != null && !r.contact().isBlank()) {
            // A phone number is not broken at its hyphens.
            Span contact = new Span(r.contact());
            contact.addClassName("staff-contact");
            line.add(more.isEmpty() ? new Div(contact) : new Div(new Span(more + " · "), contact));
        } else if (!more.isEmpty()) {
            line.add(new Div(more));
        }
        if (editor && r.memberUserId() != null) {
            line.add(linkBadge(r));
        }
        if (r.clashing() || offDayBadge(r) != null) {
            line.add(clashBadge(r));
        }
        line.addClassName("staff-stacked");
        return line;
    }

    void reload() {
        List<StaffRow> next = service.roster(experimentId);
        List<LinkableAccount> nextAccounts = editor ? service.linkableAccounts(experimentId) : List.of();
        boolean accountsChanged = !sameAccounts(accounts, nextAccounts);
        accounts = nextAccounts;
        // The event day moved: every line's "행사일 아님" badge is drawn again, not only the lines that changed.
        LocalDate day = eventDay.get();
        boolean dayChanged = !java.util.Objects.equals(day, drawnForDay);
        drawnForDay = day;
        if (shown != null && sameIdsInOrder(rows, next) && !accountsChanged && !dayChanged) {
            // The same assignments in the same order: only the rows that changed (or whose clashes did) are sent again.
            for (int i = 0; i < next.size(); i++) {
                StaffRow before = rows.get(i);
                StaffRow now = next.get(i);
                if (before.version() != now.version() || !before.clashes().equals(now.clashes())) {
                    backing.set(i, now);
                    shown.refreshItem(now);
                }
            }
        } else {
            // Items are equal by id, so selection and scroll stay when the list is replaced.
            backing = new java.util.ArrayList<>(next);
            shown = grid.setItems(backing);
        }
        rows = next;
        long clashes = rows.stream().filter(StaffRow::clashing).count();
        clashSummary.setText(clashes == 0 ? "" : getTranslation("people.staff.clashSummary", clashes));
        clashSummary.setVisible(clashes > 0);
        if (dialog != null && dialog.isOpened()) {
            dialog.refresh();
        }
    }

    /** A link icon and the linked member's name (someone who just left shows as linked until the line is read again). */
    private Span linkBadge(StaffRow r) {
        Span badge = new Span();
        if (r.memberUserId() != null) {
            String name = accountOf(r.memberUserId()).map(LinkableAccount::displayName)
                    .orElse(getTranslation("people.staff.account.someone"));
            var icon = VaadinIcon.LINK.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            icon.addClassName("staff-link-icon");
            badge.add(icon, new Span(name));
            badge.addClassName("staff-link");
            badge.setTitle(getTranslation("people.staff.account.linkedTo", name));
        }
        return badge;
    }

    java.util.Optional<LinkableAccount> accountOf(@org.jspecify.annotations.Nullable Long userId) {
        return userId == null ? java.util.Optional.empty()
                : accounts.stream().filter(a -> a.userId() == userId).findFirst();
    }

    void openDialog(StaffRow row) {
        dialog = new StaffDialog(row);
        dialog.open();
    }

    /**
     * Adds or edits one line. Editing is a {@link LiveForm}: others' saves arrive in untouched fields; a field the user
     * is editing keeps their input, is marked with who changed it, and the save waits for the user's choice.
     */
    class StaffDialog extends Dialog {
        private final StaffRow row;
        final LiveForm<StaffRow> form;
        final ComboBox<String> role = new ComboBox<>();
        final TextField person = new TextField();
        final DatePicker date = new DatePicker();
        final TimePicker start = new TimePicker();
        final TimePicker end = new TimePicker();
        final TextField area = new TextField();
        final TextArea duties = new TextArea();
        final TextField contact = new TextField();
        /** "계정 연결": a member of the experiment, or empty for none. */
        final ComboBox<LinkableAccount> account = new ComboBox<>();
        /** The picker's choices: the members as last read, and a picked one who has since left (until saved). */
        private final List<LinkableAccount> accountChoices = new java.util.ArrayList<>();
        private final ListDataProvider<LinkableAccount> accountData = new ListDataProvider<>(accountChoices);
        final Button save = new Button();

        StaffDialog(StaffRow row) {
            this.row = row;
            setHeaderTitle(getTranslation(row == null ? "people.staff.add" : "people.staff.edit"));
            setId("staff-dialog");
            role.setLabel(getTranslation("people.staff.role"));
            // Suggestions only (the role is free text; the guide's list ends with "…"), in the UI's language.
            role.setItems(java.util.Arrays.stream(getTranslation("people.staff.roleSuggestions").split(","))
                    .map(String::strip).toList());
            role.setAllowCustomValue(true);
            role.addCustomValueSetListener(e -> role.setValue(e.getDetail()));
            role.setId("staff-role");
            person.setLabel(getTranslation("people.staff.person"));
            person.setId("staff-person");
            date.setLabel(getTranslation("people.staff.date"));
            Formats.localize(date, getLocale());
            date.setId("staff-date");
            // The years the service takes (an experiment's own span); outside, its sentence under the field.
            java.time.LocalDate today = java.time.LocalDate.now(kr.silheomjang.Application.ZONE);
            date.setMin(kr.silheomjang.experiment.ExperimentDraft.earliestDate(today));
            date.setMax(kr.silheomjang.experiment.ExperimentDraft.latestDate(today));
            // The columns' sizes, which the service checks too (staff_slot in V4).
            person.setMaxLength(100);
            area.setMaxLength(100);
            duties.setMaxLength(1000);
            contact.setMaxLength(100);
            String outOfRange = getTranslation("people.staff.error.dateRange");
            date.setI18n(date.getI18n().setMinErrorMessage(outOfRange).setMaxErrorMessage(outOfRange));
            start.setLabel(getTranslation("people.staff.start"));
            start.setId("staff-start");
            end.setLabel(getTranslation("people.staff.end"));
            end.setId("staff-end");
            area.setLabel(getTranslation("people.staff.area"));
            duties.setLabel(getTranslation("people.staff.duties"));
            contact.setLabel(getTranslation("people.staff.contact"));
            contact.setHelperText(getTranslation("people.purpose.staffContact"));
            account.setLabel(getTranslation("people.staff.account"));
            account.setId("staff-account");
            account.setHelperText(getTranslation("people.staff.account.help"));
            account.setItems(accountData);
            // Name and role only: the picker shows no address (and guests never open this dialog).
            account.setItemLabelGenerator(a -> a.role() == null ? a.displayName()
                    : getTranslation("people.staff.account.item", a.displayName(),
                            getTranslation(a.role().messageKey())));
            account.setClearButtonVisible(true);
            account.setPlaceholder(getTranslation("people.staff.account.none"));
            showAccountChoices();
            FormLayout layout = new FormLayout(role, person, date, start, end, area, contact, account, duties);
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                    new FormLayout.ResponsiveStep("32em", 2));
            layout.setColspan(duties, 2);
            add(layout);
            form = LiveForm.<StaffRow>of(this)
                    .bind("role", role, StaffRow::role)
                    .bind("person", person, StaffRow::person)
                    .bind("date", date, StaffRow::date, d -> d == null ? "" : Formats.date(d, getLocale()))
                    .bind("start", start, StaffRow::start)
                    .bind("end", end, StaffRow::end)
                    .bind("area", area, r -> nz(r.area()))
                    .bind("duties", duties, r -> nz(r.duties()))
                    .bind("contact", contact, r -> nz(r.contact()))
                    .bind("account", account, r -> linkedAccount(r.memberUserId()),
                            a -> a == null ? "" : a.displayName());
            account.addValueChangeListener(e -> showAccountChoices());
            if (row != null) {
                form.presence(presence.apply("staff:" + row.id())).load(row);
                showAccountChoices();
            } else {
                // The roster is for the day itself (guide §4): a new line starts on the event day, not on no date.
                date.setValue(eventDay.get());
                start.setValue(LocalTime.of(13, 0));
                end.setValue(LocalTime.of(14, 0));
            }
            save.setText(getTranslation("people.save"));
            save.setId("save-staff");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> {
                if (row != null && form.refusesSave((who, when) -> Messages.showError(
                        form.conflictText("people.conflict", who, when)))) {
                    return;
                }
                StaffDraft d = new StaffDraft(role.getValue(), person.getValue(), date.getValue(), start.getValue(),
                        end.getValue(), area.getValue(), duties.getValue(), contact.getValue(),
                        account.getValue() == null ? null : account.getValue().userId());
                boolean ok = PeopleActions.run(this, () -> {
                    if (row == null) {
                        service.add(experimentId, d);
                    } else {
                        service.update(experimentId, row.id(), form.latest().version(), d);
                    }
                }, this::refresh);
                if (ok) {
                    close();
                    reload();
                }
            });
            Button cancel = new Button(getTranslation("people.cancel"), e -> close());
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (row != null) {
                Button remove = new Button(getTranslation("people.remove"), e -> DestructiveQuestion.ask(this,
                        "people.staff.removeQuestion", "remove-staff-keep", () -> {
                            if (PeopleActions.run(this,
                                    () -> service.remove(experimentId, row.id(), form.latest().version()), () -> { })) {
                                close();
                                reload();
                            }
                        }, row.role()));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                remove.setId("remove-staff");
                getFooter().add(remove);
            }
            getFooter().add(cancel, save);
            KeepTyped.guard(this, form);
        }

        /**
         * A linked account as the picker's item: the member as read, or, for an account no longer among them (removed
         * a moment ago; the removal unlinks the line), an item naming nobody, so the form still shows a link.
         */
        private LinkableAccount linkedAccount(@org.jspecify.annotations.Nullable Long userId) {
            return userId == null ? null : accountOf(userId).orElseGet(() -> new LinkableAccount(userId,
                    getTranslation("people.staff.account.someone"), null));
        }

        /** The members as last read, plus the picked account when it is not among them (kept, never cleared here). */
        void showAccountChoices() {
            List<LinkableAccount> choices = new java.util.ArrayList<>(accounts);
            LinkableAccount picked = account.getValue();
            if (picked != null && !choices.contains(picked)) {
                choices.add(picked);
            }
            if (!sameAccounts(choices, accountChoices)) {
                accountChoices.clear();
                accountChoices.addAll(choices);
                accountData.refreshAll();
            }
        }

        /** Someone changed the roster or the team: this line's newer values reach the form (never over what is typed). */
        void refresh() {
            showAccountChoices();
            if (row == null) {
                return;
            }
            service.roster(experimentId).stream().filter(r -> r.id() == row.id()).findFirst()
                    .filter(r -> r.version() != form.latest().version())
                    .ifPresent(r -> form.refresh(r, r.updatedByName(), r.updatedAt()));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Same members with the same names and roles, in the same order (LinkableAccount compares by id only). */
    static boolean sameAccounts(List<LinkableAccount> a, List<LinkableAccount> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            LinkableAccount x = a.get(i);
            LinkableAccount y = b.get(i);
            if (x.userId() != y.userId() || !x.displayName().equals(y.displayName()) || x.role() != y.role()) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameIdsInOrder(List<StaffRow> a, List<StaffRow> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).id() != b.get(i).id()) {
                return false;
            }
        }
        return true;
    }
}
