package kr.silheomjang.topic.ui;

import org.springframework.stereotype.Component;

import kr.silheomjang.topic.TopicService;
import kr.silheomjang.ui.ShellEntry;

/** "제안함" in the side navigation, for accounts that may start experiments only. */
@Component
class TopicShellEntry implements ShellEntry {

    private final TopicService topics;

    TopicShellEntry(TopicService topics) {
        this.topics = topics;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "topic.nav";
    }

    @Override
    public Class<TopicPoolView> view() {
        return TopicPoolView.class;
    }

    @Override
    public boolean visible() {
        return topics.canUse();
    }
}
