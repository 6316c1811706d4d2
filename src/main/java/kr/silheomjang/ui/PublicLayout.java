package kr.silheomjang.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.communication.PushMode;

/**
 * The layout of every page reached without an account, on a phone at the venue (issue 17; decision note 0029):
 * {@code @Route(value = "s/:token", layout = PublicLayout.class)} plus {@code @AnonymousAllowed}. It brings
 * <ul>
 * <li>no app shell, one narrow column and {@code css/public.css}: text of at least 16 px, tap targets of at least 44 px,
 * nothing wider than 320 px;</li>
 * <li>no push connection: these pages show nothing live, so the phone neither loads the push script nor keeps a
 * WebSocket open; what they send goes by plain requests, which Vaadin's client repeats until the connection is back;</li>
 * <li>the connection notice in Korean ("연결이 끊겼습니다…") instead of Vaadin's English one;</li>
 * <li>the language switch ("English" / "한국어"), the only one a visitor without an account can reach.</li>
 * </ul>
 * Forms on such a page keep what was typed with {@link OfflineDraft}. Compression and long caching of the static files
 * come from the server configuration and apply to every page.
 */
@StyleSheet("css/public.css")
@AnonymousAllowed // the access check covers a route's layouts too; each route still declares its own
public class PublicLayout extends Div implements RouterLayout {

    public PublicLayout() {
        addClassName("public-page");
        // A respondent has no account and no menu: without this, the page is in Korean unless this browser chose
        // English before (the app does not follow the browser's language; Languages.resolve).
        Button language = Languages.switchButton(this, getLocale());
        language.addClassName("public-language");
        add(language);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        prepare(event.getUI());
    }

    /** What the layout does to the page, for an account-less view that cannot use it. */
    @SuppressWarnings("deprecation")
    public static void prepare(UI ui) {
        ui.getPushConfiguration().setPushMode(PushMode.DISABLED);
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ui.getTranslation("public.offline.reconnecting"));
        reconnect.setDialogTextGaveUp(ui.getTranslation("public.offline.gaveUp"));
    }
}
