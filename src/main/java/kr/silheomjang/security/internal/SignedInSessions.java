package kr.silheomjang.security.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Component;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinSession;

/**
 * Ends a person's other sessions (after a password change). Spring Security's {@link SessionRegistry} knows which
 * session ids belong to whom; the sessions themselves are kept here by id (from the {@code HttpSessionEventPublisher}
 * events) so they can be invalidated at once: a Vaadin UI open in another browser is closed now, not only refused at
 * its next request. Sessions of this node only: with several nodes a shared session store would have to do this.
 */
@Component
public class SignedInSessions {

    private final SessionRegistry registry;
    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void created(HttpSessionCreatedEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @EventListener
    void destroyed(HttpSessionDestroyedEvent event) {
        sessions.remove(event.getId());
    }

    @EventListener
    void idChanged(HttpSessionIdChangedEvent event) {
        HttpSession session = sessions.remove(event.getOldSessionId());
        if (session != null) {
            sessions.put(event.getNewSessionId(), session);
        }
    }

    /**
     * Invalidates a session of another browser. Its Vaadin sessions close their UIs while unbound, which Vaadin allows
     * only under their lock, so each is locked around the invalidation (as Vaadin's own logout does in a request).
     */
    private static void invalidate(HttpSession session) {
        List<VaadinSession> vaadin = new ArrayList<>();
        try {
            for (String name : Collections.list(session.getAttributeNames())) {
                if (session.getAttribute(name) instanceof VaadinSession v) {
                    vaadin.add(v);
                }
            }
            // Closing the other session's UIs sets Vaadin's current UI and session to theirs: restore ours after.
            Map<Class<?>, CurrentInstance> ours = CurrentInstance.getInstances();
            vaadin.forEach(VaadinSession::lock);
            try {
                session.invalidate();
            } finally {
                vaadin.forEach(VaadinSession::unlock);
                CurrentInstance.restoreInstances(ours);
            }
        } catch (IllegalStateException alreadyGone) {
            // Ended meanwhile: nothing left to do.
        }
    }

    /** Ends every session of the user except {@code keep} (the one the change was made in). Returns how many. */
    public int endOthers(long userId, @Nullable String keep) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (!(principal instanceof AppUserPrincipal p) || p.user().id() != userId) {
                continue;
            }
            for (SessionInformation info : registry.getAllSessions(principal, false)) {
                if (info.getSessionId().equals(keep)) {
                    continue;
                }
                info.expireNow();
                HttpSession session = sessions.remove(info.getSessionId());
                if (session != null) {
                    invalidate(session);
                }
                registry.removeSessionInformation(info.getSessionId());
                ended++;
            }
        }
        return ended;
    }
}
