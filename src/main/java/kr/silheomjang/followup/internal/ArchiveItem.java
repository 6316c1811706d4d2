package kr.silheomjang.followup.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

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

import kr.silheomjang.followup.ArchiveDraft;
import kr.silheomjang.followup.ArchiveItemView;
import kr.silheomjang.followup.ArchiveKind;
import kr.silheomjang.followup.SubtitleStatus;

/** One item of the follow-up archive: a link or an uploaded file (bytes in {@link ArchiveItemFile}). */
@Entity
@Table(name = "archive_item")
public class ArchiveItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ArchiveKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "link_url", length = 1000)
    private String linkUrl;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "file_type", length = 100)
    private String fileType;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(name = "item_date", nullable = false)
    private LocalDate itemDate;

    @Column(nullable = false, length = 2000)
    private String description;

    /** Tags joined by commas (a tag never holds one). */
    @Column(nullable = false, length = 500)
    private String tags;

    @Column(name = "alt_text", length = 500)
    private String altText;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "subtitle_status", length = 20)
    private SubtitleStatus subtitleStatus;

    @Column(name = "no_filming_confirmed", nullable = false)
    private int noFilmingConfirmed;

    @Column(name = "confirmed_by_name", length = 100)
    private String confirmedByName;

    @Column(name = "public_item", nullable = false)
    private int publicItem;

    @Column(name = "on_results_page", nullable = false)
    private int onResultsPage;

    @Column(name = "created_by_name", nullable = false, length = 100)
    private String createdByName;

    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ArchiveItem() {
    }

    public ArchiveItem(long experimentId, ArchiveDraft draft, Instant now, String byName) {
        this.experimentId = experimentId;
        this.createdByName = byName;
        apply(draft, now, byName);
    }

    /** Takes a checked draft; the confirmation names whoever confirmed it first (or again after it was withdrawn). */
    public void apply(ArchiveDraft d, Instant now, String byName) {
        this.kind = d.kind();
        this.title = d.title();
        this.linkUrl = d.link();
        this.itemDate = d.date();
        this.description = d.description() == null ? "" : d.description();
        this.tags = String.join(",", d.tags());
        this.altText = d.altText();
        this.subtitleStatus = d.subtitles();
        if (d.noFilmingConfirmed() && noFilmingConfirmed == 0) {
            this.confirmedByName = byName;
        } else if (!d.noFilmingConfirmed()) {
            this.confirmedByName = null;
        }
        this.noFilmingConfirmed = d.noFilmingConfirmed() ? 1 : 0;
        this.publicItem = d.publicItem() ? 1 : 0;
        this.onResultsPage = d.publicItem() && d.onResultsPage() ? 1 : 0;
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public void attach(String name, String type, long size) {
        this.fileName = name;
        this.fileType = type;
        this.fileSize = size;
        this.linkUrl = null;
    }

    public Long getId() {
        return id;
    }

    public long getExperimentId() {
        return experimentId;
    }

    public long getVersion() {
        return version;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public ArchiveItemView toView() {
        List<String> tagList = tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
        return new ArchiveItemView(id, version, kind, title, linkUrl, fileName, fileType, fileSize, itemDate,
                description, tagList, altText, subtitleStatus, noFilmingConfirmed == 1, confirmedByName,
                publicItem == 1, onResultsPage == 1, createdByName, updatedByName, updatedAt);
    }
}
