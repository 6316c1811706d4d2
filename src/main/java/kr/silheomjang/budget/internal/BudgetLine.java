package kr.silheomjang.budget.internal;

import java.time.Instant;

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

import kr.silheomjang.budget.BudgetCategory;
import kr.silheomjang.budget.BudgetLineDraft;

/** One line of the plan: category, title, planned whole won, note and funder (null partner: the organisation). */
@Entity
@Table(name = "budget_line")
public class BudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "experiment_id", nullable = false)
    private long experimentId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private BudgetCategory category;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(name = "planned_won", nullable = false)
    private long plannedWon;
    @Column(nullable = false, length = 1000)
    private String note;
    @Column(name = "partner_id")
    private @Nullable Long partnerId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected BudgetLine() {
    }

    public BudgetLine(long experimentId, Instant now) {
        this.experimentId = experimentId;
        this.createdAt = now;
    }

    /** Takes a checked draft (see BudgetRules). */
    public void apply(BudgetLineDraft d, Instant now, String by) {
        category = d.category();
        title = d.title();
        plannedWon = d.plannedWon();
        note = d.note() == null ? "" : d.note();
        partnerId = d.funderId();
        updatedAt = now;
        updatedByName = by;
    }

    public Long getId() { return id; }
    public long getExperimentId() { return experimentId; }
    public BudgetCategory getCategory() { return category; }
    public String getTitle() { return title; }
    public long getPlannedWon() { return plannedWon; }
    public String getNote() { return note; }
    public @Nullable Long getPartnerId() { return partnerId; }
    public String getUpdatedByName() { return updatedByName; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
