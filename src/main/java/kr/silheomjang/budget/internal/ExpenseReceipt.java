package kr.silheomjang.budget.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.hibernate.Length;

/**
 * A receipt's bytes as stored in the database before V54; {@link ReceiptStore} moves any such row into a file at
 * startup. Nothing new is written here.
 */
@Entity
@Table(name = "expense_receipt")
public class ExpenseReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "expense_id", nullable = false)
    private long expenseId;

    // LONG32: MySQL/MariaDB expect LONGBLOB (what V46 creates).
    @Lob
    @Column(name = "content_data", nullable = false, length = Length.LONG32)
    private byte[] data;

    protected ExpenseReceipt() {
    }

    /** Only for tests of the move into files. */
    public ExpenseReceipt(long expenseId, byte[] data) {
        this.expenseId = expenseId;
        this.data = data;
    }

    public Long getId() {
        return id;
    }

    public long getExpenseId() {
        return expenseId;
    }

    public byte[] getData() {
        return data;
    }
}
