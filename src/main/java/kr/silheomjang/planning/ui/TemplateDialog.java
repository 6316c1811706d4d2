package kr.silheomjang.planning.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.planning.TemplateView;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.Messages;

/** Organisation administrators edit the stored templates (the items new boards and "add preparation checklist" turn into cards). */
final class TemplateDialog extends Dialog {

    private final BoardHost board;
    final Select<TemplateView> template = new Select<>();
    final Div items = new Div();

    TemplateDialog(BoardHost board) {
        this.board = board;
        setId("template-dialog");
        setHeaderTitle(board.getTranslation("planning.template.title"));
        setWidth("min(48rem, 100vw)");
        template.setItemLabelGenerator(t -> TemplateNames.shown(this, t.name()));
        template.addValueChangeListener(e -> render(e.getValue()));
        add(template, items);
        getFooter().add(new Button(board.getTranslation("planning.close"), e -> close()));
        reload(null);
    }

    private void reload(String code) {
        List<TemplateView> all = board.services().templates().templates(board.experiment());
        template.setItems(all);
        template.setValue(all.stream().filter(t -> t.code().equals(code)).findFirst().orElse(all.get(0)));
    }

    private void render(TemplateView t) {
        items.removeAll();
        if (t == null) {
            return;
        }
        for (TemplateView.Item item : t.items()) {
            TextField title = new TextField(board.getTranslation("planning.field.title"), item.title(), "");
            title.setWidthFull();
            TextArea description = new TextArea(board.getTranslation("planning.field.description"));
            description.setValue(item.description() == null ? "" : item.description());
            description.setWidthFull();
            TextArea checklist = new TextArea(board.getTranslation("planning.template.checklist"));
            checklist.setValue(item.checklist() == null ? "" : item.checklist());
            checklist.setWidthFull();
            Button save = new Button(board.getTranslation("planning.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> {
                if (board.change(() -> board.services().templates().updateTemplateItem(board.experiment(), item.id(),
                        item.version(), title.getValue(), description.getValue(), checklist.getValue()))) {
                    Messages.showSuccess(board.getTranslation("planning.saved"));
                    reload(t.code());
                }
            });
            Div body = new Div(title, description, checklist, save);
            Details details = new Details(item.title(), body);
            details.addClassName("template-item");
            items.add(details);
        }
    }
}
