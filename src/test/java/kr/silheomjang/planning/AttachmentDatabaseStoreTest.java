package kr.silheomjang.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.planning.internal.AttachmentStore;
import kr.silheomjang.planning.internal.CardAttachmentContentRepository;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;

/** {@code attachment-store=database}: upload, download and removal go through card_attachment_content, not the disk. */
@SpringBootTest(properties = {"silheomjang.planning.attachment-store=database",
        "silheomjang.planning.attachment-dir=target/attachments-must-stay-empty"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AttachmentDatabaseStoreTest {

    @Autowired
    PlanningService planning;

    @Autowired
    kr.silheomjang.planning.CardAttachmentService attachmentService;
    @Autowired
    ExperimentService experiments;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    AttachmentStore store;
    @Autowired
    CardAttachmentContentRepository contents;

    @Test
    void attachmentsRoundTripThroughTheDatabase() {
        assertThat(store.getClass().getSimpleName()).isEqualTo("DatabaseAttachmentStore");
        String owner = "a" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "김기획", "password-123");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("첨부 실험장")));
        long cardId = signedIn.as(owner, () -> planning.board(id)).columns().get(0).cards().get(0).id();
        long before = contents.count();

        // bigger than MariaDB's 64 KB BLOB: needs the LONGBLOB column
        byte[] png = new byte[200_000];
        Arrays.fill(png, (byte) 7);
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        long photo = signedIn.as(owner, () -> attachmentService.attach(id, cardId, "현장.png", "image/png", png));
        long note = signedIn.as(owner, () -> attachmentService.attach(id, cardId, "큐시트.txt", "text/plain",
                "1부 인사".getBytes()));

        assertThat(contents.count()).isEqualTo(before + 2);
        assertThat(signedIn.as(owner, () -> attachmentService.attachmentBytes(id, cardId, photo))).isEqualTo(png);
        assertThat(new String(signedIn.as(owner, () -> attachmentService.attachmentBytes(id, cardId, note)))).isEqualTo("1부 인사");
        assertThat(signedIn.as(owner, () -> planning.card(id, cardId)).attachments())
                .extracting(CardDetails.Attachment::fileName).containsExactly("현장.png", "큐시트.txt");
        assertThat(Files.exists(Path.of("target/attachments-must-stay-empty"))).isFalse();

        signedIn.run(owner, () -> attachmentService.removeAttachment(id, cardId, photo));
        assertThat(contents.count()).isEqualTo(before + 1);
        assertThat(signedIn.as(owner, () -> planning.card(id, cardId)).attachments())
                .extracting(CardDetails.Attachment::fileName).containsExactly("큐시트.txt");
    }
}
