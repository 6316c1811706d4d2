package kr.silheomjang.budget.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kr.silheomjang.budget.BudgetLineRow;
import kr.silheomjang.budget.BudgetPlan;
import kr.silheomjang.budget.Funder;
import kr.silheomjang.budget.Money;
import kr.silheomjang.shared.csv.CsvWriter;

/**
 * The settlement report (결산) as an Excel workbook (sheet per line, sheet per funder) and as CSV. Amounts are numeric
 * cells of whole won with a "#,##0" format (Excel sums them); user text goes in string cells, which Excel never runs
 * as a formula. The CSV goes through the shared formula-neutralising writer (UTF-8 with BOM).
 */
public final class SettlementWorkbook {

    /** Column headings, in the reader's language: category, line, funder, planned, spent, variance, %, receipts. */
    public record Headings(String sheetLines, String sheetFunders, String category, String line, String funder,
            String planned, String spent, String variance, String percent, String receipts, String total) {
    }

    private SettlementWorkbook() {
    }

    public static void xlsx(BudgetPlan plan, Headings h, Function<BudgetLineRow, String> categoryName,
            Function<Funder, String> funderName, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle boldMoney = wb.createCellStyle();
            boldMoney.cloneStyleFrom(money);
            boldMoney.setFont(font);

            Sheet lines = wb.createSheet(h.sheetLines());
            header(lines, bold, h.category(), h.line(), h.funder(), h.planned(), h.spent(), h.variance(), h.percent(),
                    h.receipts());
            int r = 1;
            int receipts = 0;
            for (BudgetLineRow l : plan.lines()) {
                Row row = lines.createRow(r++);
                row.createCell(0).setCellValue(categoryName.apply(l));
                row.createCell(1).setCellValue(l.title());
                row.createCell(2).setCellValue(funderName.apply(l.funder()));
                amounts(row, 3, l.money(), money);
                row.createCell(7).setCellValue(l.receipts());
                receipts += l.receipts();
            }
            Row total = lines.createRow(r);
            Cell label = total.createCell(0);
            label.setCellValue(h.total());
            label.setCellStyle(bold);
            amounts(total, 3, plan.total(), boldMoney);
            total.createCell(7).setCellValue(receipts);
            widths(lines, 8);

            Sheet funders = wb.createSheet(h.sheetFunders());
            header(funders, bold, h.funder(), h.planned(), h.spent(), h.variance(), h.percent(), h.receipts());
            r = 1;
            for (Map.Entry<Funder, Money> f : plan.byFunder().entrySet()) {
                Row row = funders.createRow(r++);
                row.createCell(0).setCellValue(funderName.apply(f.getKey()));
                amounts(row, 1, f.getValue(), money);
                row.createCell(5).setCellValue(receiptsOf(plan.lines(), f.getKey()));
            }
            Row ft = funders.createRow(r);
            Cell fl = ft.createCell(0);
            fl.setCellValue(h.total());
            fl.setCellStyle(bold);
            amounts(ft, 1, plan.total(), boldMoney);
            ft.createCell(5).setCellValue(receipts);
            widths(funders, 6);
            wb.write(out);
        }
    }

    public static byte[] csv(BudgetPlan plan, Headings h, Function<BudgetLineRow, String> categoryName,
            Function<Funder, String> funderName) {
        CsvWriter csv = CsvWriter.withHeader(h.category(), h.line(), h.funder(), h.planned(), h.spent(),
                h.variance(), h.percent(), h.receipts());
        int receipts = 0;
        for (BudgetLineRow l : plan.lines()) {
            csv.row(categoryName.apply(l), l.title(), funderName.apply(l.funder()), l.plannedWon(), l.spentWon(),
                    l.money().variance(), pct(l.money()), l.receipts());
            receipts += l.receipts();
        }
        csv.row(h.total(), "", "", plan.total().planned(), plan.total().spent(), plan.total().variance(),
                pct(plan.total()), receipts);
        for (Map.Entry<Funder, Money> f : plan.byFunder().entrySet()) {
            Money m = f.getValue();
            csv.row(h.funder(), "", funderName.apply(f.getKey()), m.planned(), m.spent(), m.variance(),
                    pct(m), receiptsOf(plan.lines(), f.getKey()));
        }
        return csv.toBytes();
    }

    /** A number (12.0), so the CSV cell is not text starting with + or - (which the writer would neutralise). */
    private static java.math.@org.jspecify.annotations.Nullable BigDecimal pct(Money m) {
        return kr.silheomjang.budget.Won.percentValue(m.variance(), m.planned());
    }

    private static int receiptsOf(List<BudgetLineRow> lines, Funder f) {
        return lines.stream().filter(l -> java.util.Objects.equals(l.funder().partnerId(), f.partnerId()))
                .mapToInt(BudgetLineRow::receipts).sum();
    }

    private static void header(Sheet sheet, CellStyle bold, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(names[i]);
            c.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void amounts(Row row, int first, Money m, CellStyle style) {
        long[] values = {m.planned(), m.spent(), m.variance()};
        for (int i = 0; i < values.length; i++) {
            Cell c = row.createCell(first + i);
            // Whole won fit a double exactly (below 2^53).
            c.setCellValue(values[i]);
            c.setCellStyle(style);
        }
        row.createCell(first + 3).setCellValue(m.variancePercent());
    }

    private static void widths(Sheet sheet, int columns) {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, i == 1 ? 30 * 256 : 16 * 256);
        }
    }
}
