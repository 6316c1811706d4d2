package kr.silheomjang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.SpringProperties;
import org.springframework.data.repository.Repository;

class LazyRepositoriesInAotModeTest {

    interface Things extends Repository<Object, Long> {
    }

    static class Service {
        Things things;
        String name;
        @Lazy
        Runnable later;
    }

    @AfterEach
    void usualStartAgain() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
    }

    @Test
    void aRepositoryIsInjectedAsALazyProxyAndOtherBeansAsBefore() throws Exception {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        factory.setAutowireCandidateResolver(new LazyRepositoriesInAotMode.Resolver());
        factory.registerSingleton("name", "not a repository");

        Object things = factory.getAutowireCandidateResolver()
                .getLazyResolutionProxyIfNecessary(field("things"), "service");
        assertThat(things).isInstanceOf(Things.class);
        assertThat(factory.getAutowireCandidateResolver()
                .getLazyResolutionProxyIfNecessary(field("name"), "service")).isNull();
        assertThat(factory.getAutowireCandidateResolver()
                .getLazyResolutionProxyIfNecessary(field("later"), "service")).isInstanceOf(Runnable.class);
    }

    @Test
    void onlyAnAotStartGetsIt() {
        DefaultListableBeanFactory usual = new DefaultListableBeanFactory();
        usual.setAutowireCandidateResolver(new ContextAnnotationAutowireCandidateResolver());
        new LazyRepositoriesInAotMode().postProcessBeanFactory(usual);
        assertThat(usual.getAutowireCandidateResolver()).isNotInstanceOf(LazyRepositoriesInAotMode.Resolver.class);

        SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
        DefaultListableBeanFactory aot = new DefaultListableBeanFactory();
        aot.setAutowireCandidateResolver(new ContextAnnotationAutowireCandidateResolver());
        new LazyRepositoriesInAotMode().postProcessBeanFactory(aot);
        assertThat(aot.getAutowireCandidateResolver()).isInstanceOf(LazyRepositoriesInAotMode.Resolver.class);
    }

    private static DependencyDescriptor field(String name) throws NoSuchFieldException {
        return new DependencyDescriptor(Service.class.getDeclaredField(name), true);
    }
}
