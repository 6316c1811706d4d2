package kr.silheomjang.planning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.planning.internal.BoardColumn;
import kr.silheomjang.planning.internal.BoardColumnRepository;
import kr.silheomjang.planning.internal.BoardLocks;
import kr.silheomjang.planning.internal.BoardSeeder;
import kr.silheomjang.planning.internal.CardRepository;
import kr.silheomjang.planning.internal.ChecklistItem;
import kr.silheomjang.planning.internal.PlanningSupport;
import kr.silheomjang.planning.internal.PlanningTemplateItem;
import kr.silheomjang.planning.internal.PlanningTemplateItemRepository;
import kr.silheomjang.planning.internal.PlanningTemplateRepository;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;

/**
 * The stored planning templates (§3 planning items, §4 preparation checklist): read them, add one to a board,
 * and — organisation administrators only, since every experiment shares them — edit their items.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PlanningTemplateService {

    /** A template item's title, as a card's (planning_template_item.title, card.title). */
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    /** The whole checklist of a template item (planning_template_item.checklist). */
    public static final int MAX_CHECKLIST = 2000;
    /** One line of it: each becomes a card's checklist item (checklist_item.item_text, VARCHAR(300)). */
    public static final int MAX_CHECKLIST_LINE = ChecklistItem.MAX_TEXT;
    /** The language of the templates' first items (V2): every template has them. */
    public static final String KOREAN = "ko";

    private final PlanningTemplateRepository templates;
    private final PlanningTemplateItemRepository templateItems;
    private final BoardColumnRepository columns;
    private final CardRepository cards;
    private final BoardSeeder seeder;
    private final BoardLocks locks;
    private final PlanningSupport support;
    private final ExperimentAccess access;
    private final Clock clock;

    PlanningTemplateService(PlanningTemplateRepository templates, PlanningTemplateItemRepository templateItems,
            BoardColumnRepository columns, CardRepository cards, BoardSeeder seeder, BoardLocks locks, PlanningSupport support,
            ExperimentAccess access, Clock clock) {
        this.templates = templates;
        this.templateItems = templateItems;
        this.columns = columns;
        this.cards = cards;
        this.seeder = seeder;
        this.locks = locks;
        this.support = support;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TemplateView> templates(long experimentId) {
        access.requireMember(experimentId);
        // Korean first (as seeded, and what jobs and the demo use), then the other languages; by id within each.
        List<TemplateView> korean = new ArrayList<>();
        List<TemplateView> others = new ArrayList<>();
        for (var t : templates.findAllByOrderByIdAsc()) {
            Map<String, List<TemplateView.Item>> byLanguage = new TreeMap<>();
            for (PlanningTemplateItem i : templateItems.findByTemplateIdOrderBySortOrderAscIdAsc(t.getId())) {
                byLanguage.computeIfAbsent(i.getLanguage(), k -> new ArrayList<>()).add(new TemplateView.Item(
                        i.getId(), i.getVersion(), i.getTitle(), i.getCategory(), i.getDescription(),
                        i.getChecklist()));
            }
            byLanguage.forEach((language, items) -> (KOREAN.equals(language) ? korean : others)
                    .add(new TemplateView(t.getId(), t.getCode(), t.getName(), language, items)));
        }
        korean.addAll(others.stream().sorted(Comparator.comparing(TemplateView::language)).toList());
        return korean;
    }

    /**
     * Adds every item of a stored template as cards at the end of the first column (owners and planners), in the
     * language of the UI asking (decision 0070). Refused when cards of the template (a title of its items, in any
     * language) are already on the board, unless {@code again}: the page asks first, but two co-planners pressing
     * at once both saw a board without them and made every card twice.
     */
    public List<Long> addTemplate(long experimentId, String templateCode, boolean again) {
        access.requireEditor(experimentId);
        var template = templates.findByCode(templateCode)
                .orElseThrow(() -> new UserFacingException("planning.error.template"));
        // Every column locked: a second addition waits here for the first to commit, then (read committed) counts
        // its cards.
        locks.allColumns(experimentId);
        if (!again) {
            Set<String> titles = templateItems.findByTemplateIdOrderBySortOrderAscIdAsc(template.getId()).stream()
                    .map(PlanningTemplateItem::getTitle).collect(Collectors.toSet());
            if (!titles.isEmpty() && cards.countByExperimentIdAndTitleIn(experimentId, titles) > 0) {
                throw new UserFacingException("planning.error.templateOnBoard");
            }
        }
        List<BoardColumn> cols = columns.findByExperimentIdOrderBySortKeyAscIdAsc(experimentId);
        if (cols.isEmpty()) {
            cols = seeder.createDefaultColumns(experimentId, support.me().displayName());
        }
        List<Long> ids = seeder.applyTemplate(experimentId, templateCode, cols.get(0).getId(),
                support.me().displayName());
        support.announce(experimentId, ids.toArray(Long[]::new));
        return ids;
    }

    /**
     * Edits one template item. Templates are shared by every experiment of the installation, so only organisation
     * administrators may (owning the experiment they work in is not enough). Every line of the checklist becomes a
     * checklist item of each new experiment's card, so a line longer than a checklist item may be is refused here:
     * it would otherwise break the creation of every later experiment.
     */
    public void updateTemplateItem(long experimentId, long itemId, long expectedVersion, @Nullable String title,
            @Nullable String description, @Nullable String checklistLines) {
        access.requireMemberAndAdministrator(experimentId);
        String cleanTitle = title == null ? "" : title.strip();
        List<String> errors = new ArrayList<>();
        if (cleanTitle.isEmpty()) {
            errors.add("planning.error.title.required");
        } else if (cleanTitle.length() > MAX_TITLE) {
            errors.add("planning.error.title.tooLong");
        }
        if (description != null && description.strip().length() > MAX_DESCRIPTION) {
            errors.add("planning.error.description.tooLong");
        }
        String cleanChecklist = checklistLines == null ? "" : checklistLines.strip();
        if (cleanChecklist.length() > MAX_CHECKLIST) {
            errors.add("planning.error.checklist.tooLong");
        }
        // Split as PlanningTemplateItem.checklistLines() splits when a board is seeded.
        if (Arrays.stream(cleanChecklist.split("\\R"))
                .anyMatch(line -> line.strip().length() > MAX_CHECKLIST_LINE)) {
            errors.add("planning.error.checklist.text");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        PlanningTemplateItem item = templateItems.findById(itemId)
                .orElseThrow(() -> new UserFacingException("planning.error.notFound"));
        if (item.getVersion() != expectedVersion) {
            throw new ConflictException(item.getUpdatedByName(), item.getUpdatedAt());
        }
        item.update(cleanTitle, PlanningSupport.emptyToNull(description == null ? "" : description.strip()),
                PlanningSupport.emptyToNull(cleanChecklist), clock.instant(), support.me().displayName());
    }
}
