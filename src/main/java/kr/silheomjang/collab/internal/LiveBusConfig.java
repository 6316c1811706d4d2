package kr.silheomjang.collab.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveRedisOperations;
import org.springframework.data.redis.core.RedisOperations;
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

        @Bean
        PresenceShare presenceShare(LocalLiveUpdateBus local) {
            return new NodePresenceShare(local);
        }

        /**
         * One node talks to no Redis, yet Redis's auto-configuration would build Lettuce's client at start-up (its
         * Netty resources, connection factory and templates: about half a second of a cold start on two cores).
         * Nothing in this mode uses them, so their definitions are removed. Marking them lazy is not enough: the
         * connection factory is a lifecycle bean, which is started (and so made) regardless.
         */
        @Bean
        static BeanFactoryPostProcessor noRedisClientOnOneNode() {
            return beanFactory -> {
                BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
                for (Class<?> type : REDIS_CLIENT_TYPES) {
                    // Types as declared: nothing is made to find them out.
                    for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
                        if (registry.containsBeanDefinition(name)) {
                            registry.removeBeanDefinition(name);
                        }
                    }
                }
            };
        }

        private static final List<Class<?>> REDIS_CLIENT_TYPES = List.of(ClientResources.class,
                RedisConnectionFactory.class, RedisOperations.class, ReactiveRedisOperations.class);
    }

    @Configuration
    @ConditionalOnProperty(name = "silheomjang.live-bus", havingValue = "redis")
    static class Redis {
        @Bean(destroyMethod = "close")
        @Primary
        RedisLiveUpdateBus liveUpdateBus(LocalLiveUpdateBus local, StringRedisTemplate redis, Environment env) {
            return new RedisLiveUpdateBus(local, redis,
                    DurationStyle.detectAndParse(env.getProperty("silheomjang.live-bus-probe-interval", "1s")));
        }

        @Bean(destroyMethod = "close")
        PresenceShare presenceShare(StringRedisTemplate redis, RedisLiveUpdateBus bus, Clock clock) {
            return new RedisPresenceShare(redis, bus, clock);
        }

        @Bean
        RedisMessageListenerContainer liveUpdateListenerContainer(RedisConnectionFactory factory,
                RedisLiveUpdateBus bus) {
            RedisMessageListenerContainer container = new RedisMessageListenerContainer();
            container.setConnectionFactory(factory);
            container.addMessageListener(bus, new ChannelTopic(RedisLiveUpdateBus.CHANNEL));
            container.addMessageListener(bus, new ChannelTopic(bus.probeChannel()));
            return container;
        }

        /**
         * While Redis is away, a command fails at once instead of waiting in Lettuce's buffer for the command timeout:
         * the bus notices and nobody's work waits on it.
         */
        @Bean
        LettuceClientOptionsBuilderCustomizer failFastWhileRedisIsAway() {
            return options -> options.autoReconnect(true)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
        }

        /** Lettuce backs off up to 30 s between reconnects by default; live views should come back within a second. */
        @Bean
        ClientResourcesBuilderCustomizer reconnectWithinASecond() {
            return resources -> resources.reconnectDelay(
                    Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS));
        }
    }
}
