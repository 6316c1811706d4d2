package kr.silheomjang.schedule.internal;

import kr.silheomjang.security.RunAs;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import kr.silheomjang.schedule.CalendarFeedService;

/**
 * The secret iCal feed URL Google Calendar and Outlook subscribe to. Outside Vaadin and without a login (calendar apps
 * cannot sign in): the unguessable token is the credential. Unknown, revoked and other experiments' tokens, and owners
 * who are no longer members, all get the same 404.
 */
@RestController
class FeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final FeedTokens tokens;
    private final RunAs runAs;
    private final CalendarFeedService feeds;

    FeedController(FeedTokens tokens, RunAs runAs, CalendarFeedService feeds) {
        this.tokens = tokens;
        this.runAs = runAs;
        this.feeds = feeds;
    }

    @GetMapping("/ical/{experimentId:\\d+}/{token:[A-Za-z0-9_-]+}.ics")
    ResponseEntity<String> feed(@PathVariable long experimentId, @PathVariable String token) {
        Optional<FeedToken> found = tokens.resolve(token).filter(t -> t.getExperimentId() == experimentId);
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String ics;
        try {
            ics = runAs.user(found.get().getUserId(), () -> feeds.feedIcs(experimentId));
        } catch (AccessDeniedException | org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"schedule-" + experimentId + ".ics\"")
                .header("X-Robots-Tag", "noindex")
                .body(ics);
    }
}
