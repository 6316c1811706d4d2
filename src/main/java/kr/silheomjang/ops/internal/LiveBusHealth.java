package kr.silheomjang.ops.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Health indicator {@code liveBus} (part of readiness): with {@code silheomjang.live-bus=local} always up; with
 * {@code redis} it pings Redis, which carries live updates between nodes. Its last answer is also the gauge
 * {@code silheomjang.live.bus.up} (1 up, 0 down), so a dashboard sees the bus state without calling the probe.
 */
@Component("liveBus")
class LiveBusHealth extends AbstractHealthIndicator {

    private final String mode;
    private final ObjectProvider<RedisConnectionFactory> redis;
    private final AtomicInteger up = new AtomicInteger(1);

    LiveBusHealth(@Value("${silheomjang.live-bus:local}") String mode, ObjectProvider<RedisConnectionFactory> redis,
            MeterRegistry meters) {
        super("Live-update bus check failed");
        this.mode = mode;
        this.redis = redis;
        Gauge.builder("silheomjang.live.bus.up", this, LiveBusHealth::sample)
                .description("Whether the live-update bus reaches its transport (1) or not (0)")
                .tag("mode", mode)
                .register(meters);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (!"redis".equals(mode)) {
            up.set(1);
            builder.up().withDetail("mode", mode);
            return;
        }
        try (RedisConnection connection = redis.getObject().getConnection()) {
            connection.ping();
            up.set(1);
            builder.up().withDetail("mode", mode);
        } catch (RuntimeException e) {
            up.set(0);
            // No exception text: it may name hosts; the log of the bus itself says more.
            builder.down().withDetail("mode", mode);
        }
    }

    /** The gauge checks afresh in Redis mode (a ping, bounded by spring.data.redis.timeout). */
    private double sample() {
        if ("redis".equals(mode)) {
            health();
        }
        return up.get();
    }
}
