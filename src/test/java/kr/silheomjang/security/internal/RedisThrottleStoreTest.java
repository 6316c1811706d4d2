package kr.silheomjang.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import kr.silheomjang.security.ThrottleStore;

/**
 * The shared sign-in and public-form counters on the machine's Redis (fails when Redis is not running): two nodes
 * count into the same entry, Redis forgets it by itself, and while Redis is away the node counts on its own.
 */
class RedisThrottleStoreTest {

    private LettuceConnectionFactory a;
    private LettuceConnectionFactory b;

    @AfterEach
    void close() {
        for (LettuceConnectionFactory f : new LettuceConnectionFactory[] {a, b}) {
            if (f != null) {
                f.destroy();
            }
        }
    }

    @Test
    void twoNodesCountTogetherAndRedisForgets() throws Exception {
        a = factory(6379);
        b = factory(6379);
        ThrottleStore nodeA = new RedisThrottleStore(new StringRedisTemplate(a), new InMemoryThrottleStore());
        ThrottleStore nodeB = new RedisThrottleStore(new StringRedisTemplate(b), new InMemoryThrottleStore());
        String key = "test:" + UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        assertThat(nodeA.increment(key, now, Duration.ofMinutes(1)).count()).isEqualTo(1);
        assertThat(nodeB.increment(key, now.plusSeconds(1), Duration.ofMinutes(1)).count()).isEqualTo(2);
        assertThat(nodeA.increment(key, now.plusSeconds(2), Duration.ofMinutes(1)).count()).isEqualTo(3);
        assertThat(nodeB.get(key, now.plusSeconds(2))).contains(new ThrottleStore.Entry(3, now.plusSeconds(2)));

        nodeA.decrement(key, now.plusSeconds(3));
        assertThat(nodeB.get(key, now.plusSeconds(3))).as("taken back, the last occurrence kept")
                .contains(new ThrottleStore.Entry(2, now.plusSeconds(2)));

        nodeB.remove(key);
        nodeA.decrement(key, now);
        assertThat(nodeB.get(key, now)).as("taking back from a gone entry makes none").isEmpty();
        assertThat(nodeA.get(key, now)).isEmpty();

        nodeA.increment(key, now, Duration.ofMillis(300));
        Thread.sleep(600);
        assertThat(nodeB.get(key, now)).as("Redis forgot it by itself").isEmpty();
    }

    @Test
    void whileRedisIsAwayTheNodeCountsOnItsOwn() {
        a = factory(1); // nothing listens on port 1
        ThrottleStore node = new RedisThrottleStore(new StringRedisTemplate(a), new InMemoryThrottleStore());
        String key = "test:" + UUID.randomUUID();
        Instant now = Instant.now();
        node.increment(key, now, Duration.ofMinutes(1));
        assertThat(node.increment(key, now, Duration.ofMinutes(1)).count()).isEqualTo(2);
        assertThat(node.get(key, now)).map(ThrottleStore.Entry::count).contains(2);
    }

    private static LettuceConnectionFactory factory(int port) {
        LettuceConnectionFactory f = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        f.afterPropertiesSet();
        f.start();
        return f;
    }
}
