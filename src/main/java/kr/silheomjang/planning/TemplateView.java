package kr.silheomjang.planning;

import java.util.List;

/** A stored template (planning items of §3, preparation checklist of §4) with its items, for owners to edit. */
public record TemplateView(long id, String code, String name, List<Item> items) {

    public record Item(long id, long version, String title, String category, String description, String checklist) {
    }
}
