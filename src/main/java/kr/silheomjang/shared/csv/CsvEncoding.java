package kr.silheomjang.shared.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The encodings an imported CSV is read in, as detected by {@link CsvReader}; shown to the user in the preview. */
public enum CsvEncoding {
    /** UTF-8 starting with a byte-order mark (our own exports, Excel's "CSV UTF-8"). */
    UTF8_BOM(StandardCharsets.UTF_8),
    /** UTF-8 without a byte-order mark (most other programs; plain ASCII too). */
    UTF8(StandardCharsets.UTF_8),
    /** What Korean Excel saves by default as "CSV (쉼표로 분리)": CP949, the superset of EUC-KR. */
    CP949(Charset.forName("x-windows-949"));

    private final Charset charset;

    CsvEncoding(Charset charset) {
        this.charset = charset;
    }

    public Charset charset() {
        return charset;
    }

    /** The i18n key of the name shown to users. */
    public String messageKey() {
        return "csv.encoding." + name();
    }
}
