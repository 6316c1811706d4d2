package kr.silheomjang.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.resource.ClientResources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.experiment.ExperimentDetails;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.Stage;

/**
 * The whole application with {@code silheomjang.live-bus=redis} (on the H2 test profile): one bus to inject, one
 * listener container, and a committed service change reaching both this node's views and another node through Redis.
 */
@SpringBootTest(properties = "silheomjang.live-bus=redis")
@ActiveProfiles("test")
class RedisLiveBusWiringTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    LiveUpdateBus bus;
    @Autowired
    ExperimentService experiments;
    @Autowired
    UserDetailsService userDetails;

    private RedisLiveUpdateBusTest.Node otherNode;

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        if (otherNode != null) {
            otherNode.close();
        }
    }

    @Test
    void applicationUsesTheRedisBusWithOneRunningListenerContainer() {
        assertThat(bus).isInstanceOf(RedisLiveUpdateBus.class);
        // The cluster shares presence and every throttle counter (sign-in, public forms) through Redis too.
        assertThat(context.getBean(PresenceShare.class)).isInstanceOf(RedisPresenceShare.class);
        assertThat(context.getBean(kr.silheomjang.security.ThrottleStore.class).getClass().getSimpleName())
                .isEqualTo("RedisThrottleStore");
        // Each node checks the memberships of its open pages on its own thread (note 0061).
        assertThat(context.containsBean("accessRecheck")).isTrue();
        assertThat(Thread.getAllStackTraces().keySet()).anyMatch(t -> t.getName().equals("access-recheck"));
        assertThat(context.getBeansOfType(RedisMessageListenerContainer.class).values()).singleElement()
                .satisfies(c -> assertThat(c.isRunning()).isTrue());
    }

    @Test
    void committedChangeReachesThisNodeAndAnotherNodeThroughRedis() throws Exception {
        otherNode = new RedisLiveUpdateBusTest.Node();
        UserDetails owner = userDetails.loadUserByUsername("owner@demo.kr");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
        long id = experiments.listMine(false, 0, 10).getFirst().id();
        ExperimentDetails before = experiments.get(id);

        BlockingQueue<LiveUpdate> here = new LinkedBlockingQueue<>();
        BlockingQueue<LiveUpdate> there = new LinkedBlockingQueue<>();
        bus.subscribe(id, here::add);
        otherNode.bus.subscribe(id, there::add);

        experiments.moveStage(id, before.version(), before.stage() == Stage.PREPARATION ? Stage.RUN_DAY
                : Stage.PREPARATION, "버스 확인");

        Set<LiveKind> expected = Set.of(WorkspaceLive.EXPERIMENT, WorkspaceLive.ACTIVITY);
        assertThat(kinds(here, expected.size())).isEqualTo(expected);
        assertThat(kinds(there, expected.size())).isEqualTo(expected);
    }

    /** The LiveUpdateBus bean resolves uniquely in both modes, from the configuration alone. */
    @Test
    void busConfigurationResolvesOneBusPerMode() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
                .withUserConfiguration(LiveBusConfig.class)
                .withBean(java.time.Clock.class, java.time.Clock::systemUTC);
        runner.run(c -> assertThat(c.getBean(LiveUpdateBus.class)).isInstanceOf(LocalLiveUpdateBus.class)
                .isSameAs(c.getBean(LocalLiveUpdateBus.class)));
        runner.run(c -> assertThat(c.getBean(PresenceShare.class)).isInstanceOf(NodePresenceShare.class));
        // One node builds no Redis client at all (start-up time), though Redis's auto-configuration is present.
        runner.run(c -> assertThat(c).doesNotHaveBean(RedisConnectionFactory.class)
                .doesNotHaveBean(ClientResources.class).doesNotHaveBean(RedisOperations.class));
        runner.withPropertyValues("silheomjang.live-bus=redis").run(c -> {
            assertThat(c.getBean(LiveUpdateBus.class)).isInstanceOf(RedisLiveUpdateBus.class);
            assertThat(c).hasSingleBean(RedisMessageListenerContainer.class);
            assertThat(c).hasSingleBean(RedisConnectionFactory.class).hasSingleBean(ClientResources.class);
            assertThat(c.getBean(PresenceShare.class)).isInstanceOf(RedisPresenceShare.class);
        });
    }

    private static Set<LiveKind> kinds(BlockingQueue<LiveUpdate> queue, int count) throws InterruptedException {
        Set<LiveKind> kinds = new HashSet<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (kinds.size() < count && System.nanoTime() < deadline) {
            LiveUpdate u = queue.poll(100, TimeUnit.MILLISECONDS);
            if (u != null) {
                kinds.add(u.kind());
            }
        }
        return kinds;
    }
}
