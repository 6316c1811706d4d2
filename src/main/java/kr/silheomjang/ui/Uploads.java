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
import kr.silheomjang.shared.upload.StagedFile;
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
                // The file row's buttons and the time left: read by screen readers, English unless set.
                .setFile(new UploadI18N.File().setRemove(upload.getTranslation("upload.file.remove"))
                        .setRetry(upload.getTranslation("upload.file.retry"))
                        .setStart(upload.getTranslation("upload.file.start")))
                .setUploading(new UploadI18N.Uploading()
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(upload.getTranslation("upload.remaining.prefix"))
                                .setUnknown(upload.getTranslation("upload.remaining.unknown")))
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

    /**
     * An upload button for one file at a time that streams the file to a private temporary file
     * ({@link UploadPolicy#stage}): never in memory, refused while it streams in when too large or not what its name
     * claims. The dialog hands the staged file to its service (which keeps it) or {@link StagedFile#discard discards}
     * it.
     *
     * @param onFile runs in the user's UI (locked) with the staged file
     */
    public static Upload staged(UploadPolicy policy, String addKey, String dropKey, Consumer<StagedFile> onFile) {
        Upload upload = single(policy, addKey, dropKey, f -> {
        });
        UI ui = UI.getCurrent();
        String failed = upload.getTranslation("upload.error.failed");
        upload.setUploadHandler(new StagingHandler(policy, ui, upload, onFile,
                java.util.Map.of(policy.sizeMessageKey(), upload.getTranslation(policy.sizeMessageKey()),
                        policy.typeMessageKey(), upload.getTranslation(policy.typeMessageKey())), failed));
        return upload;
    }

    /** Reads within the limit, checks, and hands over to the UI; answers every request without throwing. */
    static final class LimitedHandler extends AnsweringHandler<Received> {

        LimitedHandler(UploadPolicy policy, @Nullable UI ui, Upload upload, Consumer<Received> onFile,
                java.util.Map<String, String> texts, String failed) {
            super(policy, ui, upload, onFile, texts, failed);
        }

        @Override
        Received receive(UploadEvent event) throws IOException {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = policy.read(in);
            }
            UploadPolicy.Checked checked = policy.check(event.getFileName(), event.getContentType(), bytes);
            return new Received(checked.name(), checked.type().mimeType(), checked.bytes());
        }
    }

    /** Streams to a temporary file within the limit, proving the type from the first bytes. */
    static final class StagingHandler extends AnsweringHandler<StagedFile> {

        StagingHandler(UploadPolicy policy, @Nullable UI ui, Upload upload, Consumer<StagedFile> onFile,
                java.util.Map<String, String> texts, String failed) {
            super(policy, ui, upload, onFile, texts, failed);
        }

        @Override
        StagedFile receive(UploadEvent event) throws IOException {
            try (InputStream in = event.getInputStream()) {
                return policy.stage(in, event.getFileName(), event.getContentType());
            }
        }

        @Override
        void unclaimed(StagedFile file) {
            file.discard();
        }
    }

    /** Receives one file, answers the request itself (never an exception) and hands the file to the UI. */
    abstract static class AnsweringHandler<T> implements UploadHandler {

        final UploadPolicy policy;
        private final @Nullable UI ui;
        private final Upload upload;
        private final Consumer<T> onFile;
        private final java.util.Map<String, String> texts;
        private final String failed;

        AnsweringHandler(UploadPolicy policy, @Nullable UI ui, Upload upload, Consumer<T> onFile,
                java.util.Map<String, String> texts, String failed) {
            this.policy = policy;
            this.ui = ui;
            this.upload = upload;
            this.onFile = onFile;
            this.texts = texts;
            this.failed = failed;
        }

        /** Reads and checks the file; a {@link UserFacingException} refuses it with the policy's message. */
        abstract T receive(UploadEvent event) throws IOException;

        /** A received file the UI never took (the page is gone). */
        void unclaimed(T file) {
        }

        @Override
        public void handleUploadRequest(UploadEvent event) {
            UI target = ui != null ? ui : event.getUI();
            T received;
            try {
                received = receive(event);
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
            try {
                target.access(() -> {
                    // What became of the file is shown by the page (a list, a preview), not by the upload's own list.
                    upload.clearFileList();
                    onFile.accept(received);
                });
            } catch (RuntimeException detached) {
                unclaimed(received);
            }
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
