package kr.silheomjang.planning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.planning.internal.CardComment;
import kr.silheomjang.planning.internal.CardCommentRepository;
import kr.silheomjang.planning.internal.PlanningSupport;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.shared.Notable;
import kr.silheomjang.shared.UserFacingException;

/** Comments on cards: every member may comment, partner guests included; "@이름" tells that member live. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CommentService {

    private final CardCommentRepository comments;
    private final PlanningSupport support;
    private final ExperimentAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(CardCommentRepository comments, PlanningSupport support, ExperimentAccess access,
            ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.support = support;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Adds a comment; members named as {@code @이름} are told live on their board. */
    public long comment(long experimentId, long cardId, @Nullable String body) {
        access.requireMember(experimentId);
        String clean = body == null ? "" : body.strip();
        if (clean.isEmpty()) {
            throw new UserFacingException("planning.error.comment.required");
        }
        if (clean.length() > 2000) {
            throw new UserFacingException("planning.error.comment.tooLong");
        }
        support.lockedCard(experimentId, cardId);
        AppUser me = support.me();
        CardComment saved = comments.save(new CardComment(cardId, me.id(), me.displayName(), clean, clock.instant()));
        support.record(cardId, "COMMENTED", null);
        support.announce(experimentId, cardId);
        List<Long> mentioned = mentions(clean, support.memberNames(experimentId));
        if (!mentioned.isEmpty()) {
            List<Long> ids = new ArrayList<>();
            ids.add(cardId);
            ids.addAll(mentioned);
            events.publishEvent(new LiveUpdate(experimentId, PlanningLive.MENTION, ids));
            events.publishEvent(new Notable(Notable.Kind.MENTIONED, experimentId, me.id(), me.displayName(),
                    mentioned, cardId, support.lockedCard(experimentId, cardId).getTitle()));
        }
        return saved.getId();
    }

    /** Members named as "@이름" in a text; longer names first, so "@김기획자" is not read as "@김기획". */
    static List<Long> mentions(String text, Map<String, Long> names) {
        Set<Long> found = new LinkedHashSet<>();
        String rest = text;
        for (String name : names.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .toList()) {
            String token = "@" + name;
            if (rest.contains(token)) {
                found.add(names.get(name));
                rest = rest.replace(token, " ");
            }
        }
        return List.copyOf(found);
    }
}
