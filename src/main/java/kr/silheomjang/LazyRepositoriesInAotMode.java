package kr.silheomjang;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.data.repository.Repository;

/**
 * In Spring AOT mode ({@code -Dspring.aot.enabled=true}), gives the services the same lazy repositories as a usual
 * start.
 *
 * <p>With {@code spring.data.jpa.repositories.bootstrap-mode=lazy} (decision note 0044), Spring Data makes every
 * injected repository a proxy that builds the repository on first use. It does so while it registers the repositories,
 * which the build does once in AOT mode: the start then used the plain resolver the generated code sets, so the first
 * service waited for Hibernate (built in the background) and all repositories were built at start, each parsing its
 * queries (decision note 0055). This resolver makes an injected Spring Data repository lazy again, in AOT mode only;
 * without the flag Spring Data's own resolver is in place and this does nothing.
 */
final class LazyRepositoriesInAotMode implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (AotDetector.useGeneratedArtifacts() && beanFactory instanceof DefaultListableBeanFactory factory) {
            factory.setAutowireCandidateResolver(new Resolver());
        }
    }

    /** Lazy for a Spring Data repository interface, and wherever {@code @Lazy} asks for it as before. */
    static final class Resolver extends ContextAnnotationAutowireCandidateResolver {

        @Override
        protected boolean isLazy(DependencyDescriptor descriptor) {
            Class<?> type = descriptor.getDependencyType();
            return (type.isInterface() && Repository.class.isAssignableFrom(type)) || super.isLazy(descriptor);
        }
    }
}
