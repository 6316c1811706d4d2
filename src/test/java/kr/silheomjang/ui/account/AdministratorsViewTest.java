package kr.silheomjang.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.sidenav.SideNavItem;

import kr.silheomjang.experiment.ui.ExperimentListView;
import kr.silheomjang.security.AdministratorService;
import kr.silheomjang.support.BrowserlessSupport;

class AdministratorsViewTest extends BrowserlessSupport {

    @Autowired
    AdministratorService administrators;

    @Test
    void anAdministratorAppointsAColleagueWhoThenSeesThePage() {
        String colleague = newAccount("새 관리자 후보");
        BrowserlessUIContext mine = windowOf("owner@demo.kr");
        AdministratorsView view = mine.navigate(AdministratorsView.class);
        assertThat(mine.find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("관리자");

        int row = rowOf(mine, view, colleague);
        Checkbox box = (Checkbox) in(mine).test(view.grid).getCellComponent(row, 2);
        assertThat(box.getValue()).isFalse();
        in(mine).test(box).click();
        assertThat(signedIn.as(colleague, administrators::isAdministrator)).isTrue();

        BrowserlessUIContext theirs = windowOf(colleague);
        theirs.navigate(AdministratorsView.class);
        assertThat(theirs.getCurrentView()).isInstanceOf(AdministratorsView.class);
        assertThat(theirs.find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("관리자");

        long id = accounts.findByEmail(colleague).orElseThrow().id();
        signedIn.run("owner@demo.kr", () -> administrators.setAdministrator(id, false));
    }

    @Test
    void someoneElseIsSentAwayAndDoesNotSeeTheMenuItem() {
        BrowserlessUIContext window = windowOf(newAccount("보통 사람"));
        window.navigate("admin", ExperimentListView.class);
        assertThat(window.getCurrentView()).isInstanceOf(ExperimentListView.class);
        assertThat(window.find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("관리자");
    }

    private static int rowOf(BrowserlessUIContext window, AdministratorsView view, String email) {
        var grid = in(window).test(view.grid);
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).email().equals(email)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + email);
    }
}
