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
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.planning.internal.CardComment;
import kr.silheomjang.planning.internal.CardCommentRepository;
import kr.silheomjang.planning.internal.PlanningSupport;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.Notable;
import kr.silheomjang.shared.UserFacingException;

/**
 * Comments on cards: every member may comment, partner guests included; "@이름" tells that member live. Only its
 * author edits a comment; its author deletes it, and so may the experiment's owner (moderation: a comment that should
 * not stay, say one naming a participant, need not wait for its author).
 */
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
        String clean = checked(body);
        support.lockedCard(experimentId, cardId);
        AppUser me = support.me();
        CardComment saved = comments.save(new CardComment(cardId, me.id(), me.displayName(), clean, clock.instant()));
        support.record(cardId, "COMMENTED", null);
        support.announce(experimentId, cardId);
        tell(experimentId, cardId, mentions(clean, support.memberNames(experimentId)));
        return saved.getId();
    }

    /**
     * Changes the text of one's own comment (nobody edits someone else's), over the version the author's editor showed:
     * changed since (in another tab of theirs, or by the personal-data erasure), it is refused and nothing is written.
     * The same messages as adding for an empty or too long text; members newly named with "@이름" are told.
     */
    public void editComment(long experimentId, long cardId, long commentId, long expectedVersion,
            @Nullable String body) {
        access.requireMember(experimentId);
        String clean = checked(body);
        support.lockedCard(experimentId, cardId);
        CardComment c = comments.findById(commentId).filter(m -> m.getCardId() == cardId)
                .orElseThrow(() -> new UserFacingException("planning.error.commentGone"));
        AppUser me = support.me();
        if (c.getAuthorId() != me.id()) {
            throw new AccessDeniedException("Only its author edits a comment");
        }
        if (c.getVersion() != expectedVersion) {
            if (c.getEditedAt() == null) {
                // Moved without an edit: the erasure (plain JDBC, no name to give). The plain conflict message.
                throw new ObjectOptimisticLockingFailureException(CardComment.class, commentId);
            }
            throw new ConflictException(c.getAuthorName(), c.getEditedAt());
        }
        String before = c.getBody();
        if (clean.equals(before)) {
            return;
        }
        c.edit(clean, clock.instant());
        support.record(cardId, "COMMENT_EDITED", null);
        support.announce(experimentId, cardId);
        Map<String, Long> names = support.memberNames(experimentId);
        List<Long> already = mentions(before, names);
        tell(experimentId, cardId, mentions(clean, names).stream().filter(id -> !already.contains(id)).toList());
    }

    /**
     * Deletes a comment, its text with it, over the version the deleting person saw: edited since (its author saved a
     * new text, which they may not mean to be deleted unseen), it is refused naming the author and nothing is written;
     * already deleted, it is said to be gone. Its author deletes it, and the experiment's owner any comment; nobody
     * else. The card history says who deleted whose comment, never what it said (a comment may name people).
     */
    public void deleteComment(long experimentId, long cardId, long commentId, long expectedVersion) {
        MemberRole role = access.requireMember(experimentId);
        support.lockedCard(experimentId, cardId);
        CardComment c = comments.findById(commentId).filter(m -> m.getCardId() == cardId)
                .orElseThrow(() -> new UserFacingException("planning.error.commentGone"));
        boolean mine = c.getAuthorId() == support.me().id();
        if (!mine && role != MemberRole.OWNER) {
            throw new AccessDeniedException("Only its author or the experiment's owner deletes a comment");
        }
        if (c.getVersion() != expectedVersion) {
            if (c.getEditedAt() == null) {
                // Moved without an edit: the erasure (plain JDBC, no name to give). The plain conflict message.
                throw new ObjectOptimisticLockingFailureException(CardComment.class, commentId);
            }
            throw new ConflictException(c.getAuthorName(), c.getEditedAt());
        }
        comments.delete(c);
        // Whose comment it was is a team member's name, kept like the actor's; the text is not kept anywhere.
        support.record(cardId, mine ? "COMMENT_DELETED" : "COMMENT_REMOVED", mine ? null : c.getAuthorName());
        support.announce(experimentId, cardId);
    }

    /** The text of a comment to add or save, or the refusal: the same for both. */
    private static String checked(@Nullable String body) {
        String clean = body == null ? "" : body.strip();
        if (clean.isEmpty()) {
            throw new UserFacingException("planning.error.comment.required");
        }
        if (clean.length() > CardComment.MAX_BODY) {
            throw new UserFacingException("planning.error.comment.tooLong");
        }
        return clean;
    }

    /** Members named in a comment are told live on their board and get a notification. */
    private void tell(long experimentId, long cardId, List<Long> mentioned) {
        if (mentioned.isEmpty()) {
            return;
        }
        AppUser me = support.me();
        List<Long> ids = new ArrayList<>();
        ids.add(cardId);
        ids.addAll(mentioned);
        events.publishEvent(new LiveUpdate(experimentId, PlanningLive.MENTION, ids));
        events.publishEvent(new Notable(Notable.Kind.MENTIONED, experimentId, me.id(), me.displayName(),
                mentioned, cardId, support.lockedCard(experimentId, cardId).getTitle()));
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
