package kr.silheomjang.planning.ui;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;

import tools.jackson.databind.JsonNode;

import kr.silheomjang.planning.Direction;

/**
 * What people do with the cards, heard once for the whole board instead of by every card (decision note 0048): a card
 * that moves is detached and attached again on every open board, and each listener, drag-and-drop set-up and
 * component it carried was set up again there.
 *
 * <p>The browser side, run once per board element: a click on a card's body opens it; Enter on the card opens it and
 * Alt+arrows move it (only on the card itself: the toggle's buttons take arrows and Enter for themselves); the move
 * toggle opens and closes its four buttons without a round trip, Escape closes them; native drag and drop from a card
 * onto another card (before it), a column's drop zone or its "no cards" text. Each becomes one {@code kanban-card}
 * event with the card's id and what to do; the server checks every id and right, as for any request.
 */
final class BoardCards {

    /** What the board does with what people did; ids come from the browser and are checked there. */
    interface Handler {

        void open(long card);

        void move(long card, Direction direction);

        /** Dropped before {@code before} (a card of that column), or at the end when null. */
        void drop(long card, long column, @Nullable Long before);
    }

    static final String EVENT = "kanban-card";
    private static final String ACTION = "event.detail.action";
    private static final String CARD = "event.detail.card";
    private static final String DIRECTION = "event.detail.direction";
    private static final String COLUMN = "event.detail.column";
    private static final String BEFORE = "event.detail.before";

    private static final String SCRIPT = """
            const k = this;
            if (k.$kanbanCards) return;
            k.$kanbanCards = true;
            const send = (card, detail) => k.dispatchEvent(new CustomEvent('kanban-card',
                {detail: Object.assign({card: card.dataset.cardId}, detail)}));
            const cardOf = t => t instanceof Element ? t.closest('.kanban-card') : null;
            const close = card => {
              card.querySelector(':scope > .kanban-card-moves')?.remove();
              card.querySelector(':scope > .kanban-card-menu')?.setAttribute('aria-expanded', 'false');
            };
            const allowed = (card, dir) => dir === 'LEFT' ? card.hasAttribute('data-left')
                : dir === 'RIGHT' ? card.hasAttribute('data-right') : card.getAttribute('draggable') === 'true';
            const open = (card, toggle) => {
              const group = document.createElement('div');
              group.className = 'kanban-card-moves';
              group.setAttribute('role', 'group');
              group.setAttribute('aria-label', toggle.getAttribute('aria-label') || '');
              for (const dir of ['LEFT', 'RIGHT', 'UP', 'DOWN']) {
                const b = document.createElement('button');
                b.type = 'button';
                b.dataset.move = dir;
                b.textContent = k.getAttribute('data-move-' + dir.toLowerCase());
                b.disabled = !allowed(card, dir);
                group.append(b);
              }
              card.append(group);
              toggle.setAttribute('aria-expanded', 'true');
            };
            k.addEventListener('click', e => {
              const card = cardOf(e.target);
              if (!card) return;
              const toggle = e.target.closest('.kanban-card-menu');
              const move = e.target.closest('[data-move]');
              if (toggle) {
                if (toggle.getAttribute('aria-expanded') === 'true') close(card); else open(card, toggle);
              } else if (move) {
                close(card);
                if (allowed(card, move.dataset.move)) send(card, {action: 'move', direction: move.dataset.move});
              } else if (e.target.closest('.kanban-card-body')) {
                send(card, {action: 'open'});
              }
            });
            const arrows = {ArrowLeft: 'LEFT', ArrowRight: 'RIGHT', ArrowUp: 'UP', ArrowDown: 'DOWN'};
            k.addEventListener('keydown', e => {
              const card = cardOf(e.target);
              if (!card) return;
              // Escape closes the buttons from one of them or from the toggle itself (where the focus stays after
              // Enter or Space opened them).
              if (e.key === 'Escape' && (e.target.closest('.kanban-card-moves')
                  || e.target.closest('.kanban-card-menu[aria-expanded="true"]'))) {
                close(card);
                card.querySelector(':scope > .kanban-card-menu')?.focus();
              } else if (e.target !== card) {
                return;
              } else if (e.key === 'Enter') {
                send(card, {action: 'open'});
              } else if (e.altKey && arrows[e.key]) {
                // Always: Chromium's default for Alt+arrow is going back or forward in history.
                e.preventDefault();
                send(card, {action: 'move', direction: arrows[e.key]});
              }
            });
            let dragged = null;
            let marked = null;
            const mark = t => {
              if (marked === t) return;
              marked?.classList.remove('kanban-drop-target');
              t?.classList.add('kanban-drop-target');
              marked = t;
            };
            const targetOf = e => dragged && e.target instanceof Element
                ? e.target.closest('.kanban-card, .kanban-drop-zone, .kanban-empty') : null;
            k.addEventListener('dragstart', e => {
              const card = cardOf(e.target);
              if (!card || card.getAttribute('draggable') !== 'true') return;
              dragged = card;
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', card.getAttribute('aria-label') || '');
            });
            k.addEventListener('dragend', () => { dragged = null; mark(null); });
            k.addEventListener('dragover', e => {
              const t = targetOf(e);
              if (t && t !== dragged) {
                e.preventDefault();
                e.dataTransfer.dropEffect = 'move';
              }
              mark(t && t !== dragged ? t : null);
            });
            k.addEventListener('drop', e => {
              const t = targetOf(e);
              const card = dragged;
              dragged = null;
              mark(null);
              if (!t || t === card) return;
              e.preventDefault();
              send(card, {action: 'drop', column: t.closest('.kanban-column')?.dataset.columnId,
                  before: t.classList.contains('kanban-card') ? t.dataset.cardId : ''});
            });
            """;

    private BoardCards() {
    }

    /** Listens on the board's card area; the move buttons' words are put on it once. */
    static void listen(Component kanban, Handler handler) {
        Element k = kanban.getElement();
        for (Direction d : Direction.values()) {
            k.setAttribute("data-move-" + d.name().toLowerCase(Locale.ROOT),
                    kanban.getTranslation("planning.move." + d.name()));
        }
        k.addEventListener(EVENT, e -> dispatch(e, handler)).addEventData(ACTION).addEventData(CARD)
                .addEventData(DIRECTION).addEventData(COLUMN).addEventData(BEFORE);
        kanban.addAttachListener(e -> k.executeJs(SCRIPT));
    }

    private static void dispatch(DomEvent event, Handler handler) {
        JsonNode data = event.getEventData();
        Long card = id(data, CARD);
        if (card == null) {
            return;
        }
        switch (text(data, ACTION)) {
            case "open" -> handler.open(card);
            case "move" -> {
                Direction direction = direction(text(data, DIRECTION));
                if (direction != null) {
                    handler.move(card, direction);
                }
            }
            case "drop" -> {
                Long column = id(data, COLUMN);
                if (column != null) {
                    handler.drop(card, column, id(data, BEFORE));
                }
            }
            default -> {
                // nothing else is sent by the board's script
            }
        }
    }

    private static @Nullable Direction direction(String name) {
        for (Direction d : Direction.values()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }

    private static String text(JsonNode data, String key) {
        JsonNode v = data.get(key);
        return v == null || v.isNull() ? "" : v.asString("");
    }

    private static @Nullable Long id(JsonNode data, String key) {
        String v = text(data, key);
        return v.matches("[0-9]{1,18}") ? Long.valueOf(v) : null;
    }
}
