package kr.silheomjang.runsheet.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import kr.silheomjang.runsheet.CueRow;
import kr.silheomjang.runsheet.CueState;

/** One segment on the phone: time, content, who and where, what to prepare, and the marks its person may set. */
class RunDayCard extends Div {

    private final CueRow cue;
    final Button start = new Button();
    final Button finish = new Button();
    final Button undo = new Button();

    RunDayCard(CueRow cue, boolean mayMark, BiConsumer<CueRow, String> mark) {
        this.cue = cue;
        addClassName("run-card");
        addClassName("state-" + cue.state().name().toLowerCase(java.util.Locale.ROOT));
        getElement().setAttribute("data-cue", String.valueOf(cue.id()));
        Span time = new Span(cue.span());
        time.addClassName("run-time");
        Span state = new Span(getTranslation(cue.state().messageKey()));
        state.addClassName("run-state");
        Div head = new Div(time, state);
        head.addClassName("run-card-head");
        Paragraph content = new Paragraph(cue.content());
        content.addClassName("run-content");
        add(head, content);
        String who = join(cue.lead(), cue.place());
        if (!who.isEmpty()) {
            Paragraph p = new Paragraph(who);
            p.addClassName("run-who");
            add(p);
        }
        if (cue.materials() != null) {
            Paragraph p = new Paragraph(getTranslation("runsheet.today.materials", cue.materials()));
            p.addClassName("run-materials");
            add(p);
        }
        if (mayMark) {
            start.setText(getTranslation("runsheet.mark.start"));
            start.setAriaLabel(getTranslation("runsheet.mark.start.named", cue.content()));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.addClassName("run-start");
            start.addClickListener(e -> mark.accept(cue, "start"));
            finish.setText(getTranslation("runsheet.mark.finish"));
            finish.setAriaLabel(getTranslation("runsheet.mark.finish.named", cue.content()));
            finish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            finish.addClassName("run-finish");
            finish.addClickListener(e -> mark.accept(cue, "finish"));
            undo.setText(getTranslation("runsheet.mark.undo"));
            undo.setAriaLabel(getTranslation("runsheet.mark.undo.named", cue.content()));
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            undo.addClassName("run-undo");
            undo.addClickListener(e -> mark.accept(cue, "undo"));
            start.setVisible(cue.state() == CueState.PLANNED);
            finish.setVisible(cue.state() == CueState.STARTED);
            undo.setVisible(cue.state() != CueState.PLANNED);
            Div marks = new Div(start, finish, undo);
            marks.addClassName("run-marks");
            add(marks);
        }
    }

    CueRow cue() {
        return cue;
    }

    void highlight(boolean current, boolean next) {
        setClassName("current", current);
        setClassName("next", next);
    }

    private static String join(String a, String b) {
        return a == null ? b == null ? "" : b : b == null ? a : a + " · " + b;
    }
}
