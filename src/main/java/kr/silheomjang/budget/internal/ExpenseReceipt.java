package kr.silheomjang.budget.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.hibernate.Length;

/** A receipt's bytes, in their own table so listing expenses never loads them (like archive files). */
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

    public ExpenseReceipt(long expenseId, byte[] data) {
        this.expenseId = expenseId;
        this.data = data;
    }

    public void replace(byte[] bytes) {
        this.data = bytes;
    }

    public byte[] getData() {
        return data;
    }
}
