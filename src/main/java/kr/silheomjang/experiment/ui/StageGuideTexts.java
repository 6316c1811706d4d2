package kr.silheomjang.experiment.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.Component;

import kr.silheomjang.experiment.Stage;
import kr.silheomjang.experiment.StageCheckItem;
import kr.silheomjang.experiment.StageFlag;

/** The stage guide's words: item labels, details (a key with parameters, or plain text), flags and advice. */
final class StageGuideTexts {

    private StageGuideTexts() {
    }

    static String label(Component ui, String checkKey) {
        String text = ui.getTranslation(checkKey);
        return text.startsWith("!") ? checkKey : text;
    }

    /** A detail is a message key followed by its parameters ("key|12|20"), or already user text. */
    static String detail(Component ui, String detail) {
        String[] parts = detail.split("\\|", -1);
        String text = ui.getTranslation(parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length));
        return text.startsWith("!") ? detail : text;
    }

    static String flag(Component ui, StageFlag f) {
        return switch (f.kind()) {
            case RUN_BEFORE_EVENT_DAY -> ui.getTranslation("guide.flag.runBeforeEventDay");
            case LATE_ITEM -> ui.getTranslation("guide.flag.late", f.days(), label(ui, f.checkKey()));
        };
    }

    /** Short flag for a list row. */
    static String flagShort(Component ui, StageFlag f) {
        return switch (f.kind()) {
            case RUN_BEFORE_EVENT_DAY -> ui.getTranslation("guide.flag.short.runBeforeEventDay");
            case LATE_ITEM -> ui.getTranslation("guide.flag.short.late", f.days(), label(ui, f.checkKey()));
        };
    }

    /** The guide's advice for a stage: numbered lines guide.advice.STAGE.1, .2, … as far as they go. */
    static List<String> advice(Component ui, Stage stage) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i < 10; i++) {
            String line = ui.getTranslation("guide.advice." + stage.name() + "." + i);
            if (line.startsWith("!")) {
                break;
            }
            lines.add(line);
        }
        return lines;
    }

    static String state(Component ui, StageCheckItem item) {
        return ui.getTranslation(item.state().messageKey());
    }
}
