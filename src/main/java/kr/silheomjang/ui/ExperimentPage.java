package kr.silheomjang.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteParameters;

import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.ReadFreshness;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.shared.MissingInExperimentException;

/**
 * The base of every page of one experiment ({@code experiments/:experimentId/...}): reads the route id, refuses
 * non-members (the same answer whether the experiment exists or not), shows the shared header (title, stage, D-day,
 * presence) and the experiment's tabs, listens to the live-update kinds the page shows while it is attached, and
 * leaves — with a message, back to the list — as soon as the user is removed or a re-read is refused.
 *
 * <p>A page implements {@link #load(long)} (read through its services) and, when it can do better than reading
 * everything again, {@link #onLive(Set)}. Changes go through {@link #run(Runnable)} or {@link Actions}, which explain
 * refusals, conflicts and database trouble in the user's language. See docs/architecture.md for a complete example.
 */
public abstract class ExperimentPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ExperimentPageSupport support;
    private final String sectionKey;
    private final String place;
    private final Set<LiveKind> kinds;
    private final ExperimentHeader header;
    private final Div tabsSlot = new Div();
    private final List<Runnable> beforeLeaving = new ArrayList<>();
    private LiveSubscription live;
    private long experimentId;
    private ExperimentHeadings.Heading heading;
    /** The caller's role when the page was read ({@link ExperimentHeadings#roleOf}). */
    private String readFor = "";
    private boolean left;

    /**
     * @param sectionKey message key of this page's tab name (also in the browser title)
     * @param place      where this page is, for presence (e.g. "board")
     * @param kinds      the live-update kinds this page shows; the header's own kinds are always heard
     */
    protected ExperimentPage(ExperimentPageSupport support, String sectionKey, String place, LiveKind... kinds) {
        if (kinds.length == 0) {
            throw new IllegalArgumentException("An experiment page must name the live kinds it shows");
        }
        this.support = support;
        this.sectionKey = sectionKey;
        this.place = place;
        this.kinds = Set.of(kinds);
        this.header = new ExperimentHeader(support.presence(), support.bus(), support.currentUser());
        addClassName("experiment-page");
        tabsSlot.setWidthFull();
        add(header, tabsSlot);
    }

    /** Reads what the page shows for this experiment; throws {@link AccessDeniedException} when the user may not. */
    protected abstract void load(long experimentId);

    /**
     * Reads the rest of the route before {@link #load(long)} (e.g. a survey id). Throwing {@link AccessDeniedException}
     * refuses the page like an unknown experiment.
     */
    protected void readRoute(BeforeEnterEvent event) {
    }

    /**
     * Others changed something this page shows (a coalesced batch of the kinds it named). By default the page reads
     * everything again; override to apply only what changed.
     */
    protected void onLive(Set<LiveUpdate> updates) {
        load(experimentId);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        OptionalLong id = experimentIdOf(event);
        if (id.isEmpty()) {
            refuse(event);
            return;
        }
        try {
            heading = support.headings().heading(id.getAsLong());
            experimentId = id.getAsLong();
            left = false;
            // Before the page reads: a change of role while it reads then shows as a difference afterwards.
            readFor = support.headings().roleOf(experimentId);
            readRoute(event);
            load(experimentId);
        } catch (MissingInExperimentException missing) {
            // A member (the heading was read) naming something the experiment does not have: say what is missing.
            missing(event, missing.messageKey());
            return;
        } catch (AccessDeniedException refused) {
            // Same answer as an unknown id: a guest learns nothing about other experiments.
            refuse(event);
            return;
        }
        header.show(heading);
        tabsSlot.removeAll();
        tabsSlot.add(support.sections().tabs(experimentId, sectionView()));
        startListening();
    }

    private void startListening() {
        if (live != null) {
            live.close();
        }
        header.presenceAt(experimentId, place);
        Set<LiveKind> heard = new HashSet<>(kinds);
        heard.addAll(EnumSet.of(WorkspaceLive.MEMBER_REMOVED, WorkspaceLive.MEMBERS, WorkspaceLive.EXPERIMENT));
        live = LiveSubscription.of(this, support.bus(), experimentId, heard, this::dispatch, this::connectionChanged);
        header.showConnection(support.bus().connected());
    }

    /**
     * The nodes lost or regained each other (Redis): say so in the header; once back, read everything again, since
     * other nodes' updates of the meantime never arrived.
     */
    private void connectionChanged(boolean connected) {
        header.showConnection(connected);
        if (connected) {
            // A role changed on another node meanwhile was never heard: the page is made again for it.
            if (readForOtherRole()) {
                return;
            }
            reload();
            header.refreshPresence();
        }
    }

    private void dispatch(Set<LiveUpdate> updates) {
        long me = support.currentUser().require().id();
        if (updates.stream().anyMatch(u -> u.is(WorkspaceLive.MEMBER_REMOVED) && u.ids().contains(me))) {
            leave();
            return;
        }
        if (LiveUpdate.any(updates, WorkspaceLive.MEMBERS) && readForOtherRole()) {
            return;
        }
        // Kept for saysLive while the page reads (looked at only if it asks: most batches say nothing).
        batch = updates;
        batchReader = me;
        try {
            reread(() -> {
                if (LiveUpdate.any(updates, WorkspaceLive.EXPERIMENT)) {
                    showHeading();
                }
                Set<LiveUpdate> mine = new java.util.LinkedHashSet<>();
                for (LiveUpdate u : updates) {
                    if (kinds.contains(u.kind())) {
                        mine.add(u);
                    }
                }
                if (!mine.isEmpty()) {
                    onLive(mine);
                }
            });
        } finally {
            batch = Set.of();
        }
        announce(updates, me);
    }

    /** The live batch being handled, and who reads it (empty outside a live delivery). */
    private Set<LiveUpdate> batch = Set.of();
    private long batchReader;

    /**
     * True while {@link #onLive} handles a batch whose co-planner's sentence about {@code id} of {@code kind} the live
     * region will say once the page has read it: a notice the page shows for the same change is then for the eyes
     * only, so that a screen reader does not hear the one event twice (e.g. {@code Messages.showErrorSeen}).
     */
    protected final boolean saysLive(LiveKind kind, long id) {
        if (left || batch.stream().noneMatch(u -> u.said() != null && u.said().actorId() != batchReader
                && u.is(kind) && u.ids().contains(id))) {
            return false;
        }
        UI current = UI.getCurrent();
        return (current != null ? java.util.Optional.of(current) : getUI()).flatMap(LiveAnnouncer::of).isPresent();
    }

    /** Says in the UI's live region what co-planners did (one's own changes are not repeated to oneself). */
    private void announce(Set<LiveUpdate> updates, long me) {
        if (left) {
            return;
        }
        List<LiveUpdate.Said> toSay = new ArrayList<>(1);
        for (LiveUpdate u : updates) {
            if (u.said() != null && u.said().actorId() != me) {
                toSay.add(u.said());
            }
        }
        if (toSay.isEmpty()) {
            // Nothing to say (most batches of a page: its own echo, or kinds that say nothing): no look for the UI.
            return;
        }
        // The UI of the live delivery running now (inside its access): found without walking up the page's parents.
        UI current = UI.getCurrent();
        (current != null ? java.util.Optional.of(current) : getUI()).flatMap(LiveAnnouncer::of)
                .ifPresent(announcer -> toSay.forEach(said -> announcer.say(announcer.sentence(said))));
    }

    /** The tab this page belongs to (a survey's editor belongs to the surveys tab). */
    protected Class<?> sectionView() {
        return getClass();
    }

    /**
     * True when the page was read for another role than the caller has now (demoted or promoted): the page is then
     * made again as if opened now (its tabs, its controls and what it shows depend on the role), so that nobody keeps
     * seeing what their new role does not show. A refusal makes the page leave.
     */
    private boolean readForOtherRole() {
        String now;
        try {
            now = support.headings().roleOf(experimentId);
        } catch (AccessDeniedException refused) {
            leave();
            return true;
        }
        if (now.equals(readFor) || left) {
            return left;
        }
        stopBeingThePage();
        getUI().ifPresent(ui -> {
            ui.refreshCurrentRoute(false);
            Messages.showSuccess(ui.getTranslation("experiment.roleChanged"));
        });
        return true;
    }

    /** Reads everything again, header included (e.g. after a change or a conflict); a refusal makes the page leave. */
    protected final void reload() {
        reread(() -> {
            showHeading();
            load(experimentId);
        });
    }

    private void showHeading() {
        heading = support.headings().heading(experimentId);
        header.show(heading);
    }

    /** Runs a read; a refusal (access just lost) makes the page leave. */
    protected final void reread(Runnable read) {
        if (left) {
            return;
        }
        try {
            read.run();
        } catch (AccessDeniedException e) {
            leave();
        }
    }

    /**
     * Runs a change from this page: refusals, conflicts and database trouble are explained; afterwards the page shows
     * the latest state. True when the change went through.
     */
    protected final boolean run(Runnable change) {
        return run("conflict.generic", change);
    }

    /** As {@link #run(Runnable)}, with the page's own conflict message ({0} who, {1} when). */
    protected final boolean run(String conflictKey, Runnable change) {
        long[] committed = {0};
        boolean done = Actions.on(this).conflictMessage(conflictKey).afterConflict(this::reload)
                .afterRefusal(this::reload)
                .run(() -> committed[0] = ReadFreshness.changing(change));
        if (done) {
            // A read begun after the change committed will do: co-planners' views hearing of it may share this one.
            ReadFreshness.during(committed[0], this::reload);
        }
        return done;
    }

    /** Moves this user's presence, e.g. to "card:42" while a card is open. */
    protected final void presenceAt(String where) {
        header.presenceAt(experimentId, where);
    }

    /** Where a form of this page is, for a {@link LiveForm}'s presence (e.g. "card:42"): who else is in it. */
    public final LiveForm.Presence formPresence(String form) {
        return new LiveForm.Presence(support.presence(), support.bus(), support.currentUser().require(), experimentId,
                form);
    }

    /** Runs before the page leaves, e.g. to close an open dialog. */
    protected final void beforeLeaving(Runnable action) {
        beforeLeaving.add(action);
    }

    /** Access is gone: stop listening, leave presence, say why and go to the list. Idempotent. */
    protected final void leave() {
        if (left) {
            return;
        }
        stopBeingThePage();
        header.leavePresence();
        Messages.showError(getTranslation("error.experiment.removed"));
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    /** This instance shows the experiment no more: no more live updates, no more re-reads, its dialogs closed. */
    private void stopBeingThePage() {
        left = true;
        if (live != null) {
            live.close();
            live = null;
        }
        beforeLeaving.forEach(Runnable::run);
    }

    protected final long experimentId() {
        return experimentId;
    }

    /** The header's data as last read: title, stage, D-day. */
    protected final ExperimentHeadings.Heading heading() {
        return heading;
    }

    /** What the header shows now: the people present (also for tests). */
    public final List<String> presentNames() {
        return header.presentNames();
    }

    /** True while the header says the live connection is lost (for tests; the DOM id is live-offline). */
    public final boolean shownOffline() {
        return header.offline();
    }

    /** What the header shows now: title, D-day, archived (for tests; the DOM has ids experiment-title, dday). */
    public final String shownTitle() {
        return header.title();
    }

    public final String shownDDay() {
        return header.dday();
    }

    public final boolean shownArchived() {
        return header.archived();
    }

    /** The experiment's tabs as text, in order (for tests). */
    public final String tabsText() {
        return tabsSlot.getElement().getTextRecursively();
    }

    @Override
    public String getPageTitle() {
        String section = getTranslation(sectionKey);
        return heading == null ? section + " · " + getTranslation("app.name")
                : section + " · " + heading.title() + " · " + getTranslation("app.name");
    }

    /** The experiment id of an experiment page's route; empty when it is not a number. */
    public static OptionalLong experimentIdOf(BeforeEnterEvent event) {
        return longParameter(event, ExperimentSection.PARAM);
    }

    /** A numeric route parameter (e.g. a survey id); empty when absent or not a number. */
    public static OptionalLong longParameter(BeforeEnterEvent event, String name) {
        try {
            return OptionalLong.of(Long.parseLong(event.getRouteParameters().get(name).orElse("")));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Something named in the route is not in this experiment: says so and shows the page's tab, else the list. */
    @SuppressWarnings("unchecked")
    private void missing(BeforeEnterEvent event, String messageKey) {
        Messages.showError(event.getUI().getTranslation(messageKey));
        Class<?> section = sectionView();
        if (section != getClass() && com.vaadin.flow.component.Component.class.isAssignableFrom(section)) {
            event.forwardTo((Class<? extends com.vaadin.flow.component.Component>) section,
                    new RouteParameters(ExperimentSection.PARAM, String.valueOf(experimentId)));
        } else {
            event.forwardTo("");
        }
    }

    /**
     * The role the page was read for, by name ({@link ExperimentHeadings#roleOf}): decided once per opening, since the
     * page is made again when the role changes.
     */
    protected final String readForRole() {
        return readFor;
    }

    /** The experiment does not exist or is not the user's: the same answer either way, then the list. */
    public static void refuse(BeforeEnterEvent event) {
        Messages.showError(event.getUI().getTranslation("error.experiment.notAccessible"));
        event.forwardTo("");
    }
}
