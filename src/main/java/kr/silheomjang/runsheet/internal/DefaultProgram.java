package kr.silheomjang.runsheet.internal;

import java.util.List;

import kr.silheomjang.runsheet.CueDraft;

/**
 * The guide's program (툴킷 §5 실험장 진행) as the default cue sheet: 실험장 소개 → 실험 진행 → 소감 공유·피드백 →
 * 마무리. The guide gives no durations; these fit a two-hour afternoon and are meant to be changed.
 */
public final class DefaultProgram {

    private DefaultProgram() {
    }

    public static List<CueDraft> segments() {
        return List.of(
                new CueDraft("실험장 소개", 15, null, null, "발표 화면(실험장 소개, 시민제안 내용), 무선 마이크 1",
                        "목적과 취지, 추진 기관, 시민제안 내용을 소개합니다. 목적을 숨겨야 하는 실험이면 빼고 바로 시작합니다."),
                new CueDraft("실험 진행", 60, null, null, null,
                        "참여자가 실험에 집중하도록: 촬영과 스탭이 실험을 방해하지 않게 지원합니다."),
                new CueDraft("소감 공유·피드백", 20, null, null, "무선 마이크 2, 현장 설문지(또는 설문 QR)",
                        "어떻게 느껴졌는지, 실현 가능하다고 보는지, 더 제안할 것이 있는지 묻습니다. 소감 영상 촬영."),
                new CueDraft("마무리", 10, null, null, "마무리 화면(공유 채널, 이후 일정)",
                        "공유 채널과 이후 일정을 안내하고, 결과 공개 때 연락드린다고 알립니다."));
    }
}
