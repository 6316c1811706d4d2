package kr.silheomjang.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.PresenceRegistry;
import kr.silheomjang.collab.PresenceRegistry.PresentUser;
import kr.silheomjang.security.AppUser;

/** Avatars of the co-planners who have the same experiment open, appearing and leaving live. */
public class PresenceBar extends Composite<HorizontalLayout> {

    private final PresenceRegistry registry;
    private final LiveUpdateBus bus;
    private final AppUser me;
    private final long experimentId;
    private final String place;
    private final AvatarGroup avatars = ComponentTexts.localize(new AvatarGroup());
    private final Span label = new Span();
    private LiveUpdateBus.Subscription presence;
    private LiveSubscription updates;

    public PresenceBar(PresenceRegistry registry, LiveUpdateBus bus, AppUser me, long experimentId, String place) {
        this.registry = registry;
        this.bus = bus;
        this.me = me;
        this.experimentId = experimentId;
        this.place = place;
        setId("presence");
        avatars.setMaxItemsVisible(6);
        label.addClassName("presence-label");
        getContent().setAlignItems(HorizontalLayout.Alignment.CENTER);
        getContent().setSpacing(false);
        getContent().addClassName("presence-bar");
        getContent().add(label, avatars);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        updates = LiveSubscription.of(this, bus, experimentId, Set.of(WorkspaceLive.PRESENCE), batch -> render());
        presence = registry.join(experimentId, me.id(), me.displayName(), place);
        label.setText(getTranslation("presence.label"));
        // The avatar group says who joined and left by comparing its items as objects, and every setItems from the
        // server sends new ones: one arrival was read as everyone leaving and joining again, the viewer included.
        // The bar says it itself, once per person, in the page's one live region (render).
        avatars.getElement().executeJs("this.__announceItemsChange = function() {}");
        render();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (presence != null) {
            presence.close();
            presence = null;
        }
        if (updates != null) {
            updates.close();
            updates = null;
        }
        super.onDetach(event);
    }

    /** Draws the avatars again from the registry. */
    void refresh() {
        render();
    }

    /** The people drawn (id and name, in order). */
    private List<String> drawn = List.of();

    private void render() {
        List<PresentUser> present = registry.present(experimentId);
        // Someone opening or closing a card changes only their place: the avatars stay as they are, and no open page
        // gets new items (and a push) for it.
        List<String> people = present.stream().map(u -> u.userId() + " " + u.displayName()).toList();
        if (people.equals(drawn)) {
            return;
        }
        if (!drawn.isEmpty()) {
            announceChanges(drawn, people);
        }
        drawn = people;
        avatars.setItems(present.stream().map(u -> {
            AvatarGroupItem item = new AvatarGroupItem(u.displayName());
            item.setColorIndex((int) (u.userId() % 7));
            return item;
        }).toList());
        getElement().setAttribute("data-present", String.join(",", present.stream().map(PresentUser::displayName).toList()));
    }

    /**
     * Who came and went since the last drawing, other than the viewer; the first drawing says nothing. Only when the
     * live region is quiet: a change's own sentence matters more.
     */
    private void announceChanges(List<String> before, List<String> after) {
        var announcer = getUI().flatMap(LiveAnnouncer::of);
        if (announcer.isEmpty()) {
            return;
        }
        String mine = me.id() + " ";
        before.stream().filter(p -> !after.contains(p) && !p.startsWith(mine))
                .forEach(p -> announcer.get().sayIfQuiet(getTranslation("presence.left", nameOf(p))));
        after.stream().filter(p -> !before.contains(p) && !p.startsWith(mine))
                .forEach(p -> announcer.get().sayIfQuiet(getTranslation("presence.joined", nameOf(p))));
    }

    private static String nameOf(String person) {
        return person.substring(person.indexOf(' ') + 1);
    }

    /** Names shown, for tests and screen readers. */
    public List<String> names() {
        return registry.present(experimentId).stream().map(PresentUser::displayName).toList();
    }
}
