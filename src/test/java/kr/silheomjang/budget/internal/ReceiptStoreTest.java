package kr.silheomjang.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.Application;
import kr.silheomjang.budget.BudgetCategory;
import kr.silheomjang.budget.BudgetLineDraft;
import kr.silheomjang.budget.BudgetService;
import kr.silheomjang.budget.ExpenseDraft;
import kr.silheomjang.budget.ExpenseService;
import kr.silheomjang.budget.PaymentMethod;
import kr.silheomjang.budget.Receipt;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/** V54: a receipt stored in the database before receipts became files is moved into a file and still downloads. */
@SpringBootTest
@ActiveProfiles("test")
class ReceiptStoreTest {

    @Autowired
    ReceiptStore store;
    @Autowired
    BudgetService budget;
    @Autowired
    ExpenseService expenses;
    @Autowired
    ExperimentService experiments;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReceiptKeptInTheDatabaseBeforeV54IsMovedIntoAFileOnceAndStillDownloads() throws Exception {
        String owner = "r" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "소유자", Teams.PASSWORD);
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("옛 영수증 실험장")));
        long line = signedIn.as(owner, () -> budget.addLine(id, new BudgetLineDraft(BudgetCategory.OTHER, "소모품",
                10_000L, "", null)));
        long e = signedIn.as(owner, () -> expenses.add(id, new ExpenseDraft(LocalDate.now(Application.ZONE), "가게",
                5_000L, PaymentMethod.CASH, line), null));
        byte[] pdf = "%PDF-1.4 old receipt".getBytes(StandardCharsets.US_ASCII);
        // What V46 left behind: name, type and size on the expense, the bytes in expense_receipt, no key.
        jdbc.update("UPDATE expense SET receipt_name = ?, receipt_type = ?, receipt_size = ? WHERE id = ?", "옛.pdf",
                "application/pdf", pdf.length, e);
        jdbc.update("INSERT INTO expense_receipt (expense_id, content_data) VALUES (?, ?)", e, pdf);
        assertThat(signedIn.as(owner, () -> expenses.receipt(id, e))).isNull();

        store.moveDatabaseReceipts();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM expense_receipt", Long.class)).isZero();
        Receipt moved = signedIn.as(owner, () -> expenses.receipt(id, e));
        assertThat(moved.name()).isEqualTo("옛.pdf");
        try (InputStream in = moved.content().open()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        store.moveDatabaseReceipts(); // nothing left to move: no change
        assertThat(signedIn.as(owner, () -> expenses.get(id, e)).receiptName()).isEqualTo("옛.pdf");
    }
}
