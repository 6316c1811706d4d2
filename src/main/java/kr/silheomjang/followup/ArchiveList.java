package kr.silheomjang.followup;

import java.util.List;

/**
 * The archive as one member sees it: the items that pass the filter (newest date first), every tag in use (for the
 * filter), whether the caller may edit, and how many items there are before filtering.
 */
public record ArchiveList(List<ArchiveItemView> items, List<String> tags, boolean canEdit, int total) {
}
