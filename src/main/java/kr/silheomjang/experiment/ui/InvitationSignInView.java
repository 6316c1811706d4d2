package kr.silheomjang.experiment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;

/**
 * Signed-in only, on purpose: opening it without a session goes through the normal sign-in page (and its throttle),
 * which remembers this address and returns here afterwards; from here the person goes straight back to the
 * invitation, now signed in, where joining is one click.
 */
@Route(value = "invite/:token/sign-in", autoLayout = false)
@PermitAll
public class InvitationSignInView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(InvitationView.class,
                new RouteParameters("token", event.getRouteParameters().get("token").orElse("")));
    }
}
