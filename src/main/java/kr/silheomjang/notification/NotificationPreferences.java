package kr.silheomjang.notification;

import java.util.EnumMap;
import java.util.Map;

import kr.silheomjang.shared.Notable;

/**
 * A person's choices: a channel for every kind, and the hour (0–23, Asia/Seoul) of the daily mail digest.
 * {@code version} is what was read (-1: never saved), so a save from a stale second tab is refused, not merged.
 */
public record NotificationPreferences(Map<Notable.Kind, Channel> channels, int digestHour, long version) {

    public static final int DEFAULT_DIGEST_HOUR = 8;

    public NotificationPreferences {
        EnumMap<Notable.Kind, Channel> all = new EnumMap<>(Notable.Kind.class);
        for (Notable.Kind k : Notable.Kind.values()) {
            all.put(k, channels.getOrDefault(k, Channel.IN_APP));
        }
        channels = Map.copyOf(all);
    }

    public Channel channel(Notable.Kind kind) {
        return channels.get(kind);
    }
}
