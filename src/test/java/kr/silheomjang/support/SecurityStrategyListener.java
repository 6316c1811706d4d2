package kr.silheomjang.support;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each Spring context (Vaadin's security configuration) installs its own global security-context strategy, and its
 * method security uses that one. When a cached context is reused after another context was started (say the MariaDB
 * suite's), the global strategy belongs to the other context and signed-in calls look anonymous. Before each test
 * class, this puts back the strategy of the context the class runs in.
 */
public class SecurityStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        activate(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        activate(testContext);
    }

    private static void activate(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(
                SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
