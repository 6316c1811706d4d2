package kr.silheomjang.planning.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.planning.PlanningTemplateService;
import kr.silheomjang.planning.TemplateView;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.KeepTyped;
import kr.silheomjang.ui.Messages;

/**
 * Organisation administrators edit the stored templates (the items new boards and "add preparation checklist" turn
 * into cards). Each item is saved on its own: it keeps the version its next save goes over, a save re-reads only that
 * item (the others keep what is typed in them), and after someone else saved it first the typed text stays and the
 * next save goes over their version.
 */
final class TemplateDialog extends Dialog {

    private final BoardHost board;
    final Select<TemplateView> template = new Select<>();
    final Div items = new Div();
    /** The shown template's items, by id. */
    final Map<Long, ItemForm> forms = new LinkedHashMap<>();

    TemplateDialog(BoardHost board) {
        this.board = board;
        setId("template-dialog");
        setHeaderTitle(board.getTranslation("planning.template.title"));
        setWidth("min(48rem, 100vw)");
        // A template's items in each language are edited apart (decision 0070): the language is part of the choice.
        template.setItemLabelGenerator(t -> board.getTranslation("planning.template.option",
                TemplateNames.shown(this, t.name()),
                board.getTranslation("planning.template.language." + t.language())));
        template.setAriaLabel(board.getTranslation("planning.template.title"));
        // The dialog's width: "Planning items (guide chapter 3)" was cut on a phone at the default width.
        template.setWidthFull();
        template.addValueChangeListener(e -> render(e.getValue()));
        add(template, items);
        getFooter().add(new Button(board.getTranslation("planning.close"), e -> close()));
        // The reader's language first: an administrator working in English most likely edits the English items.
        String mine = kr.silheomjang.shared.Texts.language(getLocale()).getLanguage();
        List<TemplateView> all = read().stream()
                .sorted(java.util.Comparator.comparing((TemplateView t) -> !t.language().equals(mine))).toList();
        template.setItems(all);
        template.setValue(all.get(0));
        KeepTyped.guard(this, () -> forms.values().stream().anyMatch(ItemForm::edited));
    }

    private List<TemplateView> read() {
        return board.services().templates().templates(board.experiment());
    }

    private Optional<TemplateView.Item> latest(long itemId) {
        return read().stream().flatMap(t -> t.items().stream()).filter(i -> i.id() == itemId).findFirst();
    }

    /** Shows a template as stored now (the list may be older: another administrator may have saved since). */
    private void render(TemplateView chosen) {
        items.removeAll();
        forms.clear();
        if (chosen == null) {
            return;
        }
        TemplateView t = read().stream().filter(x -> x.id() == chosen.id() && x.language().equals(chosen.language()))
                .findFirst().orElse(chosen);
        for (TemplateView.Item item : t.items()) {
            ItemForm form = new ItemForm(item);
            forms.put(item.id(), form);
            items.add(form.details);
        }
    }

    /** One template item's fields and save button, with the version its next save goes over. */
    final class ItemForm {

        final long id;
        long version;
        final TextField title = new TextField();
        final TextArea description = new TextArea();
        final TextArea checklist = new TextArea();
        final Button save = new Button();
        final Details details;
        /** The texts as last read or saved: what differs from them is typed and not saved. */
        private List<String> stored;

        ItemForm(TemplateView.Item item) {
            id = item.id();
            version = item.version();
            title.setLabel(board.getTranslation("planning.field.title"));
            title.setValue(item.title());
            title.setMaxLength(PlanningTemplateService.MAX_TITLE);
            title.setRequired(true);
            title.setWidthFull();
            title.setId("template-item-title-" + id);
            description.setLabel(board.getTranslation("planning.field.description"));
            description.setValue(item.description() == null ? "" : item.description());
            description.setMaxLength(PlanningTemplateService.MAX_DESCRIPTION);
            description.setWidthFull();
            description.setId("template-item-description-" + id);
            checklist.setLabel(board.getTranslation("planning.template.checklist"));
            checklist.setValue(item.checklist() == null ? "" : item.checklist());
            checklist.setMaxLength(PlanningTemplateService.MAX_CHECKLIST);
            checklist.setHelperText(board.getTranslation("planning.template.checklist.help"));
            checklist.setWidthFull();
            checklist.setId("template-item-checklist-" + id);
            save.setText(board.getTranslation("planning.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("template-item-save-" + id);
            save.addClickListener(e -> save());
            details = new Details(item.title(), new Div(title, description, checklist, save));
            details.addClassName("template-item");
            stored = texts();
        }

        private List<String> texts() {
            return List.of(title.getValue(), description.getValue(), checklist.getValue());
        }

        boolean edited() {
            return !texts().equals(stored);
        }

        void save() {
            boolean saved = Actions.on(TemplateDialog.this).conflictMessage("planning.template.conflict")
                    .afterConflict(this::reread)
                    .run(() -> board.services().templates().updateTemplateItem(board.experiment(), id, version,
                            title.getValue(), description.getValue(), checklist.getValue()));
            if (saved) {
                latest(id).ifPresent(stored -> {
                    version = stored.version();
                    // Only this item shows what was stored (stripped); the others keep what is typed in them.
                    title.setValue(stored.title());
                    description.setValue(stored.description() == null ? "" : stored.description());
                    checklist.setValue(stored.checklist() == null ? "" : stored.checklist());
                    details.setSummaryText(stored.title());
                    this.stored = texts();
                });
                Messages.showSuccess(board.getTranslation("planning.saved"));
            }
        }

        /** Someone saved this item first: the next save goes over their version; the typed text stays. */
        private void reread() {
            latest(id).ifPresent(stored -> version = stored.version());
        }
    }
}
