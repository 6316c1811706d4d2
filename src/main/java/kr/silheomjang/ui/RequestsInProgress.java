package kr.silheomjang.ui;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

/**
 * Which HTTP sessions have a Vaadin request in progress on this node, so that a live delivery does not queue behind
 * one: work queued while a request holds the session's lock runs as it unlocks and is pushed ahead of that request's
 * own response (decision note 0045). Counted per session id as the request began (a sign-in changes the id).
 */
@Component
class RequestsInProgress implements VaadinServiceInitListener, VaadinRequestInterceptor {

    private static final String STARTED_IN = RequestsInProgress.class.getName() + ".session";
    private static final ConcurrentHashMap<String, AtomicInteger> BY_SESSION = new ConcurrentHashMap<>();

    /** True while a request of {@code session} is being handled on this node. */
    static boolean any(VaadinSession session) {
        if (BY_SESSION.isEmpty()) {
            // No request anywhere on the node: asked once per open view per change.
            return false;
        }
        WrappedSession wrapped = session.getSession();
        if (wrapped == null) {
            return false;
        }
        AtomicInteger count = BY_SESSION.get(wrapped.getId());
        return count != null && count.get() > 0;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        WrappedSession session = request.getWrappedSession(false);
        if (session != null) {
            String id = session.getId();
            request.setAttribute(STARTED_IN, id);
            BY_SESSION.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception t) {
        // requestEnd follows in any case.
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        if (request.getAttribute(STARTED_IN) instanceof String id) {
            request.removeAttribute(STARTED_IN);
            BY_SESSION.computeIfPresent(id, (k, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
    }
}
