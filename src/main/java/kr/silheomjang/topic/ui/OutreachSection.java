package kr.silheomjang.topic.ui;

import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.people.ConsentDecision;
import kr.silheomjang.people.ConsentEntryView;
import kr.silheomjang.people.ConsentKind;
import kr.silheomjang.topic.OutreachAnswer;
import kr.silheomjang.topic.OutreachEntryDraft;
import kr.silheomjang.topic.OutreachEntryView;
import kr.silheomjang.topic.OutreachService;
import kr.silheomjang.topic.OutreachStep;
import kr.silheomjang.topic.OutreachView;
import kr.silheomjang.ui.Formats;

/**
 * 제안자 연락 on the detail page (§2). A known proposer: the outreach log in the guide's order, the meeting notes
 * ({@link MeetingNotesForm}) and the consent answers, which are the experiment's consent log once the candidate has an
 * experiment. An unknown proposer: the pre-announcement ({@link NoticeForm}).
 */
class OutreachSection extends Div {

    final Div log = new Div();
    final Select<OutreachStep> step = new Select<>();
    final DatePicker on = new DatePicker();
    final TextField channel = new TextField();
    final Select<OutreachAnswer> answer = new Select<>();
    final DatePicker meetingDate = new DatePicker();
    final TextArea note = new TextArea();
    final Button addStep = new Button();
    final MeetingNotesForm notes;
    final Div consents = new Div();
    final Paragraph consentWhere = new Paragraph();
    final Select<ConsentKind> consentKind = new Select<>();
    final Select<ConsentDecision> consentDecision = new Select<>();
    final TextField consentHow = new TextField();
    final DatePicker consentOn = new DatePicker();
    final Button recordConsent = new Button();
    final NoticeForm notice;
    private final Div knownPart = new Div();
    private final OutreachService outreach;
    private final Predicate<Runnable> run;
    private long candidateId;

    OutreachSection(OutreachService outreach, Predicate<Runnable> run) {
        this.outreach = outreach;
        this.run = run;
        setId("outreach");
        addClassName("topic-section");
        Paragraph help = new Paragraph(getTranslation("topic.outreach.help"));
        help.addClassName("help-text");

        log.setId("outreach-log");
        step.setLabel(getTranslation("topic.outreach.step"));
        step.setItems(OutreachStep.values());
        step.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        step.setId("outreach-step");
        step.addValueChangeListener(e -> showStepFields());
        on.setLabel(getTranslation("topic.outreach.on"));
        on.setId("outreach-on");
        channel.setLabel(getTranslation("topic.outreach.channel"));
        channel.setPlaceholder(getTranslation("topic.outreach.channel.placeholder"));
        answer.setLabel(getTranslation("topic.outreach.answer"));
        answer.setItems(OutreachAnswer.values());
        answer.setId("outreach-answer");
        meetingDate.setLabel(getTranslation("topic.outreach.meetingDate"));
        meetingDate.setId("outreach-meeting-date");
        note.setLabel(getTranslation("topic.outreach.note"));
        for (DatePicker p : new DatePicker[] {on, meetingDate, consentOn}) {
            Formats.localize(p, getLocale());
        }
        addStep.setText(getTranslation("topic.outreach.add"));
        addStep.setId("outreach-add");
        addStep.addClickListener(e -> addStep());
        FormLayout stepForm = new FormLayout(step, on, channel, answer, meetingDate, note, addStep);
        stepForm.setColspan(note, 2);
        showStepFields();

        notes = new MeetingNotesForm(outreach, run);

        consents.setId("outreach-consents");
        consentKind.setLabel(getTranslation("people.consent.kind"));
        consentKind.setItems(ConsentKind.proposerKinds());
        consentKind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        consentKind.setId("outreach-consent-kind");
        consentDecision.setLabel(getTranslation("people.consent.decision"));
        consentDecision.setItems(ConsentDecision.values());
        consentDecision.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        consentDecision.setId("outreach-consent-decision");
        consentHow.setLabel(getTranslation("people.consent.how"));
        consentOn.setLabel(getTranslation("people.consent.on"));
        recordConsent.setText(getTranslation("people.consent.record"));
        recordConsent.setId("outreach-consent-record");
        recordConsent.addClickListener(e -> recordConsent());
        FormLayout consentForm = new FormLayout(consentKind, consentDecision, consentHow, consentOn, recordConsent);

        knownPart.add(help, new H4(getTranslation("topic.outreach.logTitle")), log, stepForm, notes,
                new H4(getTranslation("topic.outreach.consentTitle")), consentWhere, consents, consentForm);
        notice = new NoticeForm(outreach, run);
        add(new H3(getTranslation("topic.section.outreach")), knownPart, notice);
    }

    void fill(OutreachView v) {
        candidateId = v.candidateId();
        knownPart.setVisible(v.proposerKnown());
        notice.setVisible(!v.proposerKnown());
        log.removeAll();
        if (v.log().isEmpty()) {
            log.add(new Paragraph(getTranslation("topic.outreach.empty")));
        }
        for (OutreachEntryView e : v.log()) {
            log.add(line(e));
        }
        notes.fill(v);
        notice.fill(v);
        consents.removeAll();
        consentWhere.removeAll();
        if (v.experimentId() != null) {
            consentWhere.add(new Span(getTranslation(v.experimentVisible() ? "topic.outreach.consentInExperiment"
                    : "topic.outreach.consentHidden") + " "));
            consentWhere.add(new Anchor("experiments/" + v.experimentId() + "/people?tab=proposer",
                    getTranslation("topic.outreach.openConsent")));
        } else {
            consentWhere.add(new Span(getTranslation("topic.outreach.consentPending")));
        }
        if (v.consents().isEmpty()) {
            consents.add(new Paragraph(getTranslation("people.consent.empty")));
        }
        for (ConsentEntryView c : v.consents()) {
            Div line = new Div(new Span(getTranslation(c.kind().messageKey()) + " · "
                    + getTranslation(c.decision().messageKey()) + " · "
                    + (c.obtainedHow() == null ? "" : c.obtainedHow() + " · ") // null where one is a guest
                    + Formats.date(c.obtainedOn(), getLocale()) + " · " + c.recordedByName()));
            line.addClassName("topic-consent");
            consents.add(line);
        }
    }

    private Component line(OutreachEntryView e) {
        // "연락 …": the date is when the proposer was contacted; beside "미팅 날짜 확정" a bare date read as the meeting's.
        StringBuilder head = new StringBuilder(getTranslation(e.step().messageKey())).append(" · ")
                .append(getTranslation("topic.outreach.contactedOn", Formats.date(e.on(), getLocale())));
        if (e.channel() != null) {
            head.append(" · ").append(e.channel());
        }
        if (e.answer() != null) {
            head.append(" · ").append(getTranslation(answerKey(e.step(), e.answer())));
        }
        head.append(" · ").append(e.recordedByName());
        Div line = new Div(new Span(head.toString()));
        line.addClassName("topic-outreach-entry");
        if (e.note() != null) {
            line.add(new Paragraph(e.note()));
        }
        return line;
    }

    private String answerKey(@Nullable OutreachStep s, OutreachAnswer a) {
        return s == OutreachStep.CONTENT_USE_CONFIRMED ? "topic.outreach.contentUse." + a.name() : a.messageKey();
    }

    private void showStepFields() {
        OutreachStep s = step.getValue();
        boolean asks = s == OutreachStep.INTENT_CHECKED || s == OutreachStep.CONTENT_USE_CONFIRMED;
        answer.setVisible(asks);
        answer.setItemLabelGenerator(a -> getTranslation(answerKey(s, a)));
        meetingDate.setVisible(s == OutreachStep.MEETING_SET);
    }

    private void addStep() {
        OutreachEntryDraft d = new OutreachEntryDraft(step.getValue(), on.getValue(), channel.getValue(),
                answer.isVisible() ? answer.getValue() : null,
                meetingDate.isVisible() ? meetingDate.getValue() : null, note.getValue());
        long id = candidateId;
        if (run.test(() -> outreach.logStep(id, d))) {
            step.clear();
            answer.clear();
            meetingDate.clear();
            note.clear();
        }
    }

    private void recordConsent() {
        long id = candidateId;
        ConsentKind k = consentKind.getValue();
        ConsentDecision dec = consentDecision.getValue();
        String how = consentHow.getValue();
        var date = consentOn.getValue();
        if (run.test(() -> outreach.recordConsent(id, k, dec, how, date))) {
            consentHow.clear();
        }
    }
}
