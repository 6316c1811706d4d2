package kr.silheomjang.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.Application;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.people.PartnerDraft;
import kr.silheomjang.people.PartnerService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.csv.CsvWriter;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/** Issue 13, point 4: the workbook opened with POI adds up, the CSV has its BOM, the ZIP names each receipt. */
@SpringBootTest
@ActiveProfiles("test")
class SettlementExportTest {

    @Autowired
    BudgetService budget;
    @Autowired
    ExpenseService expenses;
    @Autowired
    SettlementService settlement;
    @Autowired
    ExperimentService experiments;
    @Autowired
    PartnerService partners;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;

    String owner;
    String planner;
    long id;

    void books() {
        owner = "e" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "소유자", Teams.PASSWORD);
        planner = "e" + System.nanoTime() + "@test.kr";
        accounts.createAccount(planner, "기획자", Teams.PASSWORD);
        id = signedIn.as(owner, () -> experiments.create(Drafts.valid("결산 실험장")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        long partner = signedIn.as(owner, () -> partners.add(id, new PartnerDraft("=HYPERLINK(\"x\")", null, null,
                null, null)));
        LocalDate day = LocalDate.now(Application.ZONE).minusDays(1);
        signedIn.run(planner, () -> {
            long venue = budget.addLine(id, new BudgetLineDraft(BudgetCategory.VENUE, "대관", 300_000L, "", partner));
            long food = budget.addLine(id, new BudgetLineDraft(BudgetCategory.CATERING, "=1+1 다과", 123_457L, "",
                    null));
            budget.addLine(id, new BudgetLineDraft(BudgetCategory.OTHER, "예비비", 76_543L, "", null));
            expenses.add(id, new ExpenseDraft(day, "카페 온", 130_001L, PaymentMethod.CORPORATE_CARD, food),
                    BudgetServiceTest.file("a.png", BudgetServiceTest.PNG));
            expenses.add(id, new ExpenseDraft(day, "카페 온", 130_001L, PaymentMethod.CASH, food),
                    BudgetServiceTest.file("b.pdf", BudgetServiceTest.PDF));
            expenses.add(id, new ExpenseDraft(day, "역사 관리소", 299_999L, PaymentMethod.BANK_TRANSFER, venue),
                    null);
        });
        signedIn.run(owner, () -> expenses.list(id).forEach(r -> expenses.approve(id, r.id(), r.version())));
    }

    @Test
    void theWorkbookOpensWithPoiAndItsTotalsAreTheSumsOfItsLines() throws Exception {
        books();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        signedIn.run(planner, () -> {
            try {
                settlement.writeXlsx(id, Locale.KOREAN, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet lines = wb.getSheet("항목별");
            assertThat(lines.getRow(0).getCell(3).getStringCellValue()).isEqualTo("계획(원)");
            long planned = 0;
            long spent = 0;
            long variance = 0;
            int last = lines.getLastRowNum();
            for (int r = 1; r < last; r++) {
                Row row = lines.getRow(r);
                planned += (long) row.getCell(3).getNumericCellValue();
                spent += (long) row.getCell(4).getNumericCellValue();
                variance += (long) row.getCell(5).getNumericCellValue();
            }
            Row total = lines.getRow(last);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("합계");
            assertThat(planned).isEqualTo(500_000).isEqualTo((long) total.getCell(3).getNumericCellValue());
            assertThat(spent).isEqualTo(560_001).isEqualTo((long) total.getCell(4).getNumericCellValue());
            assertThat(variance).isEqualTo(60_001).isEqualTo((long) total.getCell(5).getNumericCellValue());
            assertThat(total.getCell(6).getStringCellValue()).isEqualTo("+12.0%");
            assertThat((int) total.getCell(7).getNumericCellValue()).isEqualTo(2);
            // User text stays text: a line named like a formula is a string cell, never a formula.
            List<String> names = new ArrayList<>();
            for (int r = 1; r < last; r++) {
                names.add(lines.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(names).contains("=1+1 다과");

            Sheet funders = wb.getSheet("부담 주체별");
            long byFunder = 0;
            for (int r = 1; r < funders.getLastRowNum(); r++) {
                byFunder += (long) funders.getRow(r).getCell(2).getNumericCellValue();
            }
            assertThat(byFunder).isEqualTo(560_001)
                    .isEqualTo((long) funders.getRow(funders.getLastRowNum()).getCell(2).getNumericCellValue());
        }
    }

    @Test
    void theCsvStartsWithABomAndNeutralisesFormulaCells() {
        books();
        byte[] csv = signedIn.as(planner, () -> settlement.csv(id, Locale.KOREAN));
        assertThat(csv).startsWith(CsvWriter.UTF8_BOM);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("분류,항목,부담 주체,계획(원),지출(원),차이(원),차이(%),영수증 수");
        assertThat(text).contains("합계,,,500000,560001,60001,12.0,2");
        assertThat(text).contains("'=1+1 다과").doesNotContain(",=1+1");
        assertThat(text).contains("'=HYPERLINK");
    }

    @Test
    void theReceiptsZipNamesEachByDatePayeeAndAmount() throws Exception {
        books();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int count = signedIn.as(planner, () -> {
            try {
                return settlement.writeReceiptsZip(id, Locale.KOREAN, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(count).isEqualTo(2);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()),
                StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        String day = LocalDate.now(Application.ZONE).minusDays(1).toString();
        assertThat(names).containsExactlyInAnyOrder(day + "_카페_온_130001원.png", day + "_카페_온_130001원.pdf");

        ByteArrayOutputStream english = new ByteArrayOutputStream();
        signedIn.as(planner, () -> {
            try {
                return settlement.writeReceiptsZip(id, Locale.ENGLISH, english);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(english.toByteArray()),
                StandardCharsets.UTF_8)) {
            List<String> englishNames = new ArrayList<>();
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                englishNames.add(e.getName());
            }
            assertThat(englishNames).as("downloaded from the English UI")
                    .containsExactlyInAnyOrder(day + "_카페_온_130001KRW.png", day + "_카페_온_130001KRW.pdf");
        }
    }
}
