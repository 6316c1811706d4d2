package kr.silheomjang.people.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.people.Caveat;
import kr.silheomjang.people.ConsentDecision;
import kr.silheomjang.people.ConsentEntryView;
import kr.silheomjang.people.ConsentKind;
import kr.silheomjang.people.ProposerConsentService;
import kr.silheomjang.people.ProposerDraft;
import kr.silheomjang.people.ProposerView;
import kr.silheomjang.shared.StoredText;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.LiveForm;
import kr.silheomjang.ui.Messages;

/**
 * 주제 선정 with the proposer: who they are and how to reach them (or the public pre-announcement when unknown), the
 * caveats explained, and the consent record — every answer appended with who recorded it, when and how it was
 * obtained; a withdrawal is a new line, never an erasure.
 */
class ProposerPanel extends VerticalLayout {

    private final ProposerConsentService service;
    private final long experimentId;
    private final boolean editor;
    ProposerView view;
    /** The proposer fields: others' saves arrive in untouched fields, never over what this person is typing. */
    final LiveForm<ProposerView> form;

    final RadioButtonGroup<Boolean> known = new RadioButtonGroup<>();
    final TextField name = new TextField();
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final TextField other = new TextField();
    final DatePicker meeting = new DatePicker();
    final TextField noticeChannel = new TextField();
    final DatePicker noticeDate = new DatePicker();
    final TextField noticeLink = new TextField();
    final Div knownPart = new Div();
    final Div noticePart = new Div();
    final Button save = new Button();
    final Span lastSaved = new Span();
    final Map<Caveat, Checkbox> caveats = new EnumMap<>(Caveat.class);
    final Div current = new Div();
    final Select<ConsentKind> kind = new Select<>();
    final Select<ConsentDecision> decision = new Select<>();
    final TextField how = new TextField();
    final DatePicker on = new DatePicker();
    final Button record = new Button();
    final Grid<ConsentEntryView> history = new Grid<>();
    private @org.jspecify.annotations.Nullable String linkedConsent;

    ProposerPanel(ProposerConsentService service, long experimentId, boolean editor,
            Function<String, LiveForm.Presence> presence) {
        this.service = service;
        this.experimentId = experimentId;
        this.editor = editor;
        setPadding(false);
        addClassName("proposer-panel");

        known.setLabel(getTranslation("people.proposer.known"));
        known.setItems(Boolean.TRUE, Boolean.FALSE);
        known.setItemLabelGenerator(b -> getTranslation(b ? "people.proposer.known.yes" : "people.proposer.known.no"));
        known.setId("proposer-known");
        known.addValueChangeListener(e -> showPart());
        name.setLabel(getTranslation("people.proposer.name"));
        name.setId("proposer-name");
        email.setLabel(getTranslation("people.field.email"));
        email.setHelperText(getTranslation("people.purpose.proposerContact"));
        phone.setLabel(getTranslation("people.field.phone"));
        phone.setHelperText(getTranslation("people.purpose.proposerContact"));
        other.setLabel(getTranslation("people.proposer.other"));
        other.setHelperText(getTranslation("people.purpose.proposerContact"));
        meeting.setLabel(getTranslation("people.proposer.meeting"));
        meeting.setHelperText(getTranslation("people.proposer.meetingHelp"));
        meeting.setId("proposer-meeting");
        Formats.localize(meeting, getLocale());
        FormLayout knownForm = new FormLayout(name, email, phone, other, meeting);
        knownForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        knownPart.add(knownForm);
        noticeChannel.setLabel(getTranslation("people.proposer.noticeChannel"));
        noticeChannel.setId("notice-channel");
        noticeDate.setLabel(getTranslation("people.proposer.noticeDate"));
        Formats.localize(noticeDate, getLocale());
        noticeLink.setLabel(getTranslation("people.proposer.noticeLink"));
        noticeLink.setId("notice-link");
        Paragraph noticeHelp = new Paragraph(getTranslation("people.proposer.noticeHelp"));
        noticeHelp.addClassName("help-text");
        FormLayout noticeForm = new FormLayout(noticeChannel, noticeDate, noticeLink);
        noticeForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        noticePart.add(noticeHelp, noticeForm);
        save.setText(getTranslation("people.save"));
        save.setId("save-proposer");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveRecord());
        lastSaved.addClassName("help-text");
        HorizontalLayout saveRow = new HorizontalLayout(save, lastSaved);
        saveRow.setAlignItems(FlexComponent.Alignment.CENTER);

        Div caveatBox = new Div(new H3(getTranslation("people.caveat.title")));
        caveatBox.addClassName("card");
        for (Caveat c : Caveat.values()) {
            Checkbox box = new Checkbox(getTranslation(c.messageKey()));
            box.setId("caveat-" + c.name());
            box.setReadOnly(!editor);
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    PeopleActions.run(this, () -> service.setCaveatExplained(experimentId, view.version(), c, e.getValue()),
                            () -> { });
                    reload();
                }
            });
            caveats.put(c, box);
            caveatBox.add(new Div(box));
        }

        current.setId("consent-current");
        current.addClassName("consent-current");
        kind.setLabel(getTranslation("people.consent.kind"));
        kind.setItems(ConsentKind.proposerKinds());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setId("consent-kind");
        decision.setLabel(getTranslation("people.consent.decision"));
        decision.setItems(ConsentDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        decision.setId("consent-decision");
        how.setLabel(getTranslation("people.consent.how"));
        how.setPlaceholder(getTranslation("people.consent.howPlaceholder"));
        how.setId("consent-how");
        on.setLabel(getTranslation("people.consent.on"));
        Formats.localize(on, getLocale());
        on.setId("consent-on");
        record.setText(getTranslation("people.consent.record"));
        record.setId("record-consent");
        record.addClickListener(e -> recordConsent());
        HorizontalLayout recordRow = new HorizontalLayout(kind, decision, how, on, record);
        recordRow.setWrap(true);
        recordRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        recordRow.setVisible(editor);

        history.setId("consent-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.addColumn(v -> getTranslation(v.kind().messageKey())).setHeader(getTranslation("people.consent.kind"))
                .setAutoWidth(true);
        history.addColumn(v -> getTranslation(v.decision().messageKey()))
                .setHeader(getTranslation("people.consent.decision")).setAutoWidth(true);
        // Guests get no "how obtained" (the service leaves it out: it often holds the proposer's contacts).
        history.addColumn(v -> StoredText.show(v.obtainedHow(), this::getTranslation)).setHeader(getTranslation("people.consent.how"))
                .setAutoWidth(true).setVisible(editor);
        history.addColumn(v -> Formats.date(v.obtainedOn(), getLocale()))
                .setHeader(getTranslation("people.consent.on")).setAutoWidth(true);
        history.addColumn(v -> StoredText.show(v.recordedByName(), this::getTranslation) + " · " + Formats.dateTime(v.recordedAt(), getLocale()))
                .setHeader(getTranslation("people.consent.recordedBy")).setAutoWidth(true);
        history.setEmptyStateText(getTranslation("people.consent.empty"));

        Div proposerBox = new Div(new H3(getTranslation("people.proposer.title")), known, knownPart, noticePart);
        proposerBox.addClassName("card");
        if (editor) {
            proposerBox.add(saveRow);
        }
        Div consentBox = new Div(new H3(getTranslation("people.consent.title")), current, recordRow,
                new H3(getTranslation("people.consent.history")), history);
        consentBox.addClassName("card");
        add(proposerBox, caveatBox, consentBox);
        for (Component c : new Component[] {name, email, phone, other, meeting, noticeChannel, noticeDate,
                noticeLink}) {
            ((com.vaadin.flow.component.HasValue<?, ?>) c).setReadOnly(!editor);
        }
        known.setReadOnly(!editor);
        form = LiveForm.<ProposerView>of(this)
                .bind("known", known, v -> v.draft().proposerKnown(), b -> getTranslation(b
                        ? "people.proposer.known.yes" : "people.proposer.known.no"))
                .bind("name", name, v -> nz(StoredText.show(v.draft().name(), this::getTranslation)))
                .bind("email", email, v -> nz(v.draft().email()))
                .bind("phone", phone, v -> nz(v.draft().phone()))
                .bind("other", other, v -> nz(v.draft().otherChannel()))
                .bind("meeting", meeting, v -> v.draft().meetingDate(), this::date)
                .bind("noticeChannel", noticeChannel, v -> nz(v.draft().noticeChannel()))
                .bind("noticeDate", noticeDate, v -> v.draft().noticeDate(), this::date)
                .bind("noticeLink", noticeLink, v -> nz(v.draft().noticeLink()))
                .presence(presence.apply("proposer"));
        reload();
    }

    private String date(LocalDate d) {
        return d == null ? "" : Formats.date(d, getLocale());
    }

    private void showPart() {
        boolean k = !Boolean.FALSE.equals(known.getValue());
        knownPart.setVisible(k);
        noticePart.setVisible(!k);
    }

    /** Re-reads; the live form keeps what the user is typing and marks what others changed in it. */
    void reload() {
        boolean first = view == null;
        view = service.get(experimentId);
        if (first) {
            form.load(view);
        } else if (view.version() != form.latest().version()) {
            form.refresh(view, nz(view.updatedByName()), view.updatedAt());
        } else if (!view.meeting().equals(form.latest().meeting())) {
            // Changed on the calendar: a save gives back the meeting it was read with, so follow it, naming its mover.
            form.refresh(view, nz(view.meeting().updatedByName()), view.meeting().updatedAt());
        }
        showPart();
        lastSaved.setText(view.updatedAt() == null ? "" : getTranslation("people.lastSaved",
                StoredText.show(view.updatedByName(), this::getTranslation),
                Formats.dateTime(view.updatedAt(), getLocale())));
        renderConsents();
    }

    private ProposerDraft typed() {
        return new ProposerDraft(!Boolean.FALSE.equals(known.getValue()), blank(name.getValue()),
                blank(email.getValue()), blank(phone.getValue()), blank(other.getValue()), meeting.getValue(),
                blank(noticeChannel.getValue()), noticeDate.getValue(), blank(noticeLink.getValue()));
    }

    /**
     * Shows one consent from a link (a "consent withdrawn" notification): its current answer marked, scrolled to and
     * focused, with the history of every answer right below.
     */
    void showConsent(String kind) {
        linkedConsent = kind;
        renderConsents();
        kr.silheomjang.ui.DeepLink.focusWhenShown(this, "#consent-current .info-row.deep-link-target");
    }

    /** The consent kind a link asked for (marked {@code deep-link-target}); null for none. */
    @org.jspecify.annotations.Nullable String linkedConsent() {
        return linkedConsent;
    }

    private void renderConsents() {
        for (Caveat c : Caveat.values()) {
            Instant at = view.caveatsExplained().get(c);
            Checkbox box = caveats.get(c);
            box.setValue(at != null);
            box.setHelperText(at == null ? "" : getTranslation("people.caveat.explained",
                    nz(view.caveatsByName()), Formats.dateTime(at, getLocale())));
        }
        current.removeAll();
        for (ConsentKind k : ConsentKind.proposerKinds()) {
            ConsentEntryView v = view.current().get(k);
            Span label = new Span(getTranslation(k.messageKey()));
            label.addClassName("info-label");
            Span value = new Span(v == null ? getTranslation("people.consent.none")
                    : getTranslation(v.decision().messageKey()) + " · "
                            + (v.obtainedHow() == null ? "" : StoredText.show(v.obtainedHow(), this::getTranslation)
                                    + " · ")
                            + Formats.date(v.obtainedOn(), getLocale()) + " · "
                            + StoredText.show(v.recordedByName(), this::getTranslation));
            value.addClassName(v == null ? "consent-none" : "consent-" + v.decision().name().toLowerCase());
            Div row = new Div(label, value);
            row.addClassName("info-row");
            row.setClassName("deep-link-target", k.name().equals(linkedConsent));
            row.getElement().setAttribute("data-kind", k.name());
            current.add(row);
        }
        history.setItems(view.history());
    }

    void saveRecord() {
        if (form.refusesSave((who, when) -> Messages.showError(form.conflictText("people.conflict", who, when)))) {
            return;
        }
        ProposerDraft d = typed();
        // On a conflict the typed values stay in the fields; what the other person changed is marked beside them.
        // A refusal re-reads too: a meeting deleted on the calendar meanwhile is then made again only knowingly.
        if (kr.silheomjang.ui.Actions.on(this).conflictMessage("people.conflict").afterConflict(this::reload)
                .afterRefusal(this::reload)
                .run(() -> service.save(experimentId, form.latest().version(), form.latest().meeting(), d))) {
            Messages.showSuccess(getTranslation("people.saved"));
            view = service.get(experimentId);
            form.load(view);
            reload();
        }
    }

    void recordConsent() {
        LocalDate date = on.getValue();
        if (PeopleActions.run(this, () -> service.recordConsent(experimentId, kind.getValue(), decision.getValue(),
                how.getValue(), date), () -> { })) {
            how.clear();
            Messages.showSuccess(getTranslation("people.consent.recorded"));
            reload();
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
