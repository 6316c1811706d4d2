package kr.silheomjang.people.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import kr.silheomjang.mail.EnqueueResult;
import kr.silheomjang.mail.ui.DeliveryLog;
import kr.silheomjang.people.ReconfirmPlan;
import kr.silheomjang.people.RecruitMail;
import kr.silheomjang.people.RecruitMailService;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.Messages;

/**
 * The mails with personal links: selection, event information, reconfirmation (a few days before D-day), each to the
 * applicants at its step; sent through the outbox, or recorded as sent by hand after the links went out by SMS. The
 * delivery log of each mail (waitlist offers included) below.
 */
class RecruitMailsPanel extends VerticalLayout {

    private static final List<RecruitMail> SENDABLE = List.of(RecruitMail.SELECTION, RecruitMail.EVENT_INFO,
            RecruitMail.RECONFIRM);

    private final RecruitMailService service;
    private final long experimentId;
    final Paragraph notConfigured = new Paragraph();
    /** When the reconfirmation request goes by itself, or went (beside its button). */
    final Paragraph reconfirmPlan = new Paragraph();
    final Map<RecruitMail, Button> buttons = new EnumMap<>(RecruitMail.class);
    final Select<RecruitMail> logKind = new Select<>();
    final Div logSlot = new Div();
    DeliveryLog log;
    private final boolean configured;

    RecruitMailsPanel(RecruitMailService service, long experimentId) {
        this.service = service;
        this.experimentId = experimentId;
        setPadding(false);
        addClassNames("card", "recruit-mails");
        configured = service.mailConfigured(experimentId);
        H3 heading = new H3(getTranslation("recruit.mails"));
        notConfigured.setText(getTranslation("recruit.mails.notConfigured"));
        notConfigured.setId("recruit-mail-not-configured");
        notConfigured.setVisible(!configured);
        add(heading, notConfigured);
        for (RecruitMail kind : SENDABLE) {
            Button b = new Button();
            b.setId("recruit-mail-" + kind.name().toLowerCase());
            b.addClickListener(e -> deliver(kind));
            if (configured) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            buttons.put(kind, b);
            Span label = new Span(getTranslation(kind.messageKey()));
            label.addClassName("recruit-mail-label");
            Div row = new Div(label, b);
            row.addClassName("recruit-mail-row");
            add(row);
            if (kind == RecruitMail.RECONFIRM) {
                reconfirmPlan.setId("recruit-reconfirm-plan");
                reconfirmPlan.addClassName("recruit-reconfirm-plan");
                add(reconfirmPlan);
            }
        }
        logKind.setLabel(getTranslation("recruit.mails.log"));
        logKind.setItems(RecruitMail.values());
        logKind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        logKind.setId("recruit-log-kind");
        logKind.addValueChangeListener(e -> showLog(e.getValue()));
        // The card's width, not the log's widest line (it ran 34 px past a phone's screen); the log's grid scrolls.
        logSlot.setWidthFull();
        add(logKind, logSlot);
        logKind.setValue(RecruitMail.SELECTION);
        refresh();
    }

    void refresh() {
        for (RecruitMail kind : SENDABLE) {
            int n = service.recipientCount(experimentId, kind);
            Button b = buttons.get(kind);
            b.setText(getTranslation(configured ? "recruit.mail.send" : "recruit.mail.byHand", n));
            b.setEnabled(n > 0);
        }
        if (log != null) {
            log.refresh();
        }
    }

    /** Says when the automatic reconfirmation goes (or went, and how many mails it queued). */
    void showPlan(ReconfirmPlan plan) {
        java.util.Locale locale = getLocale();
        String text;
        if (plan.daysBefore() == null) {
            text = getTranslation("recruit.reconfirm.byHandOnly");
        } else if (!plan.mailConfigured()) {
            text = getTranslation("recruit.reconfirm.noServer", plan.daysBefore());
        } else if (plan.eventDate() == null) {
            text = getTranslation("recruit.reconfirm.noEventDate", plan.daysBefore());
        } else {
            text = getTranslation("recruit.reconfirm.plan", plan.daysBefore(), Formats.date(plan.dueOn(), locale),
                    Formats.date(plan.eventDate(), locale));
        }
        if (plan.lastRunAt() != null) {
            text += " " + getTranslation("recruit.reconfirm.lastRun", Formats.dateTime(plan.lastRunAt(), locale),
                    plan.lastQueued());
        }
        reconfirmPlan.setText(text);
    }

    private void deliver(RecruitMail kind) {
        EnqueueResult r = PeopleActions.call(this, () -> configured ? service.send(experimentId, kind)
                : service.markSentByHand(experimentId, kind), () -> { });
        if (r != null) {
            Messages.showSuccess(configured ? getTranslation("recruit.mail.sent", r.queued())
                    : getTranslation("recruit.mail.recorded"));
            refresh();
        }
    }

    private void showLog(RecruitMail kind) {
        if (kind == null) {
            return;
        }
        log = new DeliveryLog((page, size) -> service.deliveries(experimentId, kind, page, size),
                () -> service.deliveryCounts(experimentId, kind),
                () -> PeopleActions.run(this, () -> service.retryFailed(experimentId, kind), () -> { }));
        logSlot.removeAll();
        logSlot.add(log);
    }
}
