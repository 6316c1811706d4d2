package kr.silheomjang.topic.ui;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import kr.silheomjang.topic.CandidateDetails;
import kr.silheomjang.topic.ScreeningEntryView;
import kr.silheomjang.topic.ScreeningQuestion;
import kr.silheomjang.topic.ScreeningService;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.Messages;

/**
 * The three screening questions on the detail page: every other planner's note and score, the average, and the
 * user's own note. A co-planner's update never overwrites a note being typed: only untouched fields follow.
 */
class ScreeningSection extends Div {

    final Map<ScreeningQuestion, Div> others = new EnumMap<>(ScreeningQuestion.class);
    final Map<ScreeningQuestion, TextArea> myNotes = new EnumMap<>(ScreeningQuestion.class);
    final Map<ScreeningQuestion, Span> averages = new EnumMap<>(ScreeningQuestion.class);
    /** The note text each field was last filled with: a field whose value differs is the user's unsaved input. */
    private final Map<ScreeningQuestion, String> loadedNotes = new EnumMap<>(ScreeningQuestion.class);

    private final ScreeningService screening;
    private final long me;
    private final Runnable reload;
    private @Nullable CandidateDetails details;

    ScreeningSection(ScreeningService screening, long me, Runnable reload) {
        this.screening = screening;
        this.me = me;
        this.reload = reload;
        add(new H3(getTranslation("topic.section.screening")));
        addClassName("topic-section");
        for (ScreeningQuestion q : ScreeningQuestion.values()) {
            Span avg = new Span();
            avg.addClassName("topic-average");
            avg.setId("average-" + q.name());
            averages.put(q, avg);
            H3 h = new H3(getTranslation(q.messageKey()));
            Div list = new Div();
            list.addClassName("topic-notes");
            list.setId("notes-" + q.name());
            others.put(q, list);
            TextArea mine = new TextArea(getTranslation("topic.note.mine"));
            mine.setWidthFull();
            mine.setId("my-note-" + q.name());
            myNotes.put(q, mine);
            Button saveNote = new Button(getTranslation("topic.note.save"), e -> saveNote(q));
            saveNote.setId("save-note-" + q.name());
            saveNote.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div block = new Div(new HorizontalLayout(h, avg), list, mine, saveNote);
            block.addClassName("topic-question");
            add(block);
        }
    }

    void fill(CandidateDetails d) {
        details = d;
        for (ScreeningQuestion q : ScreeningQuestion.values()) {
            Double avg = d.averages().get(q);
            averages.get(q).setText(avg == null ? getTranslation("topic.average.none")
                    : getTranslation("topic.average", String.format(Locale.ROOT, "%.1f", avg),
                            d.screening(q).stream().filter(e -> e.score() != null).count()));
            Div list = others.get(q);
            list.removeAll();
            for (ScreeningEntryView e : d.screening(q)) {
                if (e.userId() == me || e.note() == null && e.score() == null) {
                    continue;
                }
                Div line = new Div(new Span(e.userName()
                        + (e.score() == null ? "" : " · " + getTranslation("topic.score.short", e.score()))));
                line.addClassName("topic-note");
                if (e.note() != null) {
                    line.add(new Paragraph(e.note()));
                }
                list.add(line);
            }
            ScreeningEntryView mine = d.entryOf(q, me);
            String saved = mine == null || mine.note() == null ? "" : mine.note();
            TextArea field = myNotes.get(q);
            if (field.getValue().equals(loadedNotes.getOrDefault(q, ""))) {
                field.setValue(saved);
            }
            loadedNotes.put(q, saved);
            field.setHelperText(mine == null || mine.score() == null ? ""
                    : getTranslation("topic.score.mine", mine.score()));
        }
    }

    private void saveNote(ScreeningQuestion q) {
        CandidateDetails d = details;
        if (d == null) {
            return;
        }
        ScreeningEntryView mine = d.entryOf(q, me);
        long version = mine == null ? -1 : mine.version();
        String text = myNotes.get(q).getValue();
        if (Actions.on(this).conflictMessage("topic.conflict").afterConflict(reload)
                .run(() -> screening.saveNote(d.id(), q, version, text))) {
            loadedNotes.put(q, text.strip());
            myNotes.get(q).setValue(text.strip());
            reload.run();
            Messages.showSuccess(getTranslation("topic.note.saved"));
        }
    }
}
