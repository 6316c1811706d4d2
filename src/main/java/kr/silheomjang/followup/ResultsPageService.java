package kr.silheomjang.followup;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.followup.internal.ResultsPage;
import kr.silheomjang.followup.internal.ResultsPageRepository;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.PublicBaseUrl;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;

/**
 * The public results page as its team manages it (opt-in per experiment): making its unguessable address (only the
 * hash is kept, so the link is shown once), where the conversation continues, building its content, publishing.
 * Editors (owners and planners) manage it; every member sees its state. The anonymous page is
 * {@link PublicResultsService}'s.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ResultsPageService {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MAX_TEXT = 500;

    private final ResultsPageRepository pages;
    private final ResultsContent content;
    private final PublicResultsService publicPages;
    private final ExperimentAccess access;
    private final CurrentUser currentUser;
    private final PublicBaseUrl baseUrl;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResultsPageService(ResultsPageRepository pages, ResultsContent content, PublicResultsService publicPages,
            ExperimentAccess access,
            CurrentUser currentUser, PublicBaseUrl baseUrl, ApplicationEventPublisher events, Clock clock) {
        this.pages = pages;
        this.content = content;
        this.publicPages = publicPages;
        this.access = access;
        this.currentUser = currentUser;
        this.baseUrl = baseUrl;
        this.events = events;
        this.clock = clock;
    }

    /** The page's state; {@code enabled} false when nobody opted in yet. */
    @Transactional(readOnly = true)
    public ResultsPageSettings settings(long experimentId) {
        MemberRole role = access.requireMember(experimentId);
        boolean owner = role == MemberRole.OWNER;
        return pages.findByExperimentId(experimentId).map(p -> p.toSettings(role.canEdit(), owner))
                .orElse(new ResultsPageSettings(false, 0, null, null, null, null, null, null, null, null,
                        role.canEdit(), owner));
    }

    /** Opts in (editors): makes the page as a draft and returns its address, shown this once. */
    public String enable(long experimentId) {
        access.requireEditor(experimentId);
        if (pages.findByExperimentId(experimentId).isPresent()) {
            throw new UserFacingException("followup.results.error.exists");
        }
        String token = newToken();
        ResultsPageDraft none = new ResultsPageDraft(null, null, null);
        pages.save(new ResultsPage(experimentId, PublicResultsService.hash(token), json(experimentId, none, false),
                clock.instant(), me()));
        changed(experimentId);
        return link(token);
    }

    /**
     * A new address (editors): the old one stops working at once. Returns the new one, shown this once. Also once the
     * experiment is closed: a leaked address must be stoppable then too.
     */
    public String newAddress(long experimentId, long expectedVersion) {
        access.requireEditorEvenWhenClosed(experimentId);
        ResultsPage p = page(experimentId, expectedVersion);
        String token = newToken();
        p.newToken(PublicResultsService.hash(token), clock.instant(), me());
        changed(experimentId);
        return link(token);
    }

    /** Saves where the conversation continues and rebuilds the content from the current data (editors). */
    public void save(long experimentId, long expectedVersion, ResultsPageDraft draft) {
        access.requireEditor(experimentId);
        ResultsPage p = page(experimentId, expectedVersion);
        ResultsPageDraft clean = check(draft);
        p.apply(clean, clock.instant(), me());
        p.rebuilt(json(experimentId, clean, p.getPublishedAt() != null), clock.instant());
        changed(experimentId);
    }

    /** Rebuilds the content from the current verdicts, counts, surveys and archive (editors). */
    public void rebuild(long experimentId, long expectedVersion) {
        access.requireEditor(experimentId);
        ResultsPage p = page(experimentId, expectedVersion);
        p.rebuilt(json(experimentId, p.toDraft(), p.getPublishedAt() != null), clock.instant());
        changed(experimentId);
    }

    /**
     * Publishes (content rebuilt now, search engines allowed) or takes back to a draft (owner). Taking back keeps the
     * content as it is (the page shows its state from the row, not the content) and so works once closed too.
     */
    public void publish(long experimentId, long expectedVersion, boolean publish) {
        // The team prepares it; the owner decides it goes public (issue #10).
        if (publish) {
            access.requireOwner(experimentId);
        } else {
            access.requireOwnerEvenWhenClosed(experimentId);
        }
        ResultsPage p = page(experimentId, expectedVersion);
        p.publish(publish, clock.instant(), me());
        if (publish) {
            p.rebuilt(json(experimentId, p.toDraft(), true), clock.instant());
        }
        changed(experimentId);
    }

    /** Opts out (editors): the page and its address are gone. Also once closed, since it only takes away. */
    public void disable(long experimentId, long expectedVersion) {
        access.requireEditorEvenWhenClosed(experimentId);
        pages.delete(page(experimentId, expectedVersion));
        changed(experimentId);
    }

    /** What the address shows now, for the team's preview (editors: a draft is not for guests yet). */
    @Transactional(readOnly = true)
    public PublicResults preview(long experimentId) {
        access.requireEditor(experimentId);
        ResultsPage p = pages.findByExperimentId(experimentId)
                .orElseThrow(() -> new UserFacingException("followup.results.error.notEnabled"));
        return PublicResultsService.shown(p, publicPages.chosen(experimentId), publicPages::existingSurveys);
    }

    private ResultsPageDraft check(ResultsPageDraft d) {
        List<String> errors = new ArrayList<>();
        String channel = Texts.stripToNull(d.channel() == null ? "" : d.channel());
        String schedule = Texts.stripToNull(d.schedule() == null ? "" : d.schedule());
        String platform = Texts.stripToNull(d.platformUrl() == null ? "" : d.platformUrl());
        if (channel != null && channel.length() > MAX_TEXT || schedule != null && schedule.length() > MAX_TEXT) {
            errors.add("followup.results.error.textLong");
        }
        if (platform != null && !Texts.isWebAddress(platform)) {
            errors.add("followup.results.error.platform");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        return new ResultsPageDraft(channel, schedule, platform);
    }

    private String json(long experimentId, ResultsPageDraft where, boolean published) {
        return JSON.writeValueAsString(content.build(experimentId, where, published));
    }

    private ResultsPage page(long experimentId, long expectedVersion) {
        ResultsPage p = pages.findByExperimentId(experimentId)
                .orElseThrow(() -> new UserFacingException("followup.results.error.notEnabled"));
        if (p.getVersion() != expectedVersion) {
            throw new ConflictException(p.getUpdatedByName(), p.getUpdatedAt());
        }
        return p;
    }

    private String me() {
        return currentUser.require().displayName();
    }

    private void changed(long experimentId) {
        events.publishEvent(LiveUpdate.of(experimentId, FollowupLive.RESULTS_PAGE, experimentId));
    }

    private String link(String token) {
        return baseUrl.link(PublicResultsService.PATH + token);
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
