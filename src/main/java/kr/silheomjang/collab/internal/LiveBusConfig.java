package kr.silheomjang.collab.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

import kr.silheomjang.collab.LiveUpdateBus;

@Configuration
class LiveBusConfig {

    @Bean(destroyMethod = "close")
    LocalLiveUpdateBus localLiveUpdateBus() {
        return new LocalLiveUpdateBus();
    }

    @Configuration
    @ConditionalOnProperty(name = "silheomjang.live-bus", havingValue = "local", matchIfMissing = true)
    static class Local {
        @Bean
        @Primary
        LiveUpdateBus liveUpdateBus(LocalLiveUpdateBus local) {
            return local;
        }
    }

    @Configuration
    @ConditionalOnProperty(name = "silheomjang.live-bus", havingValue = "redis")
    static class Redis {
        @Bean
        @Primary
        RedisLiveUpdateBus liveUpdateBus(LocalLiveUpdateBus local, StringRedisTemplate redis) {
            return new RedisLiveUpdateBus(local, redis);
        }

        @Bean
        RedisMessageListenerContainer liveUpdateListenerContainer(RedisConnectionFactory factory,
                RedisLiveUpdateBus bus) {
            RedisMessageListenerContainer container = new RedisMessageListenerContainer();
            container.setConnectionFactory(factory);
            container.addMessageListener(bus, new ChannelTopic(RedisLiveUpdateBus.CHANNEL));
            return container;
        }
    }
}
