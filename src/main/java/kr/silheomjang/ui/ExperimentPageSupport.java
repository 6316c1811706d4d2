package kr.silheomjang.ui;

import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.PresenceRegistry;
import kr.silheomjang.security.CurrentUser;

/** What every {@link ExperimentPage} needs from the application, in one bean so pages take one constructor argument. */
@Component
public record ExperimentPageSupport(LiveUpdateBus bus, PresenceRegistry presence, CurrentUser currentUser,
        ExperimentSections sections, ExperimentHeadings headings) {
}
