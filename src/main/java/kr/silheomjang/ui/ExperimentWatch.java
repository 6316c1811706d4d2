package kr.silheomjang.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.router.BeforeEnterEvent;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.PresenceRegistry;
import kr.silheomjang.security.CurrentUser;

/**
 * What every page of one experiment does with live updates and presence: it listens while attached, shows who else is
 * here, hands changes to the page to re-read through its service, and leaves — with a message, back to the list — as
 * soon as the user is removed from the experiment or a re-read is refused.
 */
public final class ExperimentWatch {

    private final Component page;
    private final HasComponents presenceSlot;
    private final LiveUpdateBus bus;
    private final PresenceRegistry presence;
    private final CurrentUser currentUser;
    private final List<Runnable> beforeLeaving = new ArrayList<>();
    private LiveSubscription live;
    private long experimentId;
    private boolean left;

    public ExperimentWatch(Component page, HasComponents presenceSlot, LiveUpdateBus bus, PresenceRegistry presence,
            CurrentUser currentUser) {
        this.page = page;
        this.presenceSlot = presenceSlot;
        this.bus = bus;
        this.presence = presence;
        this.currentUser = currentUser;
    }

    /** The experiment id of an experiment page's route; empty when it is not a number. */
    public static OptionalLong experimentId(BeforeEnterEvent event) {
        try {
            return OptionalLong.of(Long.parseLong(event.getRouteParameters().get(ExperimentSection.PARAM).orElse("")));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Reads what an experiment page shows, for the experiment of the route. When the id is not a number or the read is
     * refused, the user is told and sent to the list, and the result is empty.
     */
    public static <T> Optional<T> read(BeforeEnterEvent event, LongFunction<T> reader) {
        OptionalLong id = experimentId(event);
        try {
            if (id.isPresent()) {
                return Optional.of(reader.apply(id.getAsLong()));
            }
        } catch (AccessDeniedException refused) {
            // Same answer as an unknown id: a guest learns nothing about other experiments.
        }
        refuse(event);
        return Optional.empty();
    }

    /** The experiment does not exist or is not the user's: the same answer either way, then the list. */
    public static void refuse(BeforeEnterEvent event) {
        Messages.showError(event.getUI().getTranslation("error.experiment.notAccessible"));
        event.forwardTo("");
    }

    /**
     * Starts watching an experiment (or switches to another), with presence shown at {@code place}. The handler gets
     * each coalesced batch of updates, except batches of presence alone unless {@code withPresence}; it re-reads
     * through the service, and a refusal there makes the page leave.
     */
    public void start(long experimentId, String place, boolean withPresence, Consumer<Set<LiveUpdate>> handler) {
        if (live != null) {
            live.close();
        }
        this.experimentId = experimentId;
        left = false;
        presenceAt(place);
        live = LiveSubscription.of(page, bus, experimentId, updates -> onUpdates(updates, withPresence, handler));
    }

    /** Moves this user's presence, e.g. to "card:42" while a card is open. */
    public void presenceAt(String place) {
        presenceSlot.removeAll();
        presenceSlot.add(new PresenceBar(presence, bus, currentUser.require(), experimentId, place));
    }

    /** Runs before the page leaves, e.g. to close an open dialog. */
    public void beforeLeaving(Runnable action) {
        beforeLeaving.add(action);
    }

    /** Runs a re-read; a refusal (access just lost) makes the page leave. */
    public void reread(Runnable reread) {
        try {
            reread.run();
        } catch (AccessDeniedException e) {
            leave();
        }
    }

    private void onUpdates(Set<LiveUpdate> updates, boolean withPresence, Consumer<Set<LiveUpdate>> handler) {
        long me = currentUser.require().id();
        if (updates.stream().anyMatch(u -> LiveUpdate.MEMBER_REMOVED.equals(u.kind()) && u.ids().contains(me))) {
            leave();
            return;
        }
        if (!withPresence && updates.stream().allMatch(u -> LiveUpdate.PRESENCE.equals(u.kind()))) {
            return;
        }
        reread(() -> handler.accept(updates));
    }

    /** Access is gone: stop listening, leave presence, say why and go to the list. Idempotent. */
    public void leave() {
        if (left) {
            return;
        }
        left = true;
        if (live != null) {
            live.close();
            live = null;
        }
        beforeLeaving.forEach(Runnable::run);
        presenceSlot.removeAll();
        Messages.showError(page.getTranslation("error.experiment.removed"));
        page.getUI().ifPresent(ui -> ui.navigate(""));
    }
}
