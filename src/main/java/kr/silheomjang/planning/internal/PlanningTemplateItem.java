package kr.silheomjang.planning.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One card of a template: title, category (the planning item), description and checklist lines. */
@Entity
@Table(name = "planning_template_item")
public class PlanningTemplateItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "template_id", nullable = false)
    private long templateId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 100)
    private String category;

    @Column(length = 4000)
    private String description;

    @Column(length = 2000)
    private String checklist;

    /** The language of the texts ("ko", "en"): a new board takes the items of its creator's (decision 0070). */
    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;

    @Version
    private long version;

    protected PlanningTemplateItem() {
    }

    public List<String> checklistLines() {
        if (checklist == null) {
            return List.of();
        }
        return Arrays.stream(checklist.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public void update(String title, String description, String checklist, Instant now, String byName) {
        this.title = title;
        this.description = description;
        this.checklist = checklist;
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public Long getId() { return id; }
    public long getTemplateId() { return templateId; }
    public int getSortOrder() { return sortOrder; }
    public String getTitle() { return title; }
    public String getCategory() { return category; }
    public String getDescription() { return description; }
    public String getChecklist() { return checklist; }
    public String getLanguage() { return language; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedByName() { return updatedByName; }
    public long getVersion() { return version; }
}
