package kr.silheomjang.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.util.SimpleMethodInvocation;

class PreAuthorizeCheckTest {

    static class OnMethods {
        @PreAuthorize("isAuthenticated()")
        public void signedIn() {
        }

        @PreAuthorize("hasRole('ADMIN')")
        public void administrators() {
        }
    }

    @PreAuthorize("isAuthenticated()")
    static class OnClass {
        public void any() {
        }

        @PreAuthorize("hasRole('ADMIN')")
        public void administrators() {
        }
    }

    final PreAuthorizeCheck check = new PreAuthorizeCheck(new PreAuthorizeAuthorizationManager());

    static final Authentication USER = UsernamePasswordAuthenticationToken.authenticated("planner@demo.kr", "x",
            AuthorityUtils.createAuthorityList("ROLE_USER"));
    static final Authentication ADMIN = UsernamePasswordAuthenticationToken.authenticated("admin@demo.kr", "x",
            AuthorityUtils.createAuthorityList("ROLE_USER", "ROLE_ADMIN"));
    static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("key", "anonymousUser",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    static final Authentication NOT_YET = UsernamePasswordAuthenticationToken.unauthenticated("planner@demo.kr", "x");

    boolean granted(Object target, String method, Authentication who) throws Exception {
        SimpleMethodInvocation call = new SimpleMethodInvocation(target, target.getClass().getMethod(method));
        return check.authorize(() -> who, call).isGranted();
    }

    @Test
    void signedInOnlyIsGrantedToSignedInPeopleAndNobodyElse() throws Exception {
        for (Object target : List.of(new OnMethods(), new OnClass())) {
            String method = target instanceof OnMethods ? "signedIn" : "any";
            assertThat(granted(target, method, USER)).isTrue();
            assertThat(granted(target, method, ANONYMOUS)).isFalse();
            assertThat(granted(target, method, NOT_YET)).isFalse();
            assertThat(granted(target, method, null)).isFalse();
        }
    }

    @Test
    void aMethodWithoutTheAnnotationIsLeftAsSpringSecurityLeavesIt() throws Exception {
        // toString() under a class-level annotation: Spring Security finds none on it and lets it through.
        SimpleMethodInvocation call = new SimpleMethodInvocation(new OnClass(), Object.class.getMethod("toString"));
        org.springframework.security.authorization.AuthorizationResult result = check.authorize(() -> null, call);
        assertThat(result == null || result.isGranted()).isTrue();
    }

    @Test
    void anyOtherExpressionIsStillEvaluated() throws Exception {
        // Signed in but not an administrator: refused, so the expression itself decided, not "signed in".
        assertThat(granted(new OnMethods(), "administrators", USER)).isFalse();
        assertThat(granted(new OnMethods(), "administrators", ADMIN)).isTrue();
        // The method's own annotation wins over the class's.
        assertThat(granted(new OnClass(), "administrators", USER)).isFalse();
        assertThat(granted(new OnClass(), "administrators", ADMIN)).isTrue();
    }
}
