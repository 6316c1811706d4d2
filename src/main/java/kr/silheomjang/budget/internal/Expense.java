package kr.silheomjang.budget.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import kr.silheomjang.budget.ExpenseDraft;
import kr.silheomjang.budget.ExpenseRow;
import kr.silheomjang.budget.ExpenseStatus;
import kr.silheomjang.budget.PaymentMethod;

/** One expense against a plan line; the receipt is a file in the {@link ReceiptStore}. */
@Entity
@Table(name = "expense")
public class Expense {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "experiment_id", nullable = false)
    private long experimentId;
    @Column(name = "line_id", nullable = false)
    private long lineId;
    @Column(name = "spent_on", nullable = false)
    private LocalDate spentOn;
    @Column(nullable = false, length = 200)
    private String payee;
    @Column(name = "amount_won", nullable = false)
    private long amountWon;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private PaymentMethod method;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ExpenseStatus status;
    @Column(name = "return_reason", length = 500)
    private @Nullable String returnReason;
    @Column(name = "decided_by_name", length = 100)
    private @Nullable String decidedByName;
    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;
    @Column(name = "entered_by_id", nullable = false)
    private long enteredById;
    @Column(name = "entered_by_name", nullable = false, length = 100)
    private String enteredByName;
    @Column(name = "receipt_name", length = 200)
    private @Nullable String receiptName;
    @Column(name = "receipt_type", length = 100)
    private @Nullable String receiptType;
    @Column(name = "receipt_size")
    private @Nullable Long receiptSize;
    /** The stored file ({@link ReceiptStore}); null without a receipt. */
    @Column(name = "receipt_key", length = 36)
    private @Nullable String receiptKey;
    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Expense() {
    }

    public Expense(long experimentId, long enteredById, String enteredByName) {
        this.experimentId = experimentId;
        this.enteredById = enteredById;
        this.enteredByName = enteredByName;
        this.status = ExpenseStatus.SUBMITTED;
    }

    /** Takes a checked draft; any change sends the expense back to the owner (검토 대기). */
    @SuppressWarnings("null")
    public void apply(ExpenseDraft d, Instant now, String by) {
        spentOn = d.date();
        payee = d.payee();
        amountWon = d.amountWon();
        method = d.method();
        lineId = d.lineId();
        status = ExpenseStatus.SUBMITTED;
        returnReason = null;
        decidedByName = null;
        decidedAt = null;
        touch(now, by);
    }

    /** Attaches a stored receipt; returns the key of the one it replaces (to delete after commit), if any. */
    public @Nullable String attach(String name, String type, long size, String key, Instant now, String by) {
        String old = receiptKey;
        receiptKey = key;
        receiptName = name;
        receiptType = type;
        receiptSize = size;
        touch(now, by);
        return old;
    }

    public void decide(ExpenseStatus decision, @Nullable String reason, Instant now, String by) {
        status = decision;
        returnReason = reason;
        decidedByName = by;
        decidedAt = now;
        touch(now, by);
    }

    private void touch(Instant now, String by) {
        updatedAt = now;
        updatedByName = by;
    }

    public ExpenseRow toRow(String lineTitle) {
        return new ExpenseRow(id, version, spentOn, payee, amountWon, method, lineId, lineTitle, status, returnReason,
                decidedByName, enteredByName, receiptName, updatedByName, updatedAt);
    }

    public Long getId() { return id; }
    public long getExperimentId() { return experimentId; }
    public long getLineId() { return lineId; }
    public LocalDate getSpentOn() { return spentOn; }
    public String getPayee() { return payee; }
    public long getAmountWon() { return amountWon; }
    public ExpenseStatus getStatus() { return status; }
    public @Nullable String getReceiptName() { return receiptName; }
    public @Nullable String getReceiptType() { return receiptType; }
    public @Nullable String getReceiptKey() { return receiptKey; }
    public @Nullable Long getReceiptSize() { return receiptSize; }

    /** For receipts moved from the database into files (see {@link ReceiptStore}). */
    void moveReceiptTo(String key) { receiptKey = key; }
    public String getUpdatedByName() { return updatedByName; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
