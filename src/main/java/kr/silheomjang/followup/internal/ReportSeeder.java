package kr.silheomjang.followup.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.silheomjang.experiment.DemoWorkspaceCreated;
import kr.silheomjang.followup.ReportService;
import kr.silheomjang.security.RunAs;

/**
 * The demo case's hand-off report: a draft the planner started, so the report page, its print view and PDF show the
 * team's part beside what is read from the other tabs. Made through the service; the
 * rest of the page is read live, so the order among the demo seeders does not matter.
 */
@Component
class ReportSeeder {

    private final RunAs runAs;
    private final ReportService reports;

    ReportSeeder(RunAs runAs, ReportService reports) {
        this.runAs = runAs;
        this.reports = reports;
    }

    @EventListener
    void on(DemoWorkspaceCreated e) {
        long id = e.nightSchoolId();
        runAs.user(e.plannerUserId(), () -> {
            reports.save(id, null,
                    "서울역 한켠의 빈 공간에 어르신들을 위한 하루 야학을 열어, 시민제안처럼 어르신들이 실제로 찾아와 배우는지, "
                            + "붐비는 역에서도 수업에 집중할 수 있는지, 운영기관이 걱정한 안전·공간 관리 문제가 나타나는지 "
                            + "확인했습니다. (초안: 행사 뒤 판정과 설문 결과를 보고 고쳐 씁니다.)",
                    "참여자들은 역에서 배우는 경험을 반겼고, 역사 안전요원과의 협력도 잘 되었습니다. 다만 지나가는 소리 때문에 "
                            + "잘 들리지 않았다는 의견이 많아, 다음에는 마이크와 안내 표지판을 미리 준비해야 합니다.");
            return null;
        });
    }
}
