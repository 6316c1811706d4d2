package kr.silheomjang.followup.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.followup.FollowupLive;
import kr.silheomjang.followup.MailMerge;
import kr.silheomjang.followup.MailTemplate;
import kr.silheomjang.followup.MailingDetails;
import kr.silheomjang.followup.MailingDraft;
import kr.silheomjang.followup.MailingService;
import kr.silheomjang.followup.Recipients;
import kr.silheomjang.followup.Segment;
import kr.silheomjang.mail.MailLive;
import kr.silheomjang.mail.ui.DeliveryLog;
import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.DestructiveQuestion;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.LiveForm;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.shared.StoredText;

/**
 * 참여자 대상 발송: a mailing from one of the guide's templates, its segments and text (a {@link LiveForm}: a
 * co-planner's save never overwrites what one is typing), who it reaches, a preview per recipient, a test to oneself,
 * the send through the shared outbox and its delivery log. Without SMTP the page says so and offers the list as CSV.
 */
@Route("experiments/:experimentId/followup/mail")
@PermitAll
@StyleSheet("css/followup.css")
public class MailingView extends ExperimentPage {

    private final MailingService service;
    private final Div navSlot = new Div();
    /** For partner guests, who may not read mailings: what the page is for, in place of its content. */
    final EditorsOnlyNote editorsOnly = new EditorsOnlyNote("mail-editors-only");
    /** Everything below the heading, for owners and planners. */
    final Div content = new Div();
    final Paragraph notConfigured = new Paragraph();
    final Select<MailTemplate> newTemplate = new Select<>();
    final Button create = new Button();
    final Select<MailingDetails> picker = new Select<>();
    final Div editor = new Div();
    final CheckboxGroup<Segment> segments = new CheckboxGroup<>();
    final TextField subject = new TextField();
    final TextArea body = new TextArea();
    final TextField resultLink = new TextField();
    final TextField schedule = new TextField();
    final Button save = new Button();
    final Span sentNote = new Span();
    final Span recipientSummary = new Span();
    private int recipientCount;
    final UnorderedList recipientList = new UnorderedList();
    final Anchor csv = new Anchor();
    final Select<Recipients.Recipient> previewFor = new Select<>();
    final Div preview = new Div();
    final Button sendTest = new Button();
    final Button send = new Button();
    /** Without SMTP: "sent from the CSV by hand", so the log shows who was reached. */
    final Button sentByHand = new Button();
    final Div logSlot = new Div();
    final LiveForm<MailingDetails> form;
    DeliveryLog log;
    private boolean configured;
    private Long shownId;

    public MailingView(ExperimentPageSupport support, MailingService service) {
        super(support, "followup.tab", "followup-mail", FollowupLive.MAILING, DeliveryLog.LIVE,
                PeopleLive.PARTICIPANTS, MailLive.OPT_OUTS);
        this.service = service;
        addClassName("followup-page");
        // The page's width, not its widest line's: on a phone its texts and controls ran 360 px past the screen.
        content.setWidthFull();
        notConfigured.setId("mail-not-configured");
        notConfigured.addClassName("survey-error");
        notConfigured.setText(getTranslation("followup.mail.notConfigured"));

        newTemplate.setLabel(getTranslation("followup.mail.template"));
        newTemplate.setItems(MailTemplate.values());
        newTemplate.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        newTemplate.setValue(MailTemplate.THANKS);
        newTemplate.setId("mail-new-template");
        create.setText(getTranslation("followup.mail.create"));
        create.setId("mail-create");
        create.addClickListener(e -> Actions.on(this).call(() -> service.create(experimentId(), newTemplate.getValue(), getLocale()))
                .ifPresent(id -> {
                    shownId = id;
                    reload();
                }));
        HorizontalLayout createRow = new HorizontalLayout(newTemplate, create);
        createRow.setAlignItems(Alignment.BASELINE);
        createRow.setWrap(true);

        picker.setLabel(getTranslation("followup.mail.pick"));
        picker.setId("mail-picker");
        picker.setItemLabelGenerator(m -> getTranslation(m.template().messageKey()) + " · " + (m.sent()
                ? getTranslation("followup.mail.sentAt", Formats.dateTime(m.sentAt(), getLocale()))
                : getTranslation("followup.mail.draft")));
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                shownId = e.getValue().id();
                show(e.getValue());
            }
        });

        segments.setLabel(getTranslation("followup.mail.segments"));
        segments.setItems(Segment.values());
        segments.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        segments.setId("mail-segments");
        subject.setLabel(getTranslation("followup.mail.subject"));
        subject.setWidthFull();
        subject.setMaxLength(300);
        subject.setId("mail-subject");
        body.setLabel(getTranslation("followup.mail.body"));
        body.setWidthFull();
        body.setMaxLength(6000);
        body.setMinHeight("14rem");
        body.setId("mail-body");
        body.setHelperText(getTranslation("followup.mail.fields", String.join(" ", MailMerge.fields(getLocale()))));
        resultLink.setLabel(getTranslation("followup.mail.resultLink"));
        resultLink.setWidthFull();
        resultLink.setId("mail-result-link");
        schedule.setLabel(getTranslation("followup.mail.schedule"));
        schedule.setId("mail-schedule");
        save.setText(getTranslation("followup.mail.save"));
        save.setId("mail-save");
        save.addClickListener(e -> save());
        sentNote.setId("mail-sent-note");
        sentNote.addClassName("retro-badge");
        form = LiveForm.<MailingDetails>of(this)
                .bind("segments", segments, MailingDetails::segments)
                .bind("subject", subject, MailingDetails::subject)
                .bind("body", body, MailingDetails::body)
                .bind("resultLink", resultLink, m -> Objects.requireNonNullElse(m.resultLink(), ""))
                .bind("schedule", schedule, m -> Objects.requireNonNullElse(m.scheduleText(), ""));

        recipientSummary.setId("mail-recipient-summary");
        recipientList.setId("mail-recipients");
        recipientList.addClassName("mail-recipients");
        csv.setText(getTranslation("followup.mail.csv"));
        csv.setId("mail-csv");
        previewFor.setLabel(getTranslation("followup.mail.previewFor"));
        previewFor.setItemLabelGenerator(r -> r.name() + " <" + r.email() + ">");
        previewFor.setId("mail-preview-for");
        previewFor.setWidthFull();
        previewFor.addValueChangeListener(e -> showPreview());
        preview.setId("mail-preview");
        preview.addClassName("mailing-preview");
        sendTest.setText(getTranslation("followup.mail.sendTest"));
        sendTest.setId("mail-send-test");
        sendTest.addClickListener(e -> Actions.on(this).call(() -> service.sendTest(experimentId(), shownId, getLocale()))
                .ifPresent(r -> Messages.showSuccess(getTranslation("followup.mail.testQueued"))));
        send.setText(getTranslation("followup.mail.send"));
        send.setId("mail-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
        sentByHand.setText(getTranslation("followup.mail.sentByHand"));
        sentByHand.setId("mail-sent-by-hand");
        sentByHand.addClickListener(e -> send(service::markSentByHand, "followup.mail.sentByHandDone", false));

        editor.addClassNames("card", "mailing-editor");
        editor.add(sentNote, segments, subject, body, resultLink, schedule, save,
                new H3(getTranslation("followup.mail.recipients")), recipientSummary, recipientList, csv,
                new H3(getTranslation("followup.mail.preview")), previewFor, preview,
                sendButtons(), new H3(getTranslation("followup.mail.log")), logSlot);
        Paragraph intro = new Paragraph(getTranslation("followup.mail.intro"));
        intro.addClassName("help-text");
        content.add(intro, notConfigured, createRow, picker, editor);
        add(navSlot, new H2(getTranslation("followup.mail.heading")), editorsOnly, content);
    }

    /** Test, send and "sent by hand": one line on a desktop, wrapped on a phone. */
    private HorizontalLayout sendButtons() {
        HorizontalLayout row = new HorizontalLayout(sendTest, send, sentByHand);
        row.setWrap(true);
        return row;
    }

    @Override
    protected Class<?> sectionView() {
        return FollowupView.class;
    }

    @Override
    protected void load(long experimentId) {
        boolean mayEdit = MemberRole.valueOf(readForRole()).canEdit();
        navSlot.removeAll();
        navSlot.add(FollowupNav.of(this, experimentId, MailingView.class, mayEdit));
        if (!editorsOnly.showFor(mayEdit, content)) {
            return;
        }
        configured = service.mailConfigured(experimentId);
        notConfigured.setVisible(!configured);
        List<MailingDetails> all = service.list(experimentId);
        picker.setItems(all);
        MailingDetails current = all.stream().filter(m -> shownId != null && m.id() == shownId).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        picker.setVisible(!all.isEmpty());
        editor.setVisible(current != null);
        if (current == null) {
            return;
        }
        picker.setValue(current);
        if (shownId == null || shownId != current.id() || log == null) {
            shownId = current.id();
            show(current);
        } else {
            if (current.version() != form.latest().version()) {
                form.refresh(current, current.updatedByName(), current.updatedAt());
            }
            showState(current);
        }
    }

    @Override
    protected void onLive(Set<LiveUpdate> updates) {
        // A participant's address opting out of mail (or back in) changes whom the mailing reaches, as a participant
        // change does.
        if (LiveUpdate.any(updates, FollowupLive.MAILING, PeopleLive.PARTICIPANTS, MailLive.OPT_OUTS)) {
            load(experimentId());
        } else if (log != null) {
            log.refresh();
        }
    }

    /** Opens one mailing: the form, its recipients and log. */
    private void show(MailingDetails m) {
        form.presence(formPresence("mailing:" + m.id())).load(m);
        long id = m.id();
        log = new DeliveryLog((page, size) -> service.deliveries(experimentId(), id, page, size),
                () -> service.deliveryCounts(experimentId(), id), () -> run(() -> service.retryFailed(experimentId(), id)));
        logSlot.removeAll();
        logSlot.add(log);
        java.util.Locale language = getLocale();
        csv.setHref(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = service.recipientsCsv(experimentId(), id, language);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "mailing-" + id + "-recipients.csv",
                    "text/csv", bytes.length);
        }));
        csv.setRouterIgnore(true);
        csv.getElement().setAttribute("download", true);
        showState(m);
    }

    /** What follows the saved mailing (not the fields being typed in): sent state, recipients, preview, log. */
    private void showState(MailingDetails m) {
        boolean sent = m.sent();
        sentNote.setVisible(sent);
        sentNote.setText(sent ? getTranslation("followup.mail.sentBy", StoredText.show(m.sentByName(), this::getTranslation),
                Formats.dateTime(m.sentAt(), getLocale())) : "");
        for (var f : List.of(subject, resultLink, schedule)) {
            f.setReadOnly(sent);
        }
        body.setReadOnly(sent);
        segments.setReadOnly(sent);
        save.setVisible(!sent);
        sendTest.setEnabled(configured);
        send.setEnabled(configured);
        sentByHand.setVisible(!configured);
        send.setText(getTranslation(sent ? "followup.mail.sendAgain" : "followup.mail.send"));
        Recipients r = service.recipients(experimentId(), m.id());
        recipientSummary.setText(getTranslation("followup.mail.recipientCount", r.list().size(), r.withoutAddress(),
                r.optedOut()));
        recipientSummary.getElement().setAttribute("data-count", String.valueOf(r.list().size()));
        recipientCount = r.list().size();
        recipientList.removeAll();
        r.list().forEach(x -> recipientList.add(new ListItem(x.name() + " <" + x.email() + "> · "
                + getTranslation(x.status().messageKey()))));
        Recipients.Recipient chosen = previewFor.getValue();
        previewFor.setItems(r.list());
        previewFor.setValue(r.list().stream().filter(x -> chosen != null && x.participantId() == chosen.participantId())
                .findFirst().orElse(r.list().isEmpty() ? null : r.list().get(0)));
        showPreview();
        log.refresh();
    }

    private void showPreview() {
        preview.removeAll();
        Recipients.Recipient r = previewFor.getValue();
        if (r == null || shownId == null) {
            preview.setText(getTranslation("followup.mail.noRecipients"));
            return;
        }
        Actions.on(this).call(() -> service.preview(experimentId(), shownId, r.participantId())).ifPresent(p -> {
            Span subjectLine = new Span(p.subject());
            subjectLine.addClassName("mailing-preview-subject");
            Div text = new Div();
            text.setText(p.body());
            preview.add(subjectLine, text);
        });
    }

    private void save() {
        if (form.refusesSave((who, when) -> Messages.showError(form.conflictText("followup.mail.conflict", who,
                when)))) {
            return;
        }
        long id = shownId;
        MailingDraft draft = new MailingDraft(segments.getValue(), subject.getValue(), body.getValue(),
                resultLink.getValue(), schedule.getValue());
        boolean ok = Actions.on(this).afterConflict(this::reload)
                .run(() -> service.save(experimentId(), id, form.latest().version(), draft));
        if (ok) {
            MailingDetails saved = service.get(experimentId(), id);
            form.load(saved);
            showState(saved);
            Messages.showSuccess(getTranslation("followup.mail.saved"));
        }
    }

    /** Mail to everyone cannot be called back: asked first, with how many it goes to. */
    private void send() {
        send(service::send, "followup.mail.queued", true);
    }

    private interface Delivery {
        kr.silheomjang.mail.EnqueueResult deliver(long experimentId, long mailingId, long expectedVersion);
    }

    /**
     * Sends what is stored, which is what the page shows: untouched fields follow co-planners' saves live. Unsaved
     * text of the user's own, or a field still waiting for their choice, would make it something else.
     */
    private void send(Delivery how, String doneKey, boolean askFirst) {
        if (form.refusesSave((who, when) -> Messages.showError(form.conflictText("followup.mail.conflict", who,
                when)))) {
            return;
        }
        if (form.edited()) {
            Messages.showError(getTranslation("followup.mail.saveFirst"));
            return;
        }
        long id = shownId;
        long version = form.latest().version();
        Runnable deliver = () -> Actions.on(this).afterConflict(this::reload)
                .call(() -> how.deliver(experimentId(), id, version))
                .ifPresent(r -> {
                    Messages.showSuccess(getTranslation(doneKey, r.queued(), r.alreadyThere(),
                            r.optedOut(), r.invalidAddress()));
                    reload();
                });
        if (askFirst) {
            DestructiveQuestion.ask(this, "followup.mail.sendQuestion", "mail-send-keep", deliver, recipientCount);
        } else {
            deliver.run();
        }
    }

}
