package kr.silheomjang.ui.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * Releases the UIs of browsers that vanished without closing the page (a phone asleep, a closed lid, a dropped
 * network). Vaadin notices missed heartbeats only when the same session sends another request, so such a UI would
 * stay subscribed to live updates, in presence and in memory until the HTTP session expires. Every
 * {@code silheomjang.live.reap-every} this removes each UI whose last heartbeat is older than
 * {@code silheomjang.live.reap-silent-after} (three missed heartbeats by default); removing it detaches its views,
 * which unsubscribes them and leaves presence.
 */
@Component
class VanishedUiReaper implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(VanishedUiReaper.class);

    private final Set<UI> open = ConcurrentHashMap.newKeySet();
    private final Duration silentAfter;

    VanishedUiReaper(@Value("${silheomjang.live.reap-silent-after:PT45S}") Duration silentAfter) {
        this.silentAfter = silentAfter;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            open.add(ui);
            ui.addDetachListener(d -> open.remove(ui));
        });
    }

    @Scheduled(fixedDelayString = "${silheomjang.live.reap-every:PT15S}",
            initialDelayString = "${silheomjang.live.reap-every:PT15S}")
    void reap() {
        long now = System.currentTimeMillis(); // heartbeats are stamped with it too
        for (UI ui : open) {
            if (now - ui.getInternals().getLastHeartbeatTimestamp() > silentAfter.toMillis()) {
                release(ui);
            }
        }
    }

    /** How many UIs this node keeps open (for tests and metrics). */
    int openUis() {
        return open.size();
    }

    private void release(UI ui) {
        open.remove(ui);
        VaadinSession session = ui.getSession();
        if (session == null) {
            return;
        }
        try {
            // ui.access makes this UI the current one, as removeUI expects; it does not wait for a request in
            // progress on the session, the removal then runs right after it.
            ui.access(() -> {
                if (ui.getSession() == session) {
                    session.removeUI(ui);
                    log.debug("Released UI {} after {} without a heartbeat", ui.getUIId(), silentAfter);
                }
            });
        } catch (UIDetachedException alreadyGone) {
            // Vaadin released it meanwhile.
        }
    }
}
