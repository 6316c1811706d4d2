package kr.silheomjang.security.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.StringRedisTemplate;

import kr.silheomjang.security.ThrottleStore;

/** With the Redis live bus the nodes are a cluster: the sign-in throttle and public form limits count across them. */
@Configuration
@ConditionalOnProperty(name = "silheomjang.live-bus", havingValue = "redis")
class ThrottleStoreConfig {

    @Bean
    @Primary
    ThrottleStore sharedThrottleStore(StringRedisTemplate redis, InMemoryThrottleStore whileAway) {
        return new RedisThrottleStore(redis, whileAway);
    }
}
