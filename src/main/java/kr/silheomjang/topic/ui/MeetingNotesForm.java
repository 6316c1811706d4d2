package kr.silheomjang.topic.ui;

import java.time.LocalDate;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import kr.silheomjang.topic.MeetingNotesDraft;
import kr.silheomjang.topic.OutreachService;
import kr.silheomjang.topic.OutreachView;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.LiveForm;

/**
 * The proposer meeting on the guide's agenda: 제안 배경과 취지, 관련 활동·네트워크, 캠페인 정보, 참여 의지, the meeting day
 * (the experiment's calendar event once there is one) and the two caveats as "설명함" checkboxes. A {@link LiveForm}:
 * co-planners' saves arrive in untouched fields and never overwrite what is being typed.
 */
class MeetingNotesForm extends Div {

    final DatePicker meetingDate = new DatePicker();
    final TextArea background = new TextArea();
    final TextArea network = new TextArea();
    final TextArea campaign = new TextArea();
    final TextArea will = new TextArea();
    final Checkbox duration = new Checkbox();
    final Checkbox organiser = new Checkbox();
    final Span caveatsBy = new Span();
    final Button save = new Button();
    final Div conflictBox = new Div();
    final LiveForm<OutreachView> form;
    private final OutreachService outreach;
    private final Predicate<Runnable> run;
    private boolean loaded;

    MeetingNotesForm(OutreachService outreach, Predicate<Runnable> run) {
        this.outreach = outreach;
        this.run = run;
        setId("meeting-notes");
        meetingDate.setLabel(getTranslation("topic.proposerMeeting.date"));
        meetingDate.setId("meeting-date");
        Formats.localize(meetingDate, getLocale());
        background.setLabel(getTranslation("topic.proposerMeeting.background"));
        background.setId("meeting-background");
        network.setLabel(getTranslation("topic.proposerMeeting.network"));
        campaign.setLabel(getTranslation("topic.proposerMeeting.campaign"));
        will.setLabel(getTranslation("topic.proposerMeeting.will"));
        duration.setLabel(getTranslation("topic.proposerMeeting.caveatDuration"));
        duration.setId("caveat-duration");
        organiser.setLabel(getTranslation("topic.proposerMeeting.caveatOrganiser"));
        organiser.setId("caveat-organiser");
        caveatsBy.addClassName("help-text");
        save.setText(getTranslation("topic.proposerMeeting.save"));
        save.setId("meeting-save");
        save.addClickListener(e -> save());
        conflictBox.addClassName("topic-conflict");
        conflictBox.getElement().setAttribute("role", "alert");
        conflictBox.setVisible(false);
        Paragraph consentHint = new Paragraph(getTranslation("topic.proposerMeeting.consentHint"));
        consentHint.addClassName("help-text");
        FormLayout layout = new FormLayout(meetingDate, background, network, campaign, will);
        add(new H4(getTranslation("topic.proposerMeeting.title")), conflictBox, layout, consentHint,
                new H4(getTranslation("topic.proposerMeeting.caveats")), new Div(duration), new Div(organiser), caveatsBy,
                new Div(save));
        form = LiveForm.<OutreachView>of(this)
                .bind("meetingDate", meetingDate, v -> v.notes().meetingDate(), this::date)
                .bind("background", background, v -> nz(v.notes().background()))
                .bind("network", network, v -> nz(v.notes().network()))
                .bind("campaign", campaign, v -> nz(v.notes().campaign()))
                .bind("will", will, v -> nz(v.notes().will()))
                .bind("duration", duration, v -> v.notes().durationExplained(), this::explained)
                .bind("organiser", organiser, v -> v.notes().organiserExplained(), this::explained)
                .whenDecided(() -> conflictBox.setVisible(false));
    }

    /** First fill loads; later ones only refresh: untouched fields follow, touched ones are marked. */
    void fill(OutreachView v) {
        if (!loaded) {
            form.load(v);
            loaded = true;
        } else if (v.version() != form.latest().version() || !v.notes().equals(form.latest().notes())) {
            form.refresh(v, nz(v.updatedByName()), v.updatedAt());
        }
        caveatsBy.setText(v.caveatsAt() == null ? "" : getTranslation("topic.proposerMeeting.caveatsBy",
                nz(v.caveatsByName()), Formats.dateTime(v.caveatsAt(), getLocale())));
    }

    private void save() {
        if (form.refusesSave((who, when) -> {
            conflictBox.removeAll();
            conflictBox.add(new Paragraph(form.conflictText("topic.conflict.form", who, when)));
            form.theirValues().forEach((label, value) -> conflictBox.add(new Paragraph(label + ": " + value)));
            conflictBox.setVisible(true);
        })) {
            return;
        }
        OutreachView latest = form.latest();
        MeetingNotesDraft d = new MeetingNotesDraft(meetingDate.getValue(), background.getValue(),
                network.getValue(), campaign.getValue(), will.getValue(), duration.getValue(), organiser.getValue());
        if (run.test(() -> outreach.saveMeetingNotes(latest.candidateId(), latest.version(), latest.notes(), d))) {
            form.load(outreach.outreach(latest.candidateId()));
            conflictBox.setVisible(false);
        }
    }

    private String explained(@Nullable Boolean b) {
        return getTranslation(Boolean.TRUE.equals(b) ? "topic.proposerMeeting.explained" : "topic.proposerMeeting.notExplained");
    }

    private String date(@Nullable LocalDate d) {
        return d == null ? "" : Formats.date(d, getLocale());
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
