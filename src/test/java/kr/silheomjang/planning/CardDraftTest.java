package kr.silheomjang.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CardDraftTest {

    static CardDraft withLabels(String... labels) {
        return new CardDraft("홍보", "", "", null, Set.of(), List.of(labels));
    }

    /** card_label's key compares case-insensitively on MariaDB: "SNS" and "sns" are one label there. */
    @Test
    void labelsDifferingOnlyInCaseAccentsOrWidthAreOneKeepingTheFirstSpelling() {
        assertThat(withLabels("SNS", "sns", " Sns ", "홍보", "", "  ", "홍보").labels())
                .containsExactly("SNS", "홍보");
        assertThat(withLabels("Café", "cafe", "ＳＮＳ", "sns").labels()).containsExactly("Café", "ＳＮＳ");
        assertThat(withLabels("섭외", "섭외팀", "자료").labels()).containsExactly("섭외", "섭외팀", "자료");
    }
}
