package kr.silheomjang.shared.retry;

import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts {@link TransientRetry} around every {@code @Transactional} bean of the application (class- or method-level),
 * first in the chain, so each attempt gets its own transaction. One place for the whole app: no call site retries.
 */
@Configuration(proxyBeanMethods = false)
class TransientRetryConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static TransientRetry transientRetry() {
        return new TransientRetry();
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor transientRetryAdvisor(TransientRetry transientRetry) {
        ClassFilter ours = type -> type.getName().startsWith("kr.silheomjang.");
        ComposablePointcut pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(Transactional.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class))
                .intersection(ours);
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, transientRetry);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
