package kr.silheomjang.people.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import kr.silheomjang.experiment.ExperimentDetails;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.GuestScope;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.people.PersonalDataLogView;
import kr.silheomjang.people.ProposerConsentService;
import kr.silheomjang.people.ProposerView;
import kr.silheomjang.shared.StoredText;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.ui.TypedOver;

/**
 * What partner guests see of the participants (owners choose), retention of personal data (owners set it; a nightly
 * job enforces it) and the log of every export and erasure.
 */
class PrivacyPanel extends VerticalLayout {

    private final ExperimentService experiments;
    private final ParticipantService participants;
    private final ProposerConsentService proposer;
    private final long experimentId;
    private final boolean editor;
    final IntegerField retentionDays = new IntegerField();
    final Button saveRetention = new Button();
    final Paragraph state = new Paragraph();
    final Grid<PersonalDataLogView> log = new Grid<>();
    final Checkbox guestContacts = new Checkbox();
    final Checkbox guestNeeds = new Checkbox();
    final Checkbox guestNotes = new Checkbox();
    final Button saveGuestScope = new Button();
    long version;
    long experimentVersion;
    /**
     * What the owner changed here and has not saved is kept through live updates (every check-in and participant edit
     * reloads this panel) and saved against the version it was changed over, so a co-owner's save in between is a
     * conflict, never overwritten unseen.
     */
    private final TypedOver scopeTyped = new TypedOver();
    private final TypedOver retentionTyped = new TypedOver();

    PrivacyPanel(ExperimentService experiments, ParticipantService participants, ProposerConsentService proposer,
            long experimentId, boolean editor, boolean owner) {
        this.experiments = experiments;
        this.participants = participants;
        this.proposer = proposer;
        this.experimentId = experimentId;
        this.editor = editor;
        setPadding(false);
        retentionDays.setLabel(getTranslation("people.retention.days"));
        retentionDays.setHelperText(getTranslation("people.retention.help"));
        retentionDays.setMin(0);
        retentionDays.setMax(3650);
        retentionDays.setStepButtonsVisible(true);
        retentionDays.setId("retention-days");
        retentionDays.setReadOnly(!owner);
        saveRetention.setText(getTranslation("people.save"));
        saveRetention.setId("save-retention");
        saveRetention.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveRetention.setVisible(owner);
        retentionDays.addValueChangeListener(e -> retentionTyped.changed(e.isFromClient(), version));
        saveRetention.addClickListener(e -> {
            long basedOn = retentionTyped.basedOn(version);
            // After a conflict the field shows what was saved first; after a refusal the typed number stays.
            if (PeopleActions.run(this, () -> proposer.setRetentionDays(experimentId, basedOn,
                    retentionDays.getValue()), () -> {
                        retentionTyped.done();
                        reload();
                    })) {
                retentionTyped.done();
                Messages.showSuccess(getTranslation("people.saved"));
                reload();
            }
        });
        state.setId("retention-state");
        HorizontalLayout row = new HorizontalLayout(retentionDays, saveRetention);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        Div retentionBox = new Div(new H3(getTranslation("people.retention.title")), row, state);
        retentionBox.addClassName("card");

        guestContacts.setLabel(getTranslation("people.guestScope.contacts"));
        guestContacts.setId("guest-sees-contacts");
        guestNeeds.setLabel(getTranslation("people.guestScope.needs"));
        guestNeeds.setId("guest-sees-needs");
        guestNotes.setLabel(getTranslation("people.guestScope.notes"));
        guestNotes.setId("guest-sees-notes");
        for (Checkbox box : new Checkbox[] { guestContacts, guestNeeds, guestNotes }) {
            box.setReadOnly(!owner);
            box.addValueChangeListener(e -> scopeTyped.changed(e.isFromClient(), experimentVersion));
        }
        saveGuestScope.setText(getTranslation("people.save"));
        saveGuestScope.setId("save-guest-scope");
        saveGuestScope.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveGuestScope.setVisible(owner);
        saveGuestScope.addClickListener(e -> {
            GuestScope scope = new GuestScope(guestContacts.getValue(), guestNeeds.getValue(), guestNotes.getValue());
            long basedOn = scopeTyped.basedOn(experimentVersion);
            if (PeopleActions.run(this, () -> experiments.setGuestScope(experimentId, basedOn, scope), () -> {
                scopeTyped.done();
                reload();
            })) {
                scopeTyped.done();
                Messages.showSuccess(getTranslation("people.saved"));
                reload();
            }
        });
        Paragraph guestHelp = new Paragraph(getTranslation("people.guestScope.help"));
        guestHelp.addClassName("help-text");
        Div guestBox = new Div(new H3(getTranslation("people.guestScope.title")), guestHelp, guestContacts,
                guestNeeds, guestNotes, saveGuestScope);
        guestBox.addClassNames("card", "guest-scope");
        guestBox.setId("guest-scope");

        log.setId("personal-data-log");
        log.addThemeVariants(GridVariant.LUMO_COMPACT);
        log.setAllRowsVisible(true);
        log.addColumn(l -> Formats.dateTime(l.at(), getLocale())).setHeader(getTranslation("people.log.when"))
                .setAutoWidth(true);
        log.addColumn(l -> getTranslation("people.log.action." + l.action())).setHeader(getTranslation(
                "people.log.what")).setAutoWidth(true);
        log.addColumn(l -> StoredText.show(l.subject(), this::getTranslation)).setHeader(getTranslation(
                "people.log.whom")).setAutoWidth(true);
        log.addColumn(l -> StoredText.show(l.actorName(), this::getTranslation)).setHeader(getTranslation(
                "people.log.who")).setAutoWidth(true);
        log.setEmptyStateText(getTranslation("people.log.empty"));
        Div logBox = new Div(new H3(getTranslation("people.log.title")), log);
        logBox.addClassName("card");
        logBox.setVisible(editor);
        add(guestBox, retentionBox, logBox);
        reload();
    }

    void reload() {
        ExperimentDetails details = experiments.get(experimentId);
        experimentVersion = details.version();
        if (!scopeTyped.typing()) {
            guestContacts.setValue(details.guestScope().contacts());
            guestNeeds.setValue(details.guestScope().needs());
            guestNotes.setValue(details.guestScope().notes());
        }
        ProposerView v = proposer.get(experimentId);
        version = v.version();
        if (!retentionTyped.typing()) {
            retentionDays.setValue(v.retentionDays());
        }
        String until = Formats.date(ProposerConsentService.retentionDate(details.followUpEnd(), details.eventDate(),
                v.retentionDays()), getLocale());
        state.setText(v.retentionDays() == null ? getTranslation("people.retention.default", until)
                : getTranslation("people.retention.on", v.retentionDays(), until));
        if (editor) {
            List<PersonalDataLogView> entries = participants.personalDataLog(experimentId);
            log.setItems(entries);
        }
    }
}
