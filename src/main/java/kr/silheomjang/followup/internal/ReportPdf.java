package kr.silheomjang.followup.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import kr.silheomjang.followup.ReportHtml;

/**
 * Renders the report's XHTML to PDF (openhtmltopdf on PDFBox) with the Korean TTF shipped in the app (NanumBarunGothic,
 * OFL; decision note 0021): PDFBox embeds only TrueType outlines, so the system's CJK OTF/TTC fonts would not do. The
 * font is read once; each PDF embeds the subset of glyphs it uses.
 */
@Component
public class ReportPdf {

    static final String FONT_RESOURCE = "/fonts/NanumBarunGothic.ttf";

    private volatile byte[] font;

    public byte[] render(String xhtml) {
        byte[] ttf = font();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // One face for both weights: headings are bold in CSS, and a missing bold face would fall back to a font
        // without Hangul.
        builder.useFont(() -> new ByteArrayInputStream(ttf), ReportHtml.FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(ttf), ReportHtml.FONT, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, null);
        builder.withProducer("Silheomjang");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] font() {
        byte[] f = font;
        if (f == null) {
            try (InputStream in = ReportPdf.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + FONT_RESOURCE);
                }
                f = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            font = f;
        }
        return f;
    }
}
