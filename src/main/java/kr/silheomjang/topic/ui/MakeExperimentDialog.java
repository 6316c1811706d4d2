package kr.silheomjang.topic.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;

import kr.silheomjang.topic.CandidateDetails;
import kr.silheomjang.topic.SelectionService;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.KeepTyped;

/**
 * 실험장으로 만들기: asks only the three dates an experiment needs; everything else is carried over from the candidate.
 * The guide's 3–6 months are the default span.
 */
class MakeExperimentDialog extends Dialog {

    final DatePicker planningStart = new DatePicker();
    final DatePicker eventDate = new DatePicker();
    final DatePicker followUpEnd = new DatePicker();
    final Button make = new Button();

    MakeExperimentDialog(SelectionService topics, CandidateDetails candidate, Clock clock,
            java.util.function.LongConsumer made) {
        setId("make-experiment-dialog");
        setHeaderTitle(getTranslation("topic.make.title"));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Seoul")));
        planningStart.setLabel(getTranslation("topic.make.planningStart"));
        planningStart.setValue(today);
        eventDate.setLabel(getTranslation("topic.make.eventDate"));
        eventDate.setValue(today.plusMonths(3));
        followUpEnd.setLabel(getTranslation("topic.make.followUpEnd"));
        followUpEnd.setValue(today.plusMonths(4));
        for (DatePicker p : new DatePicker[] {planningStart, eventDate, followUpEnd}) {
            kr.silheomjang.ui.Formats.localize(p, getLocale());
        }
        add(new Paragraph(getTranslation("topic.make.help")), new FormLayout(planningStart, eventDate, followUpEnd));
        make.setText(getTranslation("topic.make.button"));
        make.setId("make-experiment-confirm");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.addClickListener(e -> {
            long[] id = {0};
            // Told that the proposal changed (or was already made into an experiment), the user starts again from
            // the pool, which shows it as it is now: retrying here would only meet the same stale version.
            if (Actions.on(this).conflictMessage("topic.conflict").afterConflict(this::close)
                    .run(() -> id[0] = topics.createExperiment(candidate.id(), candidate.version(),
                            planningStart.getValue(), eventDate.getValue(), followUpEnd.getValue()))) {
                close();
                made.accept(id[0]);
            }
        });
        getFooter().add(new Button(getTranslation("topic.cancel"), e -> close()), make);
        KeepTyped.guard(this, planningStart, eventDate, followUpEnd);
    }
}
