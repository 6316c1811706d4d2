package kr.silheomjang.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.CsvImportPreview;
import kr.silheomjang.people.ParticipantDraft;

/** A participants' sheet made in the English UI: English headers are read as their Korean columns. */
class ParticipantCsvHeadersTest {

    @Test
    void englishHeadersAreReadLikeTheKoreanOnes() {
        byte[] csv = "Name,Phone,Status,Accessibility needs\n김가나,010-1234-5678,attended,휠체어\n"
                .getBytes(StandardCharsets.UTF_8);
        CsvImportPreview preview = ParticipantCsv.read(csv);
        assertThat(preview.problems()).isEmpty();
        ParticipantDraft row = preview.rows().getFirst();
        assertThat(row.name()).isEqualTo("김가나");
        assertThat(row.phone()).isEqualTo("010-1234-5678");
        assertThat(row.status()).isEqualTo(AttendanceStatus.ATTENDED);
        assertThat(row.accessibilityNeeds()).isEqualTo("휠체어");
    }

    @Test
    void anUnknownHeaderIsStillRefusedAndANameColumnStillRequired() {
        CsvImportPreview preview = ParticipantCsv.read("Nickname,phone\n가,010\n".getBytes(StandardCharsets.UTF_8));
        assertThat(preview.rows()).isEmpty();
        assertThat(preview.problems()).extracting(p -> p.messageKey())
                .contains("people.csv.error.unknownColumn", "people.csv.error.missingColumn");
    }
}
