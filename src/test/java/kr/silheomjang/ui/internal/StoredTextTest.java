package kr.silheomjang.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import kr.silheomjang.shared.PersonalDataHolder;
import kr.silheomjang.shared.StoredText;

/** Markers the server stores on its own behalf are read in the reader's language; other stored text as it is. */
class StoredTextTest {

    TranslationProvider provider = new TranslationProvider();

    String read(String stored, Locale locale) {
        return StoredText.show(stored, (key, args) -> provider.getTranslation(key, locale, args));
    }

    @Test
    void actorsAndLogLinesStoredAsMarkersAreTranslatedOnDisplay() {
        String job = StoredText.marker("stored.actor.retentionJob");
        assertThat(job).doesNotContainPattern("[가-힣]");
        assertThat(read(job, Locale.ENGLISH)).isEqualTo("Retention job");
        assertThat(read(job, Locale.KOREAN)).isEqualTo("보존 기간 작업");
        String log = StoredText.marker("stored.log.retention", 3, 12);
        assertThat(read(log, Locale.ENGLISH)).isEqualTo("3 people, 12 other records");
        assertThat(read(log, Locale.KOREAN)).isEqualTo("3명, 기타 기록 12건");
        assertThat(read(StoredText.marker("stored.anonymous"), Locale.ENGLISH)).isEqualTo("Anonymous");
    }

    @Test
    void erasedAndAnonymisedValuesReadTranslatedWhileStoredTheSame() {
        assertThat(read(PersonalDataHolder.ERASED, Locale.ENGLISH)).isEqualTo("(erased)");
        assertThat(read(PersonalDataHolder.ERASED, Locale.KOREAN)).isEqualTo(PersonalDataHolder.ERASED);
        assertThat(read(StoredText.ANONYMOUS_PREFIX + 42, Locale.ENGLISH)).isEqualTo("Anonymous-42");
        assertThat(read(StoredText.ANONYMOUS_PREFIX + 42, Locale.KOREAN)).isEqualTo("익명-42");
    }

    @Test
    void oldRowsAndPeoplesOwnWordsAreShownAsStored() {
        assertThat(read("보존 기간 작업", Locale.ENGLISH)).isEqualTo("보존 기간 작업");
        assertThat(read("김기획", Locale.ENGLISH)).isEqualTo("김기획");
        assertThat(read("익명-가", Locale.ENGLISH)).isEqualTo("익명-가");
        assertThat(read(null, Locale.ENGLISH)).isNull();
    }
}
