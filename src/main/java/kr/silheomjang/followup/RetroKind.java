package kr.silheomjang.followup;

import org.jspecify.annotations.Nullable;

/** 좋았던 점 / 아쉬웠던 점 / 추후 보완하고 싶은 점, in the order of the retrospective form's questions. */
public enum RetroKind {
    GOOD, REGRET, IMPROVE;

    public String messageKey() {
        return "followup.kind." + name();
    }

    /**
     * The kind a form's question asks for, by its wording (the guide's follow-up form starts with a role question, so
     * the place alone does not tell); null for a question of none of the three kinds. {@code words} gives each kind's
     * marker words in every language (the bundles' {@code followup.retro.match.*}); spaces and case are ignored.
     */
    public static @Nullable RetroKind ofQuestion(String questionText,
            java.util.function.Function<RetroKind, java.util.Collection<String>> words) {
        String t = normal(questionText);
        for (RetroKind k : values()) {
            if (words.apply(k).stream().map(RetroKind::normal).anyMatch(w -> !w.isEmpty() && t.contains(w))) {
                return k;
            }
        }
        return null;
    }

    private static String normal(String s) {
        return s.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }
}
