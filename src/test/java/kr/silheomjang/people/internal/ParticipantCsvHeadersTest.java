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
    void downloadedFromTheEnglishUiTheFileIsEnglishAndImportReadsBothLanguagesBack() {
        ParticipantDraft d = ParticipantDraft.builder().set(kr.silheomjang.people.ParticipantField.NAME, "김가나")
                .set(kr.silheomjang.people.ParticipantField.GROUP, kr.silheomjang.people.ParticipantGroup.FILM_CREW)
                .set(kr.silheomjang.people.ParticipantField.STATUS, AttendanceStatus.CONFIRMED)
                .set(kr.silheomjang.people.ParticipantField.PHOTO, kr.silheomjang.people.PhotoConsent.REFUSED)
                .build();
        var row = new kr.silheomjang.people.ParticipantRow(1, 0, d,
                java.util.Map.of(AttendanceStatus.CONFIRMED, java.time.LocalDate.of(2026, 12, 1)), false, false,
                java.time.Instant.EPOCH, "김기획");

        String english = new String(ParticipantCsv.write(java.util.List.of(row), java.util.Locale.ENGLISH),
                StandardCharsets.UTF_8);
        assertThat(english).startsWith("\uFEFFName,Phone,Email,Group,Status,Photo consent,Accessibility needs,")
                .contains("Confirmed date").contains("김가나,,,Film crew,Confirmed,Refused,").doesNotContain("참여");
        String korean = new String(ParticipantCsv.write(java.util.List.of(row), null), StandardCharsets.UTF_8);
        assertThat(korean).startsWith("\uFEFF이름,전화번호").contains("촬영팀,참여 확정,촬영 불가");
        // Each row ends with its change check (participant 1 at version 0), read back, in either language.
        assertThat(english).contains(",Change check\r\n").endsWith(",1-v0\r\n");
        assertThat(korean).contains(",변경 확인\r\n").endsWith(",1-v0\r\n");
        assertThat(ParticipantCsv.parse(english.getBytes(StandardCharsets.UTF_8)).cells()).singleElement()
                .extracting(ParticipantCsv.Cells::changeCheck).isEqualTo(new ParticipantCsv.ChangeCheck(1, 0));

        for (String file : java.util.List.of(english, korean)) {
            CsvImportPreview back = ParticipantCsv.read(file.getBytes(StandardCharsets.UTF_8));
            assertThat(back.problems()).isEmpty();
            assertThat(back.rows()).singleElement().satisfies(r -> {
                assertThat(r.group()).isEqualTo(kr.silheomjang.people.ParticipantGroup.FILM_CREW);
                assertThat(r.status()).isEqualTo(AttendanceStatus.CONFIRMED);
                assertThat(r.photoConsent()).isEqualTo(kr.silheomjang.people.PhotoConsent.REFUSED);
            });
        }
    }

    @Test
    void anUnknownHeaderIsStillRefusedAndANameColumnStillRequired() {
        CsvImportPreview preview = ParticipantCsv.read("Nickname,phone\n가,010\n".getBytes(StandardCharsets.UTF_8));
        assertThat(preview.rows()).isEmpty();
        assertThat(preview.problems()).extracting(p -> p.messageKey())
                .contains("people.csv.error.unknownColumn", "people.csv.error.missingColumn");
    }
}
