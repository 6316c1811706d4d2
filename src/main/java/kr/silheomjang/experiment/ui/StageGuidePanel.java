package kr.silheomjang.experiment.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

import kr.silheomjang.experiment.Stage;
import kr.silheomjang.experiment.StageCheckItem;
import kr.silheomjang.experiment.StageChecklist;
import kr.silheomjang.experiment.StageFlag;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.shared.StoredText;

/**
 * The stage guide on the overview: date flags, the current stage's checklist (with "해당 없음" for owners), the next
 * steps linking to the exact place, the guide's advice for the stage, and earlier stages folded away.
 */
class StageGuidePanel extends Div {

    final Div flags = new Div();
    final Div checklist = new Div();
    final OrderedList nextSteps = new OrderedList();
    final UnorderedList advice = new UnorderedList();
    final Div earlier = new Div();
    private final H3 title = new H3();
    private final Div nextCard = new Div();
    private final Consumer<StageCheckItem> onMark;
    private final BiConsumer<StageCheckItem, Long> onUnmark;

    StageGuidePanel(Consumer<StageCheckItem> onMark, BiConsumer<StageCheckItem, Long> onUnmark) {
        this.onMark = onMark;
        this.onUnmark = onUnmark;
        setId("stage-guide");
        addClassNames("card", "stage-guide");
        flags.setId("stage-flags");
        flags.addClassName("guide-flags");
        checklist.setId("stage-checklist");
        checklist.addClassName("guide-checklist");
        nextSteps.setId("next-steps");
        advice.setId("stage-advice");
        advice.addClassName("guide-advice");
        earlier.setId("earlier-stages");
        earlier.addClassName("guide-earlier");
        nextCard.addClassName("guide-next");
        nextCard.add(new H4(getTranslation("guide.nextSteps")), nextSteps);
        Div adviceCard = new Div(new H4(getTranslation("guide.advice")), advice);
        adviceCard.addClassName("guide-advice-card");
        Div side = new Div(nextCard, adviceCard);
        side.addClassName("guide-side");
        Div main = new Div(checklist);
        main.addClassName("guide-main");
        Div columns = new Div(main, side);
        columns.addClassName("guide-columns");
        add(title, flags, columns, earlier);
    }

    void show(StageChecklist c, boolean owner) {
        Stage stage = c.stage();
        List<StageCheckItem> items = c.of(stage);
        long done = items.stream().filter(i -> !i.open()).count();
        title.setText(getTranslation("guide.title", getTranslation(stage.messageKey()), done, items.size()));

        flags.removeAll();
        for (StageFlag f : c.flags()) {
            Span flag = new Span(VaadinIcon.WARNING.create(), new Span(StageGuideTexts.flag(this, f)));
            flag.addClassName("guide-flag");
            flag.getElement().setAttribute("role", "alert");
            flag.getElement().setAttribute("data-flag", f.kind().name());
            flags.add(flag);
        }
        flags.setVisible(!c.flags().isEmpty());

        checklist.removeAll();
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("guide.noItems"));
            none.addClassName("help-text");
            checklist.add(none);
        }
        items.forEach(i -> checklist.add(item(i, owner)));

        nextSteps.removeAll();
        List<StageCheckItem> open = c.open(stage);
        open.stream().limit(3).forEach(i -> {
            Anchor go = link(i, StageGuideTexts.label(this, i.key()));
            go.addClassName("next-step");
            nextSteps.add(new ListItem(go));
        });
        if (open.isEmpty() && stage.hasNext()) {
            nextSteps.add(new ListItem(getTranslation("guide.nextSteps.ready",
                    getTranslation(stage.next().messageKey()))));
        } else if (open.isEmpty()) {
            nextSteps.add(new ListItem(getTranslation("guide.nextSteps.allDone")));
        }

        advice.removeAll();
        StageGuideTexts.advice(this, stage).forEach(line -> advice.add(new ListItem(line)));

        earlier.removeAll();
        for (Stage s : Stage.values()) {
            if (s.ordinal() >= stage.ordinal()) {
                break;
            }
            List<StageCheckItem> past = c.of(s);
            long pastDone = past.stream().filter(i -> !i.open()).count();
            Div body = new Div();
            past.forEach(i -> body.add(item(i, owner)));
            Details fold = new Details(getTranslation("guide.earlier", getTranslation(s.messageKey()), pastDone,
                    past.size()), body);
            fold.setOpened(false);
            fold.setId("earlier-" + s.name());
            fold.addClassName("guide-fold");
            earlier.add(fold);
        }
    }

    private Div item(StageCheckItem i, boolean owner) {
        VaadinIcon icon = switch (i.state()) {
            case DONE -> VaadinIcon.CHECK_CIRCLE;
            case NOT_APPLICABLE -> VaadinIcon.MINUS_CIRCLE_O;
            case OPEN -> VaadinIcon.CIRCLE_THIN;
        };
        var mark = icon.create();
        mark.addClassName("guide-mark");
        // A named image: a label on an element without a role is not read (axe: aria-prohibited-attr).
        mark.getElement().setAttribute("role", "img");
        mark.getElement().setAttribute("aria-label", StageGuideTexts.state(this, i));
        Span label = new Span(StageGuideTexts.label(this, i.key()));
        label.addClassName("guide-label");
        Div text = new Div(label);
        text.addClassName("guide-text");
        if (i.check().detail() != null) {
            Span detail = new Span(StageGuideTexts.detail(this, i.check().detail()));
            detail.addClassName("guide-detail");
            text.add(detail);
        }
        if (i.state() == StageCheckItem.State.NOT_APPLICABLE) {
            Span why = new Span(getTranslation("guide.notApplicable.by", i.reason(),
                    StoredText.show(i.waivedBy(), this::getTranslation),
                    Formats.dateTime(i.waivedAt(), getLocale())));
            why.addClassName("guide-reason");
            text.add(why);
        }
        if (i.late()) {
            Span late = new Span(getTranslation("guide.late", i.check().dueDaysBefore()));
            late.addClassName("guide-late");
            text.add(late);
        }
        Div row = new Div(mark, text);
        row.addClassName("guide-item");
        row.addClassName("state-" + i.state().name().toLowerCase(java.util.Locale.ROOT));
        row.getElement().setAttribute("data-key", i.key());
        row.getElement().setAttribute("data-state", i.state().name());
        Div actions = new Div();
        actions.addClassName("guide-actions");
        if (i.state() != StageCheckItem.State.DONE) {
            actions.add(link(i, getTranslation("guide.go")));
        }
        if (owner && i.state() == StageCheckItem.State.OPEN) {
            Button na = new Button(getTranslation("guide.markNotApplicable"), e -> onMark.accept(i));
            na.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            na.addClassName("mark-not-applicable");
            actions.add(na);
        }
        if (owner && i.state() == StageCheckItem.State.NOT_APPLICABLE) {
            Button back = new Button(getTranslation("guide.unmarkNotApplicable"),
                    e -> onUnmark.accept(i, i.waiverVersion()));
            back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            back.addClassName("unmark-not-applicable");
            actions.add(back);
        }
        row.add(actions);
        return row;
    }

    private static Anchor link(StageCheckItem i, String text) {
        Anchor a = new Anchor(i.check().href(), text);
        a.getElement().setAttribute("router-link", true);
        a.addClassName("guide-go");
        return a;
    }
}
