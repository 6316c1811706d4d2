package kr.silheomjang.followup;

/** What an archive item is (§6 후속 콘텐츠): video, photo, blog post (현장 스케치), review, press release, article, other. */
public enum ArchiveKind {
    VIDEO, PHOTO, BLOG, REVIEW, PRESS, ARTICLE, OTHER;

    public String messageKey() {
        return "followup.archive.kind." + name();
    }
}
