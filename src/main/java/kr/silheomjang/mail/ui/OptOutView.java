package kr.silheomjang.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import kr.silheomjang.mail.OptOutService;
import kr.silheomjang.mail.OptOutState;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.ui.PublicLayout;

/**
 * Where the opt-out link of a mail lands: no account, no app shell. Opting out takes one deliberate click (a mail
 * scanner that merely opens links opts nobody out), and can be undone on the same page.
 */
@Route(value = "mail/opt-out/:token", layout = PublicLayout.class)
@AnonymousAllowed
@StyleSheet("css/mail.css")
public class OptOutView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final OptOutService optOuts;
    private String token = "";
    final Div body = new Div();

    public OptOutView(OptOutService optOuts) {
        this.optOuts = optOuts;
        addClassName("mail-public");
        body.addClassName("mail-public-body");
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        try {
            show(optOuts.state(token));
        } catch (UserFacingException e) {
            body.removeAll();
            H1 heading = new H1(getTranslation("mail.optOut.heading"));
            Paragraph why = new Paragraph(String.join(" ", Messages.translate(this, e)));
            why.setId("opt-out-invalid");
            body.add(heading, why);
        }
    }

    private void show(OptOutState state) {
        body.removeAll();
        H1 heading = new H1(getTranslation("mail.optOut.heading"));
        Paragraph text = new Paragraph();
        text.setId("opt-out-state");
        text.getElement().setAttribute("data-opted-out", String.valueOf(state.optedOut()));
        text.getElement().setAttribute("role", "status");
        Button action = new Button();
        action.setId("opt-out-action");
        if (state.optedOut()) {
            text.setText(getTranslation("mail.optOut.done", state.maskedAddress()));
            action.setText(getTranslation("mail.optOut.undo"));
            action.addClickListener(e -> Actions.on(this).call(() -> optOuts.optBackIn(token)).ifPresent(this::show));
        } else {
            text.setText(getTranslation("mail.optOut.ask", state.maskedAddress()));
            action.setText(getTranslation("mail.optOut.confirm"));
            action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            action.addClickListener(e -> Actions.on(this).call(() -> optOuts.optOut(token)).ifPresent(this::show));
        }
        body.add(heading, text, action);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.optOut.heading") + " · " + getTranslation("app.name");
    }
}
