package kr.silheomjang.planning.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "card")
public class Card {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    // Position is changed by bulk updates (CardRepository.place), so a move never bumps the version: only a content
    // edit can conflict with another content edit.
    @Column(name = "column_id", nullable = false)
    private long columnId;

    // A fractional rank (shared.Ranks): a move writes this one row.
    @Column(name = "sort_key", nullable = false, length = 120)
    private String sortKey;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(length = 100)
    private String category;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @ElementCollection
    @CollectionTable(name = "card_assignee", joinColumns = @JoinColumn(name = "card_id"))
    @Column(name = "user_id")
    private Set<Long> assigneeIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "card_label", joinColumns = @JoinColumn(name = "card_id"))
    @Column(name = "label_text", length = 40)
    private Set<String> labels = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;

    @Version
    private long version;

    protected Card() {
    }

    public Card(long experimentId, long columnId, String sortKey, String title, Instant now, String byName) {
        this.experimentId = experimentId;
        this.columnId = columnId;
        this.sortKey = sortKey;
        this.title = title;
        this.createdAt = now;
        touch(now, byName);
    }

    public void touch(Instant now, String byName) {
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public Long getId() { return id; }
    public long getExperimentId() { return experimentId; }
    public long getColumnId() { return columnId; }
    public String getSortKey() { return sortKey; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public Set<Long> getAssigneeIds() { return assigneeIds; }
    public Set<String> getLabels() { return labels; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedByName() { return updatedByName; }
    public long getVersion() { return version; }
}
