package kr.silheomjang.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.silheomjang.search.SearchKind;

class SearchIndexTest {

    private static IndexedDoc card(long id, String title) {
        return IndexedDoc.open(SearchKind.CARD, id, 7, title, "설명");
    }

    @Test
    void aSliceReadAgainUnchangedIsNotWrittenAndAnEditedOneIs() {
        SearchIndex index = new SearchIndex();
        Slice cards = new Slice(7, SearchKind.CARD);
        assertThat(index.replace(cards, List.of(card(1, "섭외"), card(2, "자료 수집")))).isTrue();
        index.publish();
        assertThat(index.size()).isEqualTo(2);

        // A card moved between columns: the same documents, in another order.
        assertThat(index.replace(cards, List.of(card(2, "자료 수집"), card(1, "섭외")))).isFalse();
        // An edited title is written.
        assertThat(index.replace(cards, List.of(card(1, "섭외 확정"), card(2, "자료 수집")))).isTrue();
        index.publish();
        assertThat(index.size()).isEqualTo(2);

        // After a full rebuild the slices are known as rebuilt; a dropped experiment is written again when it returns.
        index.replaceAll(List.of(card(1, "섭외 확정"), card(2, "자료 수집")));
        assertThat(index.replace(cards, List.of(card(1, "섭외 확정"), card(2, "자료 수집")))).isFalse();
        index.dropExperiment(7);
        assertThat(index.replace(cards, List.of(card(1, "섭외 확정"), card(2, "자료 수집")))).isTrue();
        index.publish();
        assertThat(index.size()).isEqualTo(2);
    }
}
