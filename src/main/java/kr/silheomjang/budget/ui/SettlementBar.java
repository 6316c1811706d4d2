package kr.silheomjang.budget.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;

import kr.silheomjang.budget.BudgetPlan;
import kr.silheomjang.shared.csv.CsvWriter;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.shared.StoredText;

/**
 * 결산: whether the books are closed (and by whom), the owner's close / reopen, and the exports for the team (.xlsx,
 * CSV with BOM, ZIP of receipts streamed to the browser).
 */
class SettlementBar extends Div {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final BudgetView page;
    final Paragraph state = new Paragraph();
    final Button close = new Button();
    final Button reopen = new Button();
    final Div exports = new Div();
    private boolean exportsBuilt;

    SettlementBar(BudgetView page) {
        this.page = page;
        setId("budget-settlement");
        addClassNames("card", "budget-settlement");
        state.setId("budget-settlement-state");
        close.setText(getTranslation("budget.settle.close"));
        close.setId("budget-settle");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Disabled before 후속 작업: the state line says why, and the button points to it.
        close.getElement().setAttribute("aria-describedby", "budget-settlement-state");
        close.addClickListener(e -> page.change(() -> page.settlement.close(page.id())));
        reopen.setText(getTranslation("budget.settle.reopen"));
        reopen.setId("budget-reopen");
        reopen.addClickListener(e -> page.change(() -> page.settlement.reopen(page.id())));
        exports.addClassName("budget-exports");
        add(new H3(getTranslation("budget.settle.title")), state, close, reopen, exports);
    }

    void show(BudgetPlan plan) {
        setVisible(plan.canEdit());
        if (plan.settled()) {
            state.setText(getTranslation("budget.settle.closed", Formats.dateTime(plan.settledAt(), getLocale()),
                    String.valueOf(StoredText.show(plan.settledByName(), this::getTranslation))));
        } else {
            state.setText(getTranslation(plan.followUp() ? "budget.settle.ready" : "budget.settle.notYet"));
        }
        close.setVisible(plan.owner() && !plan.settled());
        close.setEnabled(plan.followUp());
        reopen.setVisible(plan.owner() && plan.settled());
        if (plan.canEdit() && !exportsBuilt) {
            buildExports();
        }
    }

    private void buildExports() {
        exportsBuilt = true;
        long id = page.id();
        Locale locale = getLocale();
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(e -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            page.settlement.writeXlsx(id, locale, out);
            byte[] bytes = out.toByteArray();
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                    getTranslation("budget.export.fileName") + ".xlsx", XLSX, bytes.length);
        }), getTranslation("budget.export.xlsx"));
        xlsx.setId("budget-export-xlsx");
        xlsx.getElement().setAttribute("download", true);
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = page.settlement.csv(id, locale);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                    getTranslation("budget.export.fileName") + ".csv", CsvWriter.CONTENT_TYPE, bytes.length);
        }), getTranslation("budget.export.csv"));
        csv.setId("budget-export-csv");
        csv.getElement().setAttribute("download", true);
        String zipName = getTranslation("budget.export.receiptsName") + ".zip";
        // Streamed: each receipt is written into the response as it is read, the ZIP is never held in memory.
        Anchor zip = new Anchor((DownloadHandler) event -> {
            event.setFileName(zipName);
            event.setContentType("application/zip");
            page.settlement.writeReceiptsZip(id, locale, event.getOutputStream());
        }, getTranslation("budget.export.zip"));
        zip.setId("budget-export-zip");
        zip.getElement().setAttribute("download", true);
        exports.add(xlsx, csv, zip);
    }
}
