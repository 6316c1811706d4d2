package kr.silheomjang.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.PushConnection;

import kr.silheomjang.Application;
import kr.silheomjang.security.AccountService;

/**
 * Browserless view tests with as many signed-in users and windows as a test needs, all in one Spring context.
 * Each test makes its own accounts, so tests never see each other's data.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class BrowserlessSupport {

    @Autowired
    protected ApplicationContext spring;
    @Autowired
    protected SignedIn signedIn;
    @Autowired
    protected AccountService accounts;
    @Autowired
    protected Teams teams;
    @Autowired
    protected Passwords passwords;

    protected SecuredBrowserlessApplicationContext<Authentication> app;

    @BeforeEach
    void startBrowserlessApp() {
        // Every route of the application: views link to each other's tabs (ExperimentSection), and a link to a view
        // the browserless registry does not know fails the whole navigation.
        app = SpringBrowserlessApplicationContext.createSecured(spring, Application.class.getPackageName());
    }

    @AfterEach
    void closeBrowserlessApp() {
        app.close();
    }

    /** A new account with a unique address; returns the address. */
    protected String newAccount(String displayName) {
        String email = "u" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, displayName, "password-123");
        return email;
    }

    /** A browser window of a signed-in user, its push connection open. */
    protected BrowserlessUIContext windowOf(String email) {
        return withOpenPush(app.newUser(signedIn.authentication(email)).newWindow());
    }

    /** The window with an open push connection, as a browser's would be (see {@link #windowOf}). */
    protected static BrowserlessUIContext withOpenPush(BrowserlessUIContext window) {
        UI ui = window.getUI();
        if (ui.getPushConfiguration().getPushMode().isEnabled()) {
            // Vaadin's own connection never opens here (no browser), and a view holds its live updates while its
            // push connection is not open (decision note 0057): this window's push is open, as a browser's would be.
            ui.getInternals().setPushConnection(new OpenPush());
        }
        return window;
    }

    /** An open push connection that sends nothing: the test reads the views themselves. */
    private static final class OpenPush implements PushConnection {
        @Override
        public void push() {
        }

        @Override
        public void disconnect() {
        }

        @Override
        public boolean isConnected() {
            return true;
        }
    }

    /**
     * Navigates to a link with a query (e.g. {@code experiments/3/people?participant=9}, as a search result or
     * notification does), then lets the page finish what it does once shown; returns the view.
     */
    protected static <T extends com.vaadin.flow.component.Component> T follow(BrowserlessUIContext window,
            String link, Class<T> type) {
        window.activate();
        int q = link.indexOf('?');
        window.getUI().navigate(q < 0 ? link : link.substring(0, q),
                com.vaadin.flow.router.QueryParameters.fromString(q < 0 ? "" : link.substring(q + 1)));
        runQueuedAccess(window);
        return type.cast(window.getCurrentView());
    }

    /** Lets the window process what arrived from other threads (live updates) until the condition holds. */
    protected static void await(BrowserlessUIContext window, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            runQueuedAccess(window);
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The window did not show the expected state within 5 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Runs what other threads queued with {@code ui.access} for this window (as the servlet container would on the
     * next push or request), then flushes the changes.
     */
    protected static void runQueuedAccess(BrowserlessUIContext window) {
        window.activate();
        VaadinSession session = window.getUI().getSession();
        session.getService().runPendingAccessTasks(session);
        window.roundTrip();
    }

    /**
     * Makes the window current before acting in it: component listeners (opening a dialog, say) look up
     * {@code UI.getCurrent()}, which must be this window's UI when a test switches between users.
     */
    protected static BrowserlessUIContext in(BrowserlessUIContext window) {
        window.activate();
        return window;
    }

    /** What Vaadin does when a tab is closed (unload beacon or missed heartbeats): the UI is removed and detached. */
    protected static void closeTab(BrowserlessUIContext window) {
        window.activate();
        window.getUI().getSession().removeUI(window.getUI());
    }

    /** A new experiment of {@code owner}'s with {@code planner} in its team as a planner; returns its id. */
    protected long experimentWithPlanner(String owner, String planner, String title) {
        long id = signedIn.as(owner, () -> spring.getBean(kr.silheomjang.experiment.ExperimentService.class)
                .create(Drafts.valid(title)));
        teams.join(owner, id, planner, kr.silheomjang.experiment.MemberRole.PLANNER);
        return id;
    }

    /** The texts of every notification the window shows (after what other threads queued for it), one per line. */
    protected static String notificationTexts(BrowserlessUIContext window) {
        runQueuedAccess(window);
        return String.join("\n", window.find(com.vaadin.flow.component.notification.Notification.class).all().stream()
                .map(n -> n.getElement().getProperty("text")).toList());
    }

    /** The open dialog (or other overlay) of a type in this window, once the window has rendered it. */
    protected static <T extends com.vaadin.flow.component.Component> T opened(BrowserlessUIContext window,
            Class<T> type) {
        runQueuedAccess(window);
        return window.find(type).single();
    }

    /**
     * Answers the open question before a destructive action (ui.DestructiveQuestion) whose safe button has
     * {@code keepId}: the safe answer, or the red one. Fails unless that question is open.
     */
    protected static void answerQuestion(BrowserlessUIContext window, String keepId, boolean confirm) {
        runQueuedAccess(window);
        var question = window.find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)
                .withId(keepId.replace("-keep", "") + "-question").single();
        org.assertj.core.api.Assertions.assertThat(question.isOpened()).as(keepId).isTrue();
        if (confirm) {
            com.vaadin.flow.component.ComponentUtil.fireEvent(question,
                    new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(question, true));
            question.close();
        } else {
            window.test(window.find(com.vaadin.flow.component.button.Button.class).withId(keepId).single()).click();
            org.assertj.core.api.Assertions.assertThat(question.isOpened()).as(keepId).isFalse();
        }
        runQueuedAccess(window);
    }

    /** Esc, or a click beside a dialog, as its web component reports it: a close action the server decides. */
    protected static void escape(com.vaadin.flow.component.dialog.Dialog dialog) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(dialog,
                new com.vaadin.flow.component.dialog.Dialog.DialogCloseActionEvent(dialog, true));
    }

    /** Nothing typed (or nothing changed since it opened): Esc closes the dialog at once, without a question. */
    protected static void escapeClosesAtOnce(BrowserlessUIContext window,
            com.vaadin.flow.component.dialog.Dialog dialog) {
        org.assertj.core.api.Assertions.assertThat(dialog.isOpened()).isTrue();
        escape(dialog);
        runQueuedAccess(window);
        org.assertj.core.api.Assertions.assertThat(dialog.isOpened()).as("closes at once").isFalse();
        org.assertj.core.api.Assertions.assertThat(window.find(
                com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).withId("discard-question").all())
                .as("no question").isEmpty();
    }

    /**
     * The dialog holds typing the user did not save (ui.KeepTyped): Esc asks "작성 중인 내용을 버릴까요?" and the dialog
     * stays open; "계속 쓰기" keeps {@code field}'s {@code typed} value; Esc again and "버리고 닫기" closes it.
     */
    protected static <V> void escapeAsksBeforeDiscarding(BrowserlessUIContext window,
            com.vaadin.flow.component.dialog.Dialog dialog, com.vaadin.flow.component.HasValue<?, V> field, V typed) {
        escape(dialog);
        runQueuedAccess(window);
        org.assertj.core.api.Assertions.assertThat(dialog.isOpened()).as("stays open while asking").isTrue();
        var question = window.find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)
                .withId("discard-question").single();
        org.assertj.core.api.Assertions.assertThat(question.getElement().getProperty("header"))
                .isEqualTo("작성 중인 내용을 버릴까요?");
        answerQuestion(window, "discard-keep", false);
        org.assertj.core.api.Assertions.assertThat(dialog.isOpened()).isTrue();
        org.assertj.core.api.Assertions.assertThat(field.getValue()).isEqualTo(typed);
        escape(dialog);
        answerQuestion(window, "discard-keep", true);
        org.assertj.core.api.Assertions.assertThat(dialog.isOpened()).as("discarded").isFalse();
    }

    /** Lets live updates arrive for a while, for asserting that something did NOT change. */
    protected static void settle(BrowserlessUIContext window) {
        long until = System.nanoTime() + Duration.ofMillis(400).toNanos();
        while (System.nanoTime() < until) {
            runQueuedAccess(window);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
