package kr.silheomjang.topic.ui;

import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.topic.NoticeDraft;
import kr.silheomjang.topic.OutreachService;
import kr.silheomjang.topic.OutreachView;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.LiveForm;

/**
 * The pre-announcement (사전 공개) when the proposer is unknown: the purpose and context, when it is announced (with the
 * planning and run period in the purpose), whom to ask, and the channel and link where it is published.
 */
class NoticeForm extends Div {

    final TextArea purpose = new TextArea();
    final DatePicker date = new DatePicker();
    final TextField contact = new TextField();
    final TextField channel = new TextField();
    final TextField link = new TextField();
    final Button save = new Button();
    final LiveForm<OutreachView> form;
    private final OutreachService outreach;
    private final Predicate<Runnable> run;
    private boolean loaded;

    NoticeForm(OutreachService outreach, Predicate<Runnable> run) {
        this.outreach = outreach;
        this.run = run;
        setId("notice");
        Paragraph help = new Paragraph(getTranslation("topic.notice.help"));
        help.addClassName("help-text");
        purpose.setLabel(getTranslation("topic.notice.purpose"));
        purpose.setId("notice-purpose");
        date.setLabel(getTranslation("topic.notice.date"));
        date.setId("notice-date");
        Formats.localize(date, getLocale());
        contact.setLabel(getTranslation("topic.notice.contact"));
        contact.setId("notice-contact");
        channel.setLabel(getTranslation("topic.notice.channel"));
        link.setLabel(getTranslation("topic.notice.link"));
        save.setText(getTranslation("topic.notice.save"));
        save.setId("notice-save");
        save.addClickListener(e -> save());
        FormLayout layout = new FormLayout(purpose, date, contact, channel, link);
        layout.setColspan(purpose, 2);
        add(new H4(getTranslation("topic.notice.title")), help, layout, new Div(save));
        form = LiveForm.<OutreachView>of(this)
                .bind("purpose", purpose, v -> nz(v.notice().purpose()))
                .bind("date", date, v -> v.notice().date(), d -> d == null ? "" : Formats.date(d, getLocale()))
                .bind("contact", contact, v -> nz(v.notice().contact()))
                .bind("channel", channel, v -> nz(v.notice().channel()))
                .bind("link", link, v -> nz(v.notice().link()));
    }

    void fill(OutreachView v) {
        if (!loaded) {
            form.load(v);
            loaded = true;
        } else if (v.version() != form.latest().version() || !v.notice().equals(form.latest().notice())) {
            form.refresh(v, nz(v.updatedByName()), v.updatedAt());
        }
    }

    private void save() {
        if (form.refusesSave((who, when) -> kr.silheomjang.ui.Messages.showError(
                form.conflictText("topic.conflict.form", who, when)))) {
            return;
        }
        OutreachView latest = form.latest();
        NoticeDraft d = new NoticeDraft(purpose.getValue(), date.getValue(), contact.getValue(), channel.getValue(),
                link.getValue());
        if (run.test(() -> outreach.saveNotice(latest.candidateId(), latest.version(), latest.notice(), d))) {
            form.load(outreach.outreach(latest.candidateId()));
        }
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
