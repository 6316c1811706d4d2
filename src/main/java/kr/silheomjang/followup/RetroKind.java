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
     * the place alone does not tell); null for a question of none of the three kinds.
     */
    public static @Nullable RetroKind ofQuestion(String questionText) {
        String t = questionText.replace(" ", "");
        if (t.contains("좋았")) {
            return GOOD;
        }
        if (t.contains("아쉬")) {
            return REGRET;
        }
        return t.contains("보완") ? IMPROVE : null;
    }
}
