package kr.silheomjang.runsheet.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import kr.silheomjang.experiment.DemoWorkspaceCreated;
import kr.silheomjang.runsheet.CueDraft;
import kr.silheomjang.runsheet.CueSheetService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.shared.Ranks;

/**
 * The demo night school's run day gets the guide's program as its cue sheet, with the demo roster's people in charge
 * (정사회 the moderator, 오스탭 the staff member, and the demo partner guest for 실험 진행: the same names as the people
 * module's demo roster, whose line for the guest is linked to the guest's account, so the guest marks that segment).
 */
@Component
class RunsheetSeeder {

    private final CueSheetRepository sheets;
    private final CueSegmentRepository segments;
    private final AccountService accounts;
    private final Clock clock;
    private final I18NProvider i18n;

    RunsheetSeeder(CueSheetRepository sheets, CueSegmentRepository segments, AccountService accounts, Clock clock,
            I18NProvider i18n) {
        this.i18n = i18n;
        this.sheets = sheets;
        this.segments = segments;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    void on(DemoWorkspaceCreated e) {
        long id = e.nightSchoolId();
        AppUser owner = accounts.findByIds(List.of(e.ownerUserId())).get(e.ownerUserId());
        String by = owner == null ? "-" : owner.displayName();
        Instant now = clock.instant();
        sheets.save(new CueSheetRecord(id, CueSheetService.DEFAULT_START, now, by));
        AppUser partner = accounts.findByIds(List.of(e.partnerUserId())).get(e.partnerUserId());
        String guide = partner == null ? "정사회" : partner.displayName();
        String[][] staffing = {{"정사회", "무대"}, {guide, "대합실"}, {"오스탭", "대합실"}, {"정사회", "무대"}};
        // Demo content stays Korean, whoever's request creates the demo workspace.
        List<CueDraft> program = DefaultProgram.segments(key -> i18n.getTranslation(key, Locale.KOREAN));
        List<String> ranks = Ranks.spread(program.size());
        for (int i = 0; i < program.size(); i++) {
            CueDraft d = program.get(i);
            CueSegment s = new CueSegment(id, ranks.get(i));
            s.apply(new CueDraft(d.content(), d.minutes(), staffing[i][0], staffing[i][1], d.materials(), d.notes()),
                    now, by);
            segments.save(s);
        }
    }
}
