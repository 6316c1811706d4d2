package kr.silheomjang.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;

import kr.silheomjang.shared.upload.FileType;
import kr.silheomjang.shared.upload.UploadPolicy;

/** The server side of every upload: reads within the limit, answers refusals itself, never throws. */
class UploadsTest {

    final UploadPolicy policy = UploadPolicy.of(1000, FileType.TXT, FileType.PNG).messages("size", "type");
    final List<Uploads.Received> received = new ArrayList<>();
    final List<Command> accessed = new ArrayList<>();
    UI ui;
    Uploads.LimitedHandler handler;

    @BeforeEach
    void setUp() {
        ui = mock(UI.class);
        doAnswer(inv -> {
            accessed.add(inv.getArgument(0));
            return null;
        }).when(ui).access(any(Command.class));
        handler = new Uploads.LimitedHandler(policy, ui, new Upload(), received::add,
                Map.of("size", "너무 큽니다", "type", "형식이 다릅니다"), "받지 못했습니다");
    }

    @Test
    void aFileBeyondTheLimitIsRefusedWhileStreamingAndNeverReadWhole() {
        long[] read = {0};
        InputStream huge = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                read[0] += len;
                return len;
            }
        };
        UploadEvent event = event("big.txt", "text/plain", huge);
        handler.handleUploadRequest(event);
        verify(event).reject("너무 큽니다");
        assertThat(read[0]).isLessThanOrEqualTo(1001);
        assertThat(received).isEmpty();
        assertThat(accessed).hasSize(1); // the Korean message
    }

    @Test
    void aNameThatReducesToNothingIsNamedAndADisguisedFileRefused() {
        UploadEvent slash = event("/", "text/plain", new ByteArrayInputStream("메모".getBytes()));
        handler.handleUploadRequest(slash);
        UploadEvent nul = event("\0", "image/png", new ByteArrayInputStream("<html>".getBytes()));
        handler.handleUploadRequest(nul);
        verify(nul).reject("형식이 다릅니다");
        verify(slash, never()).reject(any());
        accessed.forEach(c -> {
            try {
                c.execute();
            } catch (RuntimeException ignored) {
                // the notification needs a running UI; what reached the page is what counts here
            }
        });
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.fileName()).isEqualTo("file.txt");
            assertThat(r.contentType()).isEqualTo("text/plain");
        });
    }

    @Test
    void aBrokenConnectionIsAnsweredNotThrown() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        UploadEvent event = event("a.txt", "text/plain", broken);
        handler.handleUploadRequest(event);
        verify(event).reject("받지 못했습니다");
        assertThat(received).isEmpty();
    }

    private static UploadEvent event(String name, String type, InputStream in) {
        UploadEvent event = mock(UploadEvent.class);
        when(event.getFileName()).thenReturn(name);
        when(event.getContentType()).thenReturn(type);
        when(event.getInputStream()).thenReturn(in);
        return event;
    }
}
