package kr.silheomjang.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;

import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.PresenceRegistry;
import kr.silheomjang.collab.internal.PresenceShare;
import kr.silheomjang.security.AppUser;

/** The presence bar draws people, not pages: someone moving between pages leaves the avatars as they are. */
class PresenceBarTest {

    /** One node, no other: the share (Mockito) says nothing and lists no other node's pages. */
    private final PresenceRegistry registry = new PresenceRegistry(mock(PresenceShare.class));

    @AfterEach
    void noCurrentUi() {
        UI.setCurrent(null);
    }

    @Test
    void theAvatarsAreSetAgainOnlyWhenThePeopleChange() {
        UI ui = new UI();
        UI.setCurrent(ui);
        PresenceBar bar = new PresenceBar(registry, mock(LiveUpdateBus.class), new AppUser(10, "kim@demo.kr", "김기획"),
                1, "board");
        ui.add(bar);
        AvatarGroup group = (AvatarGroup) bar.getContent().getComponentAt(1);
        assertThat(group.getItems()).extracting(AvatarGroupItem::getName).containsExactly("김기획");

        LiveUpdateBus.Subscription leeBoard = registry.join(1, 20, "이준비", "board");
        bar.refresh();
        List<AvatarGroupItem> drawn = group.getItems();
        assertThat(drawn).extracting(AvatarGroupItem::getName).containsExactly("김기획", "이준비");

        // 이준비 opens a card in another tab, then closes the board: the same two people, the same items.
        LiveUpdateBus.Subscription leeCard = registry.join(1, 20, "이준비", "card:7");
        bar.refresh();
        leeBoard.close();
        bar.refresh();
        assertThat(group.getItems()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(group.getItems().get(i)).isSameAs(drawn.get(i));
        }

        // 이준비 leaves altogether: drawn again.
        leeCard.close();
        bar.refresh();
        assertThat(group.getItems()).extracting(AvatarGroupItem::getName).containsExactly("김기획");
    }

    /**
     * A screen reader hears who came and who went, once each: the avatar group's own messages named everyone as
     * leaving and joining again on every change (its items are compared as objects), the viewer included.
     */
    @Test
    void arrivalsAndDeparturesOfOthersAreSaidOnceAndTheViewersOwnNever() {
        UI ui = new UI();
        UI.setCurrent(ui);
        java.time.Instant[] now = {java.time.Instant.parse("2026-12-07T00:00:00Z")};
        java.time.Clock clock = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return now[0];
            }
        };
        LiveAnnouncer announcer = new LiveAnnouncer(clock, (task, delay) -> { });
        ui.add(announcer);
        LiveUpdateBus.Subscription leeElsewhere = registry.join(1, 20, "이준비", "board");
        PresenceBar bar = new PresenceBar(registry, mock(LiveUpdateBus.class), new AppUser(10, "kim@demo.kr", "김기획"),
                1, "board");
        ui.add(bar);
        assertThat(announcer.said()).as("opening the page says nothing").isEmpty();
        // Without the app's translation provider a text reads as its key; PresenceIT hears the names in a browser.
        String joined = ui.getTranslation("presence.joined", "x");
        String left = ui.getTranslation("presence.left", "x");

        now[0] = now[0].plusSeconds(5);
        LiveUpdateBus.Subscription park = registry.join(1, 30, "박협력", "board");
        bar.refresh();
        assertThat(announcer.said()).isEqualTo(joined);

        now[0] = now[0].plusSeconds(5);
        leeElsewhere.close();
        bar.refresh();
        assertThat(announcer.said()).isEqualTo(left);

        // The viewer's own second page and its closing change no one's presence and say nothing.
        now[0] = now[0].plusSeconds(5);
        LiveUpdateBus.Subscription mine = registry.join(1, 10, "김기획", "card:7");
        mine.close();
        park.close();
        bar.refresh();
        assertThat(announcer.said()).isEqualTo(left);

        // A co-planner's change waiting for its slot is not merged with (or replaced by) an arrival: "(외 1건)" after
        // an arrival would have swallowed the change's words.
        announcer.say("김기획님이 '홍보' 카드를 진행 중으로 옮겼습니다");
        registry.join(1, 40, "최참여", "board");
        bar.refresh();
        now[0] = now[0].plusSeconds(2);
        announcer.beforePush();
        assertThat(announcer.said()).isEqualTo("김기획님이 '홍보' 카드를 진행 중으로 옮겼습니다");
    }
}
