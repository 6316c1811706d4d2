package kr.silheomjang.followup;

/** A video's subtitles: 자막 있음, 준비 중, 없음. Only {@link #HAS} counts as accessible for the stage checklist. */
public enum SubtitleStatus {
    HAS, PREPARING, NONE;

    public String messageKey() {
        return "followup.archive.subtitle." + name();
    }
}
