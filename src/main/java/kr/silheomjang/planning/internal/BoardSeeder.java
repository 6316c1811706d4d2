package kr.silheomjang.planning.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.DemoWorkspaceCreated;
import kr.silheomjang.experiment.ExperimentCreated;
import kr.silheomjang.shared.CallerWords;
import kr.silheomjang.shared.Ranks;
import kr.silheomjang.shared.StoredText;
import kr.silheomjang.shared.Texts;

/**
 * Gives every new experiment its board: the four default columns and one card per planning item of the stored
 * "PLANNING_ITEMS" template, in the language of the person whose action creates them (decision 0070: the English UI
 * gets the template's English items, jobs and the demo the Korean ones). Runs inside the creating transaction, so a
 * failure leaves no half-made experiment.
 */
@Component
@Transactional
public class BoardSeeder {

    /**
     * A column's name as said to co-planners: a default column (still named as seeded) in each listener's language
     * (planning.defaultColumn.N), any other name as typed.
     */
    public static String spoken(String columnName) {
        int i = DEFAULT_COLUMNS.indexOf(columnName);
        return i < 0 ? columnName : LiveUpdate.Said.word("planning.defaultColumn." + i);
    }

    public static final List<String> DEFAULT_COLUMNS = List.of("할 일", "진행 중", "검토", "완료");
    /** Who made the seeded board: a marker (the app's name in each reader's language), not a Korean word. */
    static final String SYSTEM = StoredText.marker("stored.actor.system");
    /** The language of the templates' first items (V2), the one every template has. */
    static final String KOREAN = "ko";

    private final BoardColumnRepository columns;
    private final CardRepository cards;
    private final ChecklistItemRepository checklist;
    private final CardHistoryRepository history;
    private final PlanningTemplateRepository templates;
    private final PlanningTemplateItemRepository templateItems;
    private final CardCommentRepository comments;
    private final CallerWords caller;
    private final Clock clock;

    BoardSeeder(BoardColumnRepository columns, CardRepository cards, ChecklistItemRepository checklist,
            CardHistoryRepository history, PlanningTemplateRepository templates,
            PlanningTemplateItemRepository templateItems, CardCommentRepository comments, CallerWords caller,
            Clock clock) {
        this.comments = comments;
        this.caller = caller;
        this.columns = columns;
        this.cards = cards;
        this.checklist = checklist;
        this.history = history;
        this.templates = templates;
        this.templateItems = templateItems;
        this.clock = clock;
    }

    @EventListener
    void on(ExperimentCreated e) {
        List<BoardColumn> created = createDefaultColumns(e.experimentId(), SYSTEM);
        applyTemplate(e.experimentId(), PlanningTemplate.PLANNING_ITEMS, created.get(0).getId(), SYSTEM);
    }

    /** Demo: a few cards of the guide's case get assignees, due dates and labels, so the board looks lived-in. */
    @EventListener
    void on(DemoWorkspaceCreated e) {
        List<Card> night = cards.findByExperimentIdOrderBySortKeyAscIdAsc(e.nightSchoolId());
        List<BoardColumn> cols = columns.findByExperimentIdOrderBySortKeyAscIdAsc(e.nightSchoolId());
        var today = java.time.LocalDate.now(clock);
        Long done = null;
        Long casting = null;
        for (Card c : night) {
            switch (c.getTitle()) {
                case "실험장 목적 설정" -> {
                    c.getAssigneeIds().add(e.ownerUserId());
                    done = c.getId();
                }
                case "자료 수집" -> {
                    c.getAssigneeIds().add(e.plannerUserId());
                    c.getLabels().add("자료");
                    c.setDueDate(today.minusDays(2));
                }
                case "섭외" -> {
                    casting = c.getId();
                    c.getAssigneeIds().add(e.plannerUserId());
                    c.getLabels().add("섭외");
                    c.setDueDate(today.plusDays(3));
                }
                case "홍보" -> {
                    c.getAssigneeIds().add(e.partnerUserId());
                    c.getLabels().add("협력기관");
                    c.setDueDate(today.plusDays(10));
                }
                default -> {
                }
            }
        }
        cards.saveAll(night);
        if (casting != null) {
            demoComments(casting, e);
        }
        if (done != null) {
            long last = cols.get(cols.size() - 1).getId();
            List<Object[]> there = cards.ranks(last);
            cards.place(done, last, Ranks.between(null, there.isEmpty() ? null : (String) there.get(0)[1]));
        }
    }

    /** Demo: two comments on 섭외, the planner's edited once (it reads "(수정됨)"), the owner's to edit in the demo. */
    private void demoComments(long cardId, DemoWorkspaceCreated e) {
        Instant now = clock.instant();
        CardComment planner = new CardComment(cardId, e.plannerUserId(), "이준비", "@김기획 섭외 명단 초안 올렸습니다. "
                + "사회자 두 분은 확정, 어르신 강사님은 금요일까지 답을 주시기로 했어요.", now);
        planner.edit(planner.getBody(), now);
        comments.save(planner);
        history.save(new CardHistoryEntry(cardId, "이준비", "COMMENTED", null, now));
        history.save(new CardHistoryEntry(cardId, "이준비", "COMMENT_EDITED", null, now));
        comments.save(new CardComment(cardId, e.ownerUserId(), "김기획", "확인했어요. 강사님 답이 오면 체크리스트에 "
                + "표시해 주세요.", now));
        history.save(new CardHistoryEntry(cardId, "김기획", "COMMENTED", null, now));
    }

    public List<BoardColumn> createDefaultColumns(long experimentId, String byName) {
        Instant now = clock.instant();
        List<BoardColumn> created = new ArrayList<>();
        List<String> ranks = Ranks.spread(DEFAULT_COLUMNS.size());
        for (int i = 0; i < DEFAULT_COLUMNS.size(); i++) {
            created.add(columns.save(new BoardColumn(experimentId, DEFAULT_COLUMNS.get(i), ranks.get(i), now, byName)));
        }
        return created;
    }

    /**
     * Adds one card per template item at the end of the column, with its checklist, in the caller's language (the
     * template's Korean items when it has none in that language). Returns the new card ids. The caller holds the
     * column's lock (or the column is new), so the ranks after its last card are free.
     */
    public List<Long> applyTemplate(long experimentId, String templateCode, long columnId, String byName) {
        PlanningTemplate template = templates.findByCode(templateCode).orElseThrow();
        Instant now = clock.instant();
        List<Object[]> existing = cards.ranks(columnId);
        String rank = existing.isEmpty() ? null : (String) existing.get(existing.size() - 1)[1];
        List<Long> ids = new ArrayList<>();
        for (PlanningTemplateItem item : items(template.getId(), caller.language().getLanguage())) {
            rank = Ranks.after(rank);
            Card card = new Card(experimentId, columnId, rank, item.getTitle(), now, byName);
            card.setCategory(item.getCategory());
            card.setDescription(item.getDescription());
            cards.save(card);
            List<String> lines = item.checklistLines();
            List<String> lineRanks = Ranks.spread(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                // The template refuses longer lines; one stored before that rule must not fail every new board.
                checklist.save(new ChecklistItem(card.getId(), lineRanks.get(i),
                        Texts.cut(lines.get(i), ChecklistItem.MAX_TEXT)));
            }
            history.save(new CardHistoryEntry(card.getId(), byName, "CREATED", template.getName(), now));
            ids.add(card.getId());
        }
        return ids;
    }

    /** The template's items in {@code language}; its Korean ones (as seeded first) where it has none in it. */
    private List<PlanningTemplateItem> items(long templateId, String language) {
        List<PlanningTemplateItem> items = templateItems.findByTemplateIdAndLanguageOrderBySortOrderAscIdAsc(
                templateId, language);
        return items.isEmpty() && !KOREAN.equals(language)
                ? templateItems.findByTemplateIdAndLanguageOrderBySortOrderAscIdAsc(templateId, KOREAN)
                : items;
    }
}
