package kr.silheomjang.ui.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import kr.silheomjang.security.LoginThrottle;

import kr.silheomjang.ui.ComponentTexts;
import kr.silheomjang.ui.Languages;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = ComponentTexts.localize(new LoginForm());
    private final Paragraph notice = new Paragraph();

    private final Clock clock;

    public LoginView(@Value("${silheomjang.demo-data:false}") boolean demo, Clock clock) {
        this.clock = clock;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        login.setId("login-form");

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        notice.setId("login-notice");
        notice.setVisible(false);
        notice.addClassName("login-notice");

        Button language = Languages.switchButton(this, getLocale());

        add(language, title, tagline, notice, login);
        if (demo) {
            Paragraph hint = new Paragraph(getTranslation("login.demoHint"));
            hint.setId("demo-hint");
            hint.addClassName("login-demo-hint");
            add(hint);
        }
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.emailRequired"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        Optional<Duration> locked = params.containsKey("locked") ? lockedFor() : Optional.empty();
        if (locked.isPresent()) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message", waitText(locked.get())));
            login.setI18n(i18n);
            login.setError(true);
        } else if (params.containsKey("error")) {
            login.setError(true);
        }
        if (params.containsKey("joined")) {
            show(getTranslation("login.joined"));
        } else if (params.containsKey("logout")) {
            show(getTranslation("login.loggedOut"));
        }
    }

    /**
     * How long the sign-in filter said this browser must wait: from the session, where the filter put it, never from
     * the URL (a link must not be able to tell someone they are locked out).
     */
    private Optional<Duration> lockedFor() {
        VaadinSession session = VaadinSession.getCurrent();
        Object until = session == null ? null : session.getSession().getAttribute(LoginThrottle.LOCKED_UNTIL_ATTRIBUTE);
        if (until instanceof Instant instant) {
            Duration left = Duration.between(clock.instant(), instant);
            if (left.isPositive()) {
                return Optional.of(left);
            }
        }
        return Optional.empty();
    }

    /** Whole minutes, rounded up: "1분" rather than a count of seconds already running out as the page loads. */
    private String waitText(Duration left) {
        return getTranslation("login.locked.minutes", Math.max(1, (left.toSeconds() + 59) / 60));
    }

    private void show(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
