package kr.silheomjang.followup.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.Length;

import kr.silheomjang.followup.ResultsPageDraft;
import kr.silheomjang.followup.ResultsPageSettings;

/** An experiment's public results page: the hash of its token, where the talk continues, and the built content. */
@Entity
@Table(name = "results_page")
public class ResultsPage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "channel_text", length = 500)
    private String channel;

    @Column(name = "schedule_text", length = 500)
    private String schedule;

    @Column(name = "platform_url", length = 1000)
    private String platformUrl;

    // UTF-8 bytes in a LONGBLOB, as the other large columns (V5, V6): one mapping that H2 and MariaDB both validate.
    @Lob
    @Column(name = "content_json", nullable = false, length = Length.LONG32)
    private byte[] contentJson;

    @Column(name = "built_at", nullable = false)
    private Instant builtAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by_name", length = 100)
    private String publishedByName;

    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ResultsPage() {
    }

    public ResultsPage(long experimentId, String tokenHash, String contentJson, Instant now, String byName) {
        this.experimentId = experimentId;
        this.tokenHash = tokenHash;
        this.contentJson = contentJson.getBytes(StandardCharsets.UTF_8);
        this.builtAt = now;
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public void apply(ResultsPageDraft d, Instant now, String byName) {
        this.channel = d.channel();
        this.schedule = d.schedule();
        this.platformUrl = d.platformUrl();
        touch(now, byName);
    }

    public void rebuilt(String json, Instant now) {
        this.contentJson = json.getBytes(StandardCharsets.UTF_8);
        this.builtAt = now;
    }

    public void newToken(String hash, Instant now, String byName) {
        this.tokenHash = hash;
        touch(now, byName);
    }

    public void publish(boolean on, Instant now, String byName) {
        this.publishedAt = on ? now : null;
        this.publishedByName = on ? byName : null;
        touch(now, byName);
    }

    private void touch(Instant now, String byName) {
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public long getExperimentId() {
        return experimentId;
    }

    public long getVersion() {
        return version;
    }

    public String getContentJson() {
        return new String(contentJson, StandardCharsets.UTF_8);
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public ResultsPageDraft toDraft() {
        return new ResultsPageDraft(channel, schedule, platformUrl);
    }

    public ResultsPageSettings toSettings(boolean canEdit, boolean canPublish) {
        return new ResultsPageSettings(true, version, channel, schedule, platformUrl, builtAt, publishedAt,
                publishedByName, updatedByName, updatedAt, canEdit, canPublish);
    }
}
