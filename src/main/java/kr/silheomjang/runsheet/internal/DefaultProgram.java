package kr.silheomjang.runsheet.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import kr.silheomjang.runsheet.CueDraft;

/**
 * The guide's program (툴킷 §5 실험장 진행) as the default cue sheet: introduction → the experiment → reflections →
 * closing. The guide gives no durations; these fit a two-hour afternoon and are meant to be changed. The words come
 * from the bundle ({@code runsheet.program.N.*}) in the language of whoever applies it: they become the team's text.
 */
public final class DefaultProgram {

    private static final int[] MINUTES = {15, 60, 20, 10};
    /** Segment 1 (the experiment itself) needs no materials. */
    private static final boolean[] HAS_MATERIALS = {true, false, true, true};

    private DefaultProgram() {
    }

    /** {@code words} reads a bundle key in the chosen language. */
    public static List<CueDraft> segments(Function<String, String> words) {
        List<CueDraft> program = new ArrayList<>();
        for (int i = 0; i < MINUTES.length; i++) {
            String key = "runsheet.program." + i;
            program.add(new CueDraft(words.apply(key + ".content"), MINUTES[i], null, null,
                    HAS_MATERIALS[i] ? words.apply(key + ".materials") : null, words.apply(key + ".notes")));
        }
        return List.copyOf(program);
    }
}
