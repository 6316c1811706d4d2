package kr.silheomjang.planning;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.planning.internal.BoardColumn;
import kr.silheomjang.planning.internal.BoardColumnRepository;
import kr.silheomjang.planning.internal.BoardLocks;
import kr.silheomjang.planning.internal.BoardSeeder;
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

    private final PlanningTemplateRepository templates;
    private final PlanningTemplateItemRepository templateItems;
    private final BoardColumnRepository columns;
    private final BoardSeeder seeder;
    private final BoardLocks locks;
    private final PlanningSupport support;
    private final ExperimentAccess access;
    private final Clock clock;

    PlanningTemplateService(PlanningTemplateRepository templates, PlanningTemplateItemRepository templateItems,
            BoardColumnRepository columns, BoardSeeder seeder, BoardLocks locks, PlanningSupport support,
            ExperimentAccess access, Clock clock) {
        this.templates = templates;
        this.templateItems = templateItems;
        this.columns = columns;
        this.seeder = seeder;
        this.locks = locks;
        this.support = support;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TemplateView> templates(long experimentId) {
        access.requireMember(experimentId);
        return templates.findAllByOrderByIdAsc().stream().map(t -> new TemplateView(t.getId(), t.getCode(),
                t.getName(), templateItems.findByTemplateIdOrderBySortOrderAscIdAsc(t.getId()).stream()
                        .map(i -> new TemplateView.Item(i.getId(), i.getVersion(), i.getTitle(), i.getCategory(),
                                i.getDescription(), i.getChecklist()))
                        .toList()))
                .toList();
    }

    /** Adds every item of a stored template as cards at the end of the first column (owners and planners). */
    public List<Long> addTemplate(long experimentId, String templateCode) {
        access.requireEditor(experimentId);
        templates.findByCode(templateCode).orElseThrow(() -> new UserFacingException("planning.error.template"));
        locks.allColumns(experimentId);
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
     * administrators may (owning the experiment they work in is not enough).
     */
    public void updateTemplateItem(long experimentId, long itemId, long expectedVersion, @Nullable String title,
            @Nullable String description, @Nullable String checklistLines) {
        access.requireMemberAndAdministrator(experimentId);
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > 200) {
            throw new UserFacingException("planning.error.title.required");
        }
        if (description != null && description.length() > 4000 || checklistLines != null
                && checklistLines.length() > 2000) {
            throw new UserFacingException("planning.error.description.tooLong");
        }
        PlanningTemplateItem item = templateItems.findById(itemId)
                .orElseThrow(() -> new UserFacingException("planning.error.notFound"));
        if (item.getVersion() != expectedVersion) {
            throw new ConflictException(item.getUpdatedByName(), item.getUpdatedAt());
        }
        item.update(cleanTitle, PlanningSupport.emptyToNull(description == null ? "" : description.strip()),
                PlanningSupport.emptyToNull(checklistLines == null ? "" : checklistLines.strip()), clock.instant(),
                support.me().displayName());
    }
}
