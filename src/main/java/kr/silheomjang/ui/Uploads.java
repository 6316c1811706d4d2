package kr.silheomjang.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.upload.UploadPolicy;

/**
 * The one way a view takes a file: an {@link Upload} for one file that
 * <ul>
 * <li>tells the browser the limit and the types (so most refusals happen before anything is sent) and shows the
 * browser's own refusal — the {@code file-reject} event — as a Korean message instead of dropping the file
 * silently;</li>
 * <li>on the server reads the stream through {@link UploadPolicy#read}, stopping at the limit whatever the client
 * claims, and answers the request itself (never an exception: Vaadin would log it as an error);</li>
 * <li>checks name and content with {@link UploadPolicy#check} and hands the file to {@code onFile} inside the user's
 * UI, or shows why it was refused.</li>
 * </ul>
 * The service the view then calls checks again with the same policy: it is the boundary.
 */
public final class Uploads {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);

    private Uploads() {
    }

    /** A file that passed the policy: its safe name, the type its content proved, and its bytes. */
    public record Received(String fileName, String contentType, byte[] bytes) {
    }

    /**
     * An upload button for one file at a time.
     *
     * @param addKey  message key of the button ("파일 고르기")
     * @param dropKey message key of the drop hint
     * @param onFile  runs in the user's UI (locked) with the checked file
     */
    public static Upload single(UploadPolicy policy, String addKey, String dropKey, Consumer<Received> onFile) {
        Upload upload = new Upload();
        UI ui = UI.getCurrent();
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, policy.maxBytes()));
        upload.setAcceptedFileTypes(policy.acceptedFileTypes());
        String sizeText = upload.getTranslation(policy.sizeMessageKey());
        String typeText = upload.getTranslation(policy.typeMessageKey());
        String failed = upload.getTranslation("upload.error.failed");
        // Translated now, in the UI thread: the upload request runs on another one.
        upload.setUploadHandler(new LimitedHandler(policy, ui, upload, onFile,
                java.util.Map.of(policy.sizeMessageKey(), sizeText, policy.typeMessageKey(), typeText), failed));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation(addKey))
                        .setMany(upload.getTranslation(addKey)))
                .setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation(dropKey))
                        .setMany(upload.getTranslation(dropKey)))
                .setError(new UploadI18N.Error().setFileIsTooBig(sizeText).setIncorrectFileType(typeText)
                        .setTooManyFiles(upload.getTranslation("upload.error.tooMany")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(upload.getTranslation("upload.status.connecting"))
                                .setProcessing(upload.getTranslation("upload.status.processing"))
                                .setStalled(upload.getTranslation("upload.status.stalled"))
                                .setHeld(upload.getTranslation("upload.status.held")))
                        .setError(new UploadI18N.Uploading.Error().setFileTooLarge(sizeText)
                                .setForbidden(failed).setServerUnavailable(failed)
                                .setUnexpectedServerError(failed))));
        // The browser refuses too large or wrongly typed files without sending them; say so in Korean.
        upload.addFileRejectedListener(e -> Messages.showError(
                typeText.equals(e.getErrorMessage()) || upload.getTranslation("upload.error.tooMany")
                        .equals(e.getErrorMessage()) ? e.getErrorMessage() : sizeText));
        return upload;
    }

    /** Reads within the limit, checks, and hands over to the UI; answers every request without throwing. */
    static final class LimitedHandler implements UploadHandler {

        private final UploadPolicy policy;
        private final @Nullable UI ui;
        private final Upload upload;
        private final Consumer<Received> onFile;
        private final java.util.Map<String, String> texts;
        private final String failed;

        LimitedHandler(UploadPolicy policy, @Nullable UI ui, Upload upload, Consumer<Received> onFile,
                java.util.Map<String, String> texts, String failed) {
            this.policy = policy;
            this.ui = ui;
            this.upload = upload;
            this.onFile = onFile;
            this.texts = texts;
            this.failed = failed;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) {
            UI target = ui != null ? ui : event.getUI();
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = policy.read(in);
            } catch (UserFacingException refused) {
                refuse(event, target, refused);
                return;
            } catch (IOException | RuntimeException broken) {
                // The client went away mid-file or sent something unreadable: nothing was kept.
                log.info("Upload not received ({})", broken.getClass().getSimpleName());
                event.reject(failed);
                target.access(() -> Messages.showError(failed));
                return;
            }
            UploadPolicy.Checked checked;
            try {
                checked = policy.check(event.getFileName(), event.getContentType(), bytes);
            } catch (UserFacingException refused) {
                refuse(event, target, refused);
                return;
            }
            Received received = new Received(checked.name(), checked.type().mimeType(), checked.bytes());
            target.access(() -> {
                // What became of the file is shown by the page (a list, a preview), not by the upload's own list.
                upload.clearFileList();
                onFile.accept(received);
            });
        }

        private void refuse(UploadEvent event, UI target, UserFacingException refused) {
            String text = String.join("\n",
                    refused.messageKeys().stream().map(k -> texts.getOrDefault(k, failed)).toList());
            event.reject(text);
            target.access(() -> {
                upload.clearFileList();
                Messages.showError(text);
            });
        }

        /** Lets Vaadin refuse a request whose declared length is already too large, before reading it. */
        @Override
        public long getRequestSizeMax() {
            return policy.maxBytes() + 64 * 1024; // the file plus multipart headers
        }

        @Override
        public long getFileSizeMax() {
            return policy.maxBytes();
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }
    }
}
