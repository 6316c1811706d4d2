package kr.silheomjang.search.ui;

import org.springframework.stereotype.Component;

import kr.silheomjang.ui.HeaderItem;

/** Puts the search box into the header of every signed-in page. */
@Component
class SearchHeaderEntry implements HeaderItem {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new SearchBox();
    }
}
