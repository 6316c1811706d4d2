package kr.silheomjang.experiment.ui;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

/** QA: Esc threw away a proposal typed into the experiment form. It asks first (ui.KeepTyped). */
class ExperimentFormKeepTypedTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;

    @Test
    void aNewExperimentAsksOnlyWhenSomethingWasTyped() {
        BrowserlessUIContext window = windowOf(newAccount("김기획"));
        ExperimentListView list = window.navigate(ExperimentListView.class);
        window.test(list.create).click();
        escapeClosesAtOnce(window, opened(window, ExperimentFormDialog.class));

        window.test(list.create).click();
        ExperimentFormDialog form = opened(window, ExperimentFormDialog.class);
        window.test(form.proposalText).setValue("지하철 역사를 밤에 학교로");
        escapeAsksBeforeDiscarding(window, form, form.proposalText, "지하철 역사를 밤에 학교로");
    }

    @Test
    void anEditAsksOnlyWhenAFieldDiffersFromWhatWasLoaded() {
        String owner = newAccount("김기획");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("서울역 야학")));
        BrowserlessUIContext window = windowOf(owner);
        ExperimentOverviewView view = window.navigate(ExperimentOverviewView.class,
                Map.of(ExperimentOverviewView.PARAM, String.valueOf(id)));
        in(window).test(view.edit).click();
        escapeClosesAtOnce(window, opened(window, ExperimentFormDialog.class));

        in(window).test(view.edit).click();
        ExperimentFormDialog form = opened(window, ExperimentFormDialog.class);
        in(window).test(form.title).setValue("서울역 야학 (밤)");
        escapeAsksBeforeDiscarding(window, form, form.title, "서울역 야학 (밤)");
    }
}
