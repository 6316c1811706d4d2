package kr.silheomjang.security.internal;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.support.AopUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.MethodAuthorizationDeniedHandler;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.SecurityAnnotationScanner;
import org.springframework.security.core.annotation.SecurityAnnotationScanners;

/**
 * Decides {@code @PreAuthorize}: the expression every service of this application names, {@code isAuthenticated()}, is
 * checked directly (the same test the expression makes: signed in, not anonymous); any other expression, and any
 * method without the annotation, goes to Spring Security's own SpEL manager. Evaluating that one SpEL expression (a new
 * evaluation context and expression root, a reflective method call) was about 5 % of the server's work when one change
 * reaches 1,000 open boards, each of which re-reads through a {@code @PreAuthorize} service (issue #21, decision note
 * 0054).
 */
final class PreAuthorizeCheck implements AuthorizationManager<MethodInvocation>, MethodAuthorizationDeniedHandler {

    private static final String SIGNED_IN = "isAuthenticated()";
    private static final SecurityAnnotationScanner<PreAuthorize> SCANNER = SecurityAnnotationScanners
            .requireUnique(PreAuthorize.class);

    private final PreAuthorizeAuthorizationManager expressions;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    /** Per method and target class: whether its {@code @PreAuthorize} is exactly {@value #SIGNED_IN}. */
    private final Map<Key, Boolean> signedInOnly = new ConcurrentHashMap<>();

    private record Key(Method method, @Nullable Class<?> target) {
    }

    PreAuthorizeCheck(PreAuthorizeAuthorizationManager expressions) {
        this.expressions = expressions;
    }

    @Override
    public @Nullable AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
            MethodInvocation invocation) {
        Object target = invocation.getThis();
        Class<?> targetClass = target == null ? null : AopUtils.getTargetClass(target);
        Key key = new Key(invocation.getMethod(), targetClass);
        if (signedInOnly.computeIfAbsent(key, PreAuthorizeCheck::namesSignedInOnly)) {
            return new AuthorizationDecision(trust.isAuthenticated(authentication.get()));
        }
        return expressions.authorize(authentication, invocation);
    }

    /**
     * Whether the method's {@code @PreAuthorize}, found as Spring Security finds it (its own scanner: the method as the
     * target class declares it, the method as called, then the declaring class; two different ones are refused), is
     * exactly {@value #SIGNED_IN}. None found (say {@code toString()} under a class-level annotation): the expression
     * manager decides, as before.
     */
    private static boolean namesSignedInOnly(Key key) {
        PreAuthorize found = SCANNER.scan(key.method(), key.target());
        return found != null && SIGNED_IN.equals(found.value().strip());
    }

    /** A refusal is handled as the expression manager handles it ({@code @HandleAuthorizationDenied} included). */
    @Override
    public @Nullable Object handleDeniedInvocation(MethodInvocation invocation, AuthorizationResult result) {
        return expressions.handleDeniedInvocation(invocation, result);
    }
}
