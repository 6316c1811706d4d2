package kr.silheomjang.collab.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;

import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.collab.LiveKinds;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;

/**
 * Across nodes: every publish goes to one Redis channel; every node (this one included) receives it and fans it out to
 * its own open views through the local bus.
 */
public class RedisLiveUpdateBus implements LiveUpdateBus, MessageListener {

    static final String CHANNEL = "silheomjang:live";
    private static final Logger log = LoggerFactory.getLogger(RedisLiveUpdateBus.class);

    private final LocalLiveUpdateBus local;
    private final StringRedisTemplate redis;

    public RedisLiveUpdateBus(LocalLiveUpdateBus local, StringRedisTemplate redis) {
        this.local = local;
        this.redis = redis;
    }

    @Override
    public Subscription subscribe(long experimentId, Consumer<LiveUpdate> listener) {
        return local.subscribe(experimentId, listener);
    }

    @Override
    public void publish(LiveUpdate update) {
        redis.convertAndSend(CHANNEL, encode(update));
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        try {
            local.publish(decode(new String(message.getBody(), StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            log.warn("Ignoring malformed live update message", e);
        }
    }

    static String encode(LiveUpdate u) {
        StringBuilder sb = new StringBuilder().append(u.experimentId()).append('|').append(u.kind().key()).append('|');
        for (int i = 0; i < u.ids().size(); i++) {
            sb.append(i == 0 ? "" : ",").append(u.ids().get(i));
        }
        return sb.toString();
    }

    static LiveUpdate decode(String s) {
        String[] parts = s.split("\\|", -1);
        List<Long> ids = parts[2].isEmpty() ? List.of() : Arrays.stream(parts[2].split(",")).map(Long::valueOf).toList();
        LiveKind kind = LiveKinds.byKey(parts[1])
                .orElseThrow(() -> new IllegalArgumentException("unknown live kind " + parts[1]));
        return new LiveUpdate(Long.parseLong(parts[0]), kind, ids);
    }
}
