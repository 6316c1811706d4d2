package kr.silheomjang.planning;

import java.util.List;

/**
 * A stored template (planning items of §3, preparation checklist of §4) with its items in one language ("ko", "en";
 * decision 0070), for administrators to edit: a template with items in two languages is two views of the same id.
 */
public record TemplateView(long id, String code, String name, String language, List<Item> items) {

    public record Item(long id, long version, String title, String category, String description, String checklist) {
    }
}
