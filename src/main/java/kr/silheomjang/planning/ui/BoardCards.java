package kr.silheomjang.planning.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;

import tools.jackson.databind.JsonNode;

import kr.silheomjang.planning.Board;
import kr.silheomjang.planning.Direction;

/**
 * The cards of one open board, drawn in the browser (decision note 0053), and what people do with them.
 *
 * <p>Drawing: the board's script keeps one element per card and applies the texts of {@link CardMessages}, shared by
 * every open board of a change: a card that moved is moved (with {@code moveBefore}, which keeps its focus), a card
 * whose drawing changed gets its new words, the rest of the page is not touched. Cards are no Flow elements: with a
 * thousand open boards, moving a card's node on each was most of a change's cost on the server (issue #21). What
 * differs per viewer is sent per view and only when it changed: which cards they may move (every card, or a guest's
 * own), their filter's hidden cards, and who else has a card open.
 *
 * <p>Listening, once for the whole board: a click on a card's body opens it; Enter on the card opens it and
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
            if (k.$kanban) return;
            const cardsById = new Map();
            let seen = {};
            const MOVE_KEYS = 'Enter Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown';
            const make = id => {
              const card = document.createElement('div');
              card.className = 'kanban-card';
              card.tabIndex = 0;
              card.setAttribute('role', 'group');
              // As for a card this viewer may move (most cards, for editors every one); flags narrows it otherwise.
              card.setAttribute('aria-keyshortcuts', MOVE_KEYS);
              card.dataset.cardId = id;
              const body = document.createElement('button');
              body.type = 'button';
              body.className = 'kanban-card-body';
              // One tab stop per card (the card itself); the button stays for clicks and screen readers' browse mode.
              body.tabIndex = -1;
              const viewers = document.createElement('span');
              viewers.className = 'kanban-viewers';
              viewers.textContent = seen[id] || '';
              const menu = document.createElement('button');
              menu.type = 'button';
              menu.className = 'kanban-card-menu';
              menu.setAttribute('aria-expanded', 'false');
              menu.innerHTML = '<span aria-hidden="true">\u21c4</span>';
              card.append(body, viewers, menu);
              return card;
            };
            const draw = c => {
              const id = String(c.id);
              let card = cardsById.get(id);
              if (!card) {
                card = make(id);
                cardsById.set(id, card);
              }
              card.setAttribute('aria-label', c.title);
              card.querySelector(':scope > .kanban-card-menu').setAttribute('aria-label', c.menu);
              if (card.$html !== c.html) {
                card.querySelector(':scope > .kanban-card-body').innerHTML = c.html;
                card.$html = c.html;
              }
              card.classList.toggle('overdue', c.overdue);
            };
            // Which cards this viewer may move (Board.canEdit): null, every card (editors); else a guest's own, which
            // the server names per view. Only the move controls and the shortcuts a card advertises depend on it: the
            // server checks each move.
            let movable = new Set();
            const mayEdit = card => movable === null || movable.has(card.dataset.cardId);
            // Written only where they differ: every card is looked at after each change.
            const flags = card => {
              const area = card.parentElement;
              const edit = mayEdit(card);
              if (card.getAttribute('draggable') !== String(edit)) card.setAttribute('draggable', String(edit));
              // Alt+arrows only where they move the card: a card the viewer may not move opens, nothing more.
              const keys = edit ? MOVE_KEYS : 'Enter';
              if (card.getAttribute('aria-keyshortcuts') !== keys) card.setAttribute('aria-keyshortcuts', keys);
              const menu = card.querySelector(':scope > .kanban-card-menu');
              if (menu.hidden !== !edit) menu.hidden = !edit;
              const left = edit && area?.dataset.first !== 'true';
              const right = edit && area?.dataset.last !== 'true';
              if (card.hasAttribute('data-left') !== left) card.toggleAttribute('data-left', left);
              if (card.hasAttribute('data-right') !== right) card.toggleAttribute('data-right', right);
            };
            const areaOf = id => k.querySelector('.kanban-column[data-column-id="' + id + '"] > .kanban-cards');
            // moveBefore keeps the focus of a card that has it (or of one of its buttons); any other card is moved the
            // plain way, as Flow moved nodes before.
            const put = (area, card, before) => {
              if (card.isConnected && area.moveBefore && card.contains(document.activeElement)) {
                area.moveBefore(card, before);
              } else {
                area.insertBefore(card, before);
              }
            };
            // A column's "no cards" text shows while none of its cards is shown (none, or all filtered out).
            const empties = () => k.querySelectorAll('.kanban-cards').forEach(area => {
              const empty = area.querySelector(':scope > .kanban-empty');
              const none = !area.querySelector(':scope > .kanban-card:not([hidden])');
              if (empty && empty.hidden === none) empty.hidden = !none;
            });
            k.$kanban = {
              apply(text) {
                const m = JSON.parse(text);
                const had = document.activeElement;
                if (m.full) {
                  const keep = new Set(m.cards.map(c => String(c.id)));
                  for (const [id, card] of cardsById) {
                    if (!keep.has(id)) { card.remove(); cardsById.delete(id); }
                  }
                }
                m.cards.forEach(draw);
                for (const id of m.removed) {
                  cardsById.get(String(id))?.remove();
                  cardsById.delete(String(id));
                }
                for (const col of m.columns) {
                  const area = areaOf(col.id);
                  if (!area) continue;
                  area.dataset.first = col.first;
                  area.dataset.last = col.last;
                  // The count for the eye; the words for screen readers (a label on a span is not read).
                  const header = area.parentElement.querySelector(':scope > .kanban-column-header');
                  header.querySelector(':scope > .kanban-count').textContent = col.cards.length;
                  header.querySelector(':scope > .kanban-count-words').textContent = col.words;
                  // The cards go first, before the column's own "no cards" text and drop zone. A card still here that
                  // belongs to a later column is passed over, not put after: putting every other card before it
                  // re-inserted the rest of the column, which the browser then styled and laid out anew.
                  const here = new Set(col.cards.map(String));
                  let at = area.firstElementChild;
                  const pass = () => {
                    while (at && at.classList.contains('kanban-card') && !here.has(at.dataset.cardId)) {
                      at = at.nextElementSibling;
                    }
                  };
                  pass();
                  for (const id of col.cards) {
                    const card = cardsById.get(String(id));
                    if (!card) continue;
                    if (card === at) {
                      at = at.nextElementSibling;
                      pass();
                    } else {
                      put(area, card, at);
                    }
                  }
                }
                cardsById.forEach(flags);
                empties();
                // A card moved without moveBefore loses the focus: give it back.
                if (had instanceof HTMLElement && had.isConnected && document.activeElement !== had
                    && k.contains(had)) had.focus({preventScroll: true});
              },
              hide(text) {
                const hidden = new Set(JSON.parse(text || '[]').map(String));
                cardsById.forEach((card, id) => { card.hidden = hidden.has(id); });
                empties();
              },
              mine(text) {
                movable = text === '*' ? null : new Set(JSON.parse(text).map(String));
                cardsById.forEach(flags);
              },
              viewers(text) {
                seen = JSON.parse(text);
                cardsById.forEach((card, id) => {
                  const v = card.querySelector(':scope > .kanban-viewers');
                  const words = seen[id] || '';
                  if (v.textContent !== words) v.textContent = words;
                });
              },
              focus(id) { cardsById.get(String(id))?.focus(); }
            };
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

    private final Component kanban;
    private final CardMessages.Words words;
    /** What the view wants shown, as last told; sent at once while attached, else on attach. */
    private CardMessages.@Nullable Drawn wanted;
    private @Nullable Board wantedBoard;
    private String wantedHidden = "";
    private String wantedViewers = "{}";
    /** The cards the viewer may move: "*" for every card (editors), else the ids of a guest's own. */
    private String wantedMovable = "*";
    /** What the browser has, as last sent (null, empty: nothing yet). */
    private CardMessages.@Nullable Drawn sent;
    /** Whether the board's element is attached, as its listeners heard: asking the element walks up its nodes. */
    private boolean attached;
    private @Nullable String sentHidden;
    private @Nullable String sentViewers;
    private @Nullable String sentMovable;

    /** Listens on the board's card area; the move buttons' words are put on it once. */
    BoardCards(Component kanban, Handler handler, CardMessages.Words words) {
        this.kanban = kanban;
        this.words = words;
        Element k = kanban.getElement();
        for (Direction d : Direction.values()) {
            k.setAttribute("data-move-" + d.name().toLowerCase(Locale.ROOT),
                    kanban.getTranslation("planning.move." + d.name()));
        }
        k.addEventListener(EVENT, e -> dispatch(e, handler)).addEventData(ACTION).addEventData(CARD)
                .addEventData(DIRECTION).addEventData(COLUMN).addEventData(BEFORE);
        kanban.addAttachListener(e -> {
            attached = true;
            // A new page, or the board shown again: the browser has no cards.
            k.executeJs(SCRIPT);
            reset();
            flush();
        });
        kanban.addDetachListener(e -> {
            attached = false;
            sent = null;
        });
    }

    /**
     * Shows the board's cards as of {@code board}: in the browser only what differs from what it has. {@code hidden}
     * are the cards the viewer's filter hides.
     */
    void show(Board board, Locale locale, LocalDate today, Set<Long> hidden) {
        wanted = new CardMessages.Drawn(board.columns(), board.members(), locale, today);
        wantedBoard = board;
        // Per view and only for guests: the shared text names no assignee, so the page carries no user ids.
        wantedMovable = board.canManage() ? "*" : board.columns().stream().flatMap(c -> c.cards().stream())
                .filter(board::canEdit).map(c -> String.valueOf(c.id())).collect(Collectors.joining(",", "[", "]"));
        wantedHidden = hidden.isEmpty() ? "" : hidden.stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(",", "[", "]"));
        flush();
    }

    /** Marks cards with who else has them open: card id to the words shown on it. */
    void viewers(Map<Long, String> marks) {
        tools.jackson.databind.node.ObjectNode text = JacksonUtils.createObjectNode();
        new java.util.TreeMap<>(marks).forEach((card, words) -> text.put(String.valueOf(card), words));
        wantedViewers = text.toString();
        flush();
    }

    /** Focuses a card (after this view moved it from one of its buttons, which the move took away). */
    void focus(long card) {
        kanban.getElement().executeJs("this.$kanban && this.$kanban.focus($0)", String.valueOf(card));
    }

    /** The columns as the browser last got them (null: nothing sent yet). */
    java.util.@Nullable List<kr.silheomjang.planning.ColumnView> sentColumns() {
        CardMessages.Drawn now = sent;
        return now == null ? null : now.columns();
    }

    /** Forgets what the browser has, e.g. for another experiment's board: the next show draws every card. */
    void reset() {
        sent = null;
        sentHidden = null;
        sentViewers = null;
        sentMovable = null;
    }

    private void flush() {
        if (!attached || wanted == null || wantedBoard == null) {
            return;
        }
        if (!wanted.equals(sent)) {
            String text = CardMessages.message(sent, wanted, wantedBoard, words);
            send("this.$kanban.apply($0)", text);
            sent = wanted;
        }
        // After a reset always: a board element shown again keeps its script and its cards' marks.
        if (!wantedHidden.equals(sentHidden)) {
            send("this.$kanban.hide($0)", wantedHidden);
        }
        sentHidden = wantedHidden;
        if (!wantedViewers.equals(sentViewers)) {
            send("this.$kanban.viewers($0)", wantedViewers);
        }
        sentViewers = wantedViewers;
        // After the cards: it sets their move controls.
        if (!wantedMovable.equals(sentMovable)) {
            send("this.$kanban.mine($0)", wantedMovable);
        }
        sentMovable = wantedMovable;
    }

    private void send(String call, String text) {
        kanban.getElement().executeJs(call, text);
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
