package kr.silheomjang.planning.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.experiment.StageCheck;
import kr.silheomjang.experiment.StageCheckSource;
import kr.silheomjang.planning.PlanningLive;

/**
 * What the board shows for the stage guide. A card is done in the board's last column (완료), and consciously
 * skipped with the label "해당 없음" (or "N/A"). 기획: the 13 planning items of §3 (cards from the PLANNING_ITEMS
 * template, by category or title). 준비: the §4 checklist cards, with 시스템 점검 and the 큐시트 card on their own.
 * Four queries for any number of experiments.
 */
@Component
@Order(20)
class PlanningStageChecks implements StageCheckSource {

    static final String PLANNING_ITEMS = "planning.check.planningItems";
    static final String PREPARATION = "planning.check.preparation";
    static final String SYSTEM_CHECK = "planning.check.systemCheck";
    static final String CUE_SHEET = "planning.check.cueSheet";
    /**
     * Words typed by people (a card's label, a card's title or category copied from an editable template) are matched
     * in both languages, from the bundles, so a board kept in English is judged like one kept in Korean.
     */
    static final String SKIPPED = "planning.check.match.skipped";
    static final String SYSTEM_WORD = "planning.check.match.system";
    static final String CUE_SHEET_WORD = "planning.check.match.cueSheet";

    private final CardRepository cards;
    private final BoardColumnRepository columns;
    private final PlanningTemplateItemRepository templateItems;
    private final ExperimentAccess access;
    private final I18NProvider i18n;

    PlanningStageChecks(CardRepository cards, BoardColumnRepository columns,
            PlanningTemplateItemRepository templateItems, ExperimentAccess access, I18NProvider i18n) {
        this.i18n = i18n;
        this.cards = cards;
        this.columns = columns;
        this.templateItems = templateItems;
        this.access = access;
    }

    @Override
    public List<StageCheck> stageChecks(long experimentId) {
        access.requireMember(experimentId);
        return stageChecks(List.of(experimentId)).get(experimentId);
    }

    private record Outline(long id, long columnId, String category, String title) {
        boolean from(Set<String> titles) {
            return titles.contains(category) || titles.contains(title);
        }

        boolean named(Set<String> words) {
            String t = title.toLowerCase(Locale.ROOT);
            String c = category == null ? "" : category.toLowerCase(Locale.ROOT);
            return words.stream().anyMatch(w -> t.contains(w) || c.contains(w));
        }
    }

    @Override
    public Map<Long, List<StageCheck>> stageChecks(Collection<Long> ids) {
        access.requireMemberOfAll(ids);
        Set<String> planning = new HashSet<>();
        Set<String> preparation = new HashSet<>();
        for (Object[] row : templateItems.titlesByTemplate()) {
            if (PlanningTemplate.PLANNING_ITEMS.equals(row[0])) {
                planning.add((String) row[1]);
            } else if (PlanningTemplate.PREPARATION.equals(row[0])) {
                preparation.add((String) row[1]);
            }
        }
        Map<Long, Long> doneColumn = new HashMap<>();
        columns.findByExperimentIdIn(ids).stream()
                .sorted(Comparator.comparing(BoardColumn::getSortKey).thenComparing(BoardColumn::getId))
                .forEach(c -> doneColumn.put(c.getExperimentId(), c.getId()));
        Map<Long, List<Outline>> byExperiment = new HashMap<>();
        for (Object[] row : cards.outlines(ids)) {
            byExperiment.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new Outline((Long) row[1], (Long) row[2], (String) row[3], (String) row[4]));
        }
        Set<Long> skipped = new HashSet<>(cards.withLabel(ids, words(SKIPPED, false)));
        Set<String> system = words(SYSTEM_WORD, true);
        Set<String> cueSheet = words(CUE_SHEET_WORD, true);

        Map<Long, List<StageCheck>> all = new HashMap<>();
        for (long id : ids) {
            String board = "experiments/" + id + "/board";
            Long last = doneColumn.get(id);
            List<Outline> outlines = byExperiment.getOrDefault(id, List.of());
            List<StageCheck> checks = new ArrayList<>();
            checks.add(progress(PLANNING_ITEMS, Stage.PLANNING, outlines.stream().filter(o -> o.from(planning))
                    .toList(), last, skipped, board, "planning.check.detail.noPlanningCards"));
            List<Outline> prep = outlines.stream().filter(o -> o.from(preparation)).toList();
            checks.add(progress(PREPARATION, Stage.PREPARATION, prep, last, skipped, board,
                    "planning.check.detail.noPreparationCards"));
            prep.stream().filter(o -> o.named(system)).findFirst().ifPresent(o -> checks.add(
                    progress(SYSTEM_CHECK, Stage.PREPARATION, List.of(o), last, skipped, board, null)));
            prep.stream().filter(o -> o.named(cueSheet)).findFirst().ifPresent(o -> checks.add(
                    progress(CUE_SHEET, Stage.PREPARATION, List.of(o), last, skipped, board, null)));
            all.put(id, checks);
        }
        return all;
    }

    /** The word of {@code key} in every language (lower-cased for matching inside titles when {@code lower}). */
    private Set<String> words(String key, boolean lower) {
        Set<String> words = new HashSet<>();
        for (Locale l : i18n.getProvidedLocales()) {
            String w = i18n.getTranslation(key, l);
            words.add(lower ? w.toLowerCase(Locale.ROOT) : w);
        }
        return words;
    }

    private static StageCheck progress(String key, Stage stage, List<Outline> set, Long doneColumn,
            Set<Long> skipped, String href, @org.jspecify.annotations.Nullable String emptyDetail) {
        long done = set.stream().filter(o -> doneColumn != null && o.columnId() == doneColumn).count();
        long skip = set.stream().filter(o -> !(doneColumn != null && o.columnId() == doneColumn))
                .filter(o -> skipped.contains(o.id())).count();
        if (set.isEmpty()) {
            return new StageCheck(key, stage, false, emptyDetail, href);
        }
        return new StageCheck(key, stage, done + skip == set.size(),
                "planning.check.detail.progress|" + done + "|" + skip + "|" + set.size(), href);
    }

    @Override
    public Set<PlanningLive> liveKinds() {
        return Set.of(PlanningLive.BOARD);
    }
}
