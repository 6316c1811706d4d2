package kr.silheomjang.planning;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.planning.internal.AttachmentStore;
import kr.silheomjang.planning.internal.CardAttachment;
import kr.silheomjang.planning.internal.CardAttachmentRepository;
import kr.silheomjang.planning.internal.PlanningSupport;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.upload.UploadPolicy;

/** Files on cards, checked by the shared upload rules; same rights as editing the card; members read them. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CardAttachmentService {

    private final CardAttachmentRepository attachments;
    private final AttachmentStore store;
    private final UploadPolicy attachmentPolicy;
    private final PlanningSupport support;
    private final ExperimentAccess access;
    private final Clock clock;

    CardAttachmentService(CardAttachmentRepository attachments, AttachmentStore store, PlanningSupport support,
            ExperimentAccess access, Clock clock,
            @Value("${silheomjang.planning.attachment-max-bytes:10485760}") long maxAttachmentBytes) {
        this.attachments = attachments;
        this.store = store;
        this.attachmentPolicy = AttachmentStore.policy(maxAttachmentBytes);
        this.support = support;
        this.access = access;
        this.clock = clock;
    }

    /** What the upload button of a card accepts (the same rules {@link #attach} applies). */
    public UploadPolicy attachmentPolicy() {
        return attachmentPolicy;
    }

    /**
     * Stores a file on a card after checking it with the shared upload rules: size, a safe name (a name that reduces
     * to nothing gets a neutral one), an allowed type and content that matches it.
     */
    public long attach(long experimentId, long cardId, String fileName, String contentType, byte[] bytes) {
        MemberRole role = access.requireMember(experimentId);
        support.editableCard(experimentId, cardId, role);
        UploadPolicy.Checked file = attachmentPolicy.check(fileName, contentType, bytes);
        String cleanName = file.name();
        String key = store.save(bytes);
        CardAttachment saved = attachments.save(new CardAttachment(cardId, cleanName, file.type().mimeType(),
                bytes.length, key, support.me().displayName(), clock.instant()));
        support.record(cardId, "ATTACHED", cleanName);
        support.announce(experimentId, cardId);
        return saved.getId();
    }

    @Transactional(readOnly = true)
    public byte[] attachmentBytes(long experimentId, long cardId, long attachmentId) {
        access.requireMember(experimentId);
        support.cardOf(experimentId, cardId);
        return store.read(attachmentOf(cardId, attachmentId).getStorageKey());
    }

    public void removeAttachment(long experimentId, long cardId, long attachmentId) {
        MemberRole role = access.requireMember(experimentId);
        support.editableCard(experimentId, cardId, role);
        CardAttachment a = attachmentOf(cardId, attachmentId);
        attachments.delete(a);
        store.deleteLater(a.getStorageKey());
        support.record(cardId, "DETACHED", a.getFileName());
        support.announce(experimentId, cardId);
    }

    private CardAttachment attachmentOf(long cardId, long attachmentId) {
        return attachments.findById(attachmentId).filter(x -> x.getCardId() == cardId)
                .orElseThrow(() -> new UserFacingException("planning.error.attachmentGone"));
    }
}
