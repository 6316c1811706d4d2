package kr.silheomjang.notification.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.silheomjang.notification.Channel;
import kr.silheomjang.shared.Notable;

/** A person's notification choices (V58): a channel per kind (missing = in-app) and the digest hour. */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings {

    @Id
    @Column(name = "user_id")
    private long userId;

    @Column(name = "digest_hour", nullable = false)
    private int digestHour;

    @Column(name = "last_digest_on")
    private @Nullable LocalDate lastDigestOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notification_preference", joinColumns = @JoinColumn(name = "user_id"))
    @MapKeyColumn(name = "kind", length = 30)
    @MapKeyEnumerated(EnumType.STRING)
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private Map<Notable.Kind, Channel> channels = new EnumMap<>(Notable.Kind.class);

    @Version
    private long version;

    protected NotificationSettings() {
    }

    public NotificationSettings(long userId, int digestHour) {
        this.userId = userId;
        this.digestHour = digestHour;
    }

    public long getUserId() {
        return userId;
    }

    public int getDigestHour() {
        return digestHour;
    }

    public void setDigestHour(int digestHour) {
        this.digestHour = digestHour;
    }

    public @Nullable LocalDate getLastDigestOn() {
        return lastDigestOn;
    }

    public void setLastDigestOn(LocalDate day) {
        this.lastDigestOn = day;
    }

    public Map<Notable.Kind, Channel> getChannels() {
        return channels;
    }

    public long getVersion() {
        return version;
    }
}
