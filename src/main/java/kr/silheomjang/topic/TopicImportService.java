package kr.silheomjang.topic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.upload.FileType;
import kr.silheomjang.shared.upload.UploadPolicy;
import kr.silheomjang.topic.internal.ProposalImport;
import kr.silheomjang.topic.internal.TopicCandidate;
import kr.silheomjang.topic.internal.TopicCandidateRepository;
import kr.silheomjang.topic.internal.TopicRules;

/**
 * Importing candidates from the platforms proposals live on: Decidim's proposals export (CSV or JSON) or any
 * CSV, with a column-mapping preview, Korean row errors and all-or-nothing saving; re-imports update by source and id.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class TopicImportService {

    /** Proposal exports: Decidim's CSV or JSON, or any CSV. */
    public static final UploadPolicy IMPORTS = UploadPolicy.of(5L * 1024 * 1024, FileType.CSV, FileType.JSON)
            .contentReadLater();

    private final TopicCandidateRepository candidates;
    private final ExperimentAccess access;
    private final TopicWrites writes;

    TopicImportService(TopicCandidateRepository candidates, ExperimentAccess access, TopicWrites writes) {
        this.candidates = candidates;
        this.access = access;
        this.writes = writes;
    }

    /**
     * What importing the file would do, nothing saved: its columns, the mapping ({@code mapping} as the user chose
     * it, or, when empty, the columns suggested for Decidim's export), the first candidates, the problems per line in
     * message keys, and how many would be new or updated.
     */
    @Transactional(readOnly = true)
    public ImportPreview previewImport(String fileName, byte[] bytes, String source,
            Map<ImportField, String> mapping) {
        access.requireMayStartExperiments();
        return plan(fileName, bytes, source, mapping).preview();
    }

    /**
     * Imports every row or none: refused (with the first problems) while any row has one. A row whose source and
     * external id are already in the pool updates that candidate (title, text, link, date, proposer name) instead
     * of adding a second; status, screening and decisions stay. A candidate a planner edited by hand since it was
     * imported is kept as it is and listed with who edited it; an erased proposer's name is not brought back.
     * Returns how many were added, updated and kept.
     */
    public ImportPreview importCandidates(String fileName, byte[] bytes, String source,
            Map<ImportField, String> mapping) {
        access.requireMayStartExperiments();
        ImportPlan plan = plan(fileName, bytes, source, mapping);
        if (!plan.problems().isEmpty()) {
            throw new UserFacingException("topic.import.error.rowsHaveProblems");
        }
        AppUser me = writes.me();
        Instant now = writes.clock().instant();
        for (var entry : plan.drafts().entrySet()) {
            TopicCandidate c = plan.existing().get(entry.getKey());
            if (c != null && c.getEditedAt() != null) {
                continue; // the planners' words stay; the preview names who edited them
            }
            if (c == null) {
                c = new TopicCandidate(now, me.displayName());
                c.setExternalId(entry.getKey());
                c.apply(entry.getValue());
                candidates.save(c);
            } else {
                CandidateDraft old = c.toDraft();
                CandidateDraft d = entry.getValue();
                // The proposer's contacts were typed here, not imported: keep them. An erased name stays erased.
                boolean erased = c.getProposerErasedAt() != null;
                c.apply(new CandidateDraft(d.title(), d.body(), d.sourcePlatform(), d.sourceUrl(), d.submittedOn(),
                        d.proposerKnown() || old.proposerKnown(), d.proposerName() != null && !erased
                                ? d.proposerName() : old.proposerName(), old.proposerEmail(), old.proposerPhone(),
                        old.proposerSns(), old.tags()));
                c.touch(now, me.displayName());
            }
            writes.announce(TopicLive.CANDIDATES, c);
        }
        return plan.preview();
    }

    /** {@code existing}: the candidates already in the pool, by the external id of the row that matches them. */
    private record ImportPlan(String source, ImportPreview preview, List<ImportPreview.Problem> problems,
            Map<String, CandidateDraft> drafts, Map<String, TopicCandidate> existing) {
    }

    private ImportPlan plan(String fileName, byte[] bytes, String source, Map<ImportField, String> mapping) {
        IMPORTS.check(fileName, null, bytes);
        String src = Texts.stripToNull(source);
        if (src == null) {
            throw new UserFacingException("topic.import.error.sourceRequired");
        }
        if (src.length() > 50) {
            throw new UserFacingException("topic.error.sourceTooLong");
        }
        var table = ProposalImport.read(fileName, bytes);
        Map<ImportField, String> map = mapping == null || mapping.isEmpty() ? ProposalImport.suggest(table.columns())
                : mapping;
        List<String> missing = new ArrayList<>();
        for (ImportField required : List.of(ImportField.TITLE, ImportField.BODY, ImportField.EXTERNAL_ID)) {
            if (!map.containsKey(required) || !table.columns().contains(map.get(required))) {
                missing.add("topic.import.error.map." + required.name());
            }
        }
        List<ImportPreview.Problem> problems = new ArrayList<>();
        Map<String, CandidateDraft> drafts = new LinkedHashMap<>();
        LocalDate today = writes.today();
        String manualSource = writes.words().get("topic.source.manual");
        if (missing.isEmpty()) {
            for (var row : table.rows()) {
                List<String> rowProblems = new ArrayList<>();
                CandidateDraft d = ProposalImport.draft(row, map, src, rowProblems);
                rowProblems.addAll(TopicRules.problems(d, today));
                String externalId = ProposalImport.value(row, map, ImportField.EXTERNAL_ID);
                if (externalId == null) {
                    rowProblems.add("topic.import.error.noId");
                } else if (externalId.length() > 200) {
                    rowProblems.add("topic.import.error.idTooLong");
                } else if (drafts.containsKey(externalId)) {
                    rowProblems.add("topic.import.error.duplicateId");
                }
                if (rowProblems.isEmpty()) {
                    drafts.put(externalId, TopicRules.clean(d, manualSource));
                } else {
                    problems.add(new ImportPreview.Problem(row.line(), rowProblems.stream().distinct().toList()));
                }
            }
        } else {
            problems.add(new ImportPreview.Problem(1, missing));
        }
        Map<String, TopicCandidate> existing = new LinkedHashMap<>();
        List<ImportPreview.Kept> kept = new ArrayList<>();
        for (String id : drafts.keySet()) {
            candidates.findBySourcePlatformAndExternalId(src, id).ifPresent(c -> {
                existing.put(id, c);
                if (c.getEditedAt() != null) {
                    kept.add(new ImportPreview.Kept(id, c.getTitle(), c.getEditedByName(), c.getEditedAt()));
                }
            });
        }
        ImportPreview preview = new ImportPreview(table.columns(), map,
                drafts.values().stream().limit(5).toList(), problems, table.rows().size(),
                drafts.size() - existing.size(), existing.size() - kept.size(), kept);
        return new ImportPlan(src, preview, problems, drafts, existing);
    }
}
