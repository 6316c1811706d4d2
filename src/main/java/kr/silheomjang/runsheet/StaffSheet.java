package kr.silheomjang.runsheet;

import java.util.List;

/**
 * One staff member's print sheet: their roles from the 역할분담표 (e.g. "접수 · 입구 13:00–15:00") and the cue
 * segments they are in charge of, in run order.
 */
public record StaffSheet(String person, List<String> roles, List<CueRow> cues) {
}
