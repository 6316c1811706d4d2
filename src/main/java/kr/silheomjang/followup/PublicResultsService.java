package kr.silheomjang.followup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.followup.internal.ArchiveItem;
import kr.silheomjang.followup.internal.ArchiveItemFileRepository;
import kr.silheomjang.followup.internal.ArchiveItemRepository;
import kr.silheomjang.followup.internal.ResultsPage;
import kr.silheomjang.followup.internal.ResultsPageRepository;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.survey.SurveyResponseCounts;

/**
 * The results page without an account. Deliberately not {@code @PreAuthorize}d: the unguessable token is the
 * permission (only its SHA-256 is stored, and nothing logs it). It reveals only the built content (which holds no
 * personal data) and the images of archive items that are, right now, public and chosen for the page.
 */
@Service
@Transactional(readOnly = true)
public class PublicResultsService {

    /** The page's path before the token. */
    public static final String PATH = "/r/";

    private final ResultsPageRepository pages;
    private final ArchiveItemRepository items;
    private final ArchiveItemFileRepository files;
    private final SurveyResponseCounts surveys;

    PublicResultsService(ResultsPageRepository pages, ArchiveItemRepository items, ArchiveItemFileRepository files,
            SurveyResponseCounts surveys) {
        this.pages = pages;
        this.items = items;
        this.files = files;
        this.surveys = surveys;
    }

    /** The page at this token; an unknown or withdrawn one is refused with one message, whatever the reason. */
    public PublicResults open(String token) {
        ResultsPage p = find(token).orElseThrow(() -> new UserFacingException("followup.results.error.notFound"));
        return shown(p, chosen(p.getExperimentId()), surveys::existing);
    }

    /** An image of an item on the page, only while it is public and chosen; null otherwise. */
    public @Nullable ArchiveFile image(String token, long itemId) {
        Optional<ResultsPage> p = find(token);
        if (p.isEmpty() || !chosen(p.get().getExperimentId()).contains(itemId)) {
            return null;
        }
        return items.findByIdAndExperimentId(itemId, p.get().getExperimentId()).map(ArchiveItem::toView)
                .filter(ArchiveItemView::isImage)
                .flatMap(v -> files.findByItemId(itemId).map(f -> new ArchiveFile(f.getData(), v.fileType(),
                        v.fileName())))
                .orElse(null);
    }

    private Optional<ResultsPage> find(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return pages.findByTokenHash(hash(token));
    }

    Set<Long> chosen(long experimentId) {
        return items.findByExperimentIdOrderByItemDateDescIdDesc(experimentId).stream().map(ArchiveItem::toView)
                .filter(i -> i.publicItem() && i.onResultsPage()).map(ArchiveItemView::id)
                .collect(Collectors.toSet());
    }

    /**
     * The stored content; items limited to those still chosen (an item taken back disappears at once), and a survey
     * deleted since the page was built leaves with its answers (its charts, and its share of the answer count).
     */
    static PublicResults shown(ResultsPage p, Set<Long> stillChosen,
            java.util.function.Function<Set<Long>, Set<Long>> existingSurveys) {
        PublicResults built = ResultsPageService.JSON.readValue(p.getContentJson(), PublicResults.class);
        PublicResults now = built.withItems(built.items().stream()
                .filter(i -> stillChosen.contains(i.id())).toList(), p.getPublishedAt() != null);
        Set<Long> named = now.surveyIds();
        return named.isEmpty() ? now : now.withSurveysStill(existingSurveys.apply(named));
    }

    Set<Long> existingSurveys(Set<Long> ids) {
        return surveys.existing(ids);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
