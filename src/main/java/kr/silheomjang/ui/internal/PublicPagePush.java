package kr.silheomjang.ui.internal;

import org.springframework.stereotype.Component;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.communication.PushMode;

import kr.silheomjang.ui.PublicLayout;

/**
 * A page opened at a public route ({@code layout = PublicLayout.class}) starts without push (decision note 0029): the
 * choice must be made when the UI is created, before the browser is told to load the push script; the layout's own
 * switch comes too late for that first load.
 */
@Component
class PublicPagePush implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            String location = request == null ? null : request.getParameter("location");
            if (location != null && isPublic(location)) {
                init.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED);
            }
        });
    }

    static boolean isPublic(String location) {
        String path = location.split("[?#]", 2)[0];
        return RouteConfiguration.forApplicationScope().getRoute(path)
                .map(target -> target.getAnnotation(Route.class))
                .filter(route -> route != null && route.layout() == PublicLayout.class).isPresent();
    }
}
