package kr.silheomjang.planning.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the attachment store from {@code silheomjang.planning.attachment-store}: {@code disk} (default) or {@code database}. */
@Configuration
class AttachmentStoreConfiguration {

    @Bean
    AttachmentStore attachmentStore(@Value("${silheomjang.planning.attachment-store:disk}") String kind,
            @Value("${silheomjang.planning.attachment-dir:./data/attachments}") String dir,
            CardAttachmentContentRepository contents) {
        return switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "disk" -> new DiskAttachmentStore(Path.of(dir));
            case "database" -> new DatabaseAttachmentStore(contents);
            default -> throw new IllegalStateException("silheomjang.planning.attachment-store must be disk or database, not '"
                    + kind + "'");
        };
    }
}
