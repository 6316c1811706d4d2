package kr.silheomjang.planning.internal;

import java.util.UUID;

import kr.silheomjang.shared.UserFacingException;

/**
 * Attachments in the database ({@code card_attachment_content}, V6). Saving and deleting happen in the caller's
 * transaction, so a rollback keeps row and bytes together without extra bookkeeping.
 */
class DatabaseAttachmentStore implements AttachmentStore {

    private final CardAttachmentContentRepository contents;

    DatabaseAttachmentStore(CardAttachmentContentRepository contents) {
        this.contents = contents;
    }

    @Override
    public String save(byte[] bytes) {
        String key = UUID.randomUUID().toString();
        contents.save(new CardAttachmentContent(key, bytes));
        return key;
    }

    @Override
    public byte[] read(String key) {
        return contents.findByStorageKey(key).map(CardAttachmentContent::getData)
                .orElseThrow(() -> new UserFacingException("planning.error.notFound"));
    }

    @Override
    public void deleteLater(String key) {
        contents.deleteByStorageKey(key);
    }
}
