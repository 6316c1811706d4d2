package kr.silheomjang.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.Application;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.ExperimentDates;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.followup.internal.ArchiveItem;
import kr.silheomjang.followup.internal.ArchiveItemFile;
import kr.silheomjang.followup.internal.ArchiveItemFileRepository;
import kr.silheomjang.followup.internal.ArchiveItemRepository;
import kr.silheomjang.people.ParticipantRow;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.NotFoundOrDeniedException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.upload.FileType;
import kr.silheomjang.shared.upload.UploadPolicy;

/**
 * The follow-up archive (후속 콘텐츠 · 아카이빙): links and uploaded files with date, description and tags, filtered
 * and searched. Owners and planners write; partner guests read only the public items (what the team publishes to
 * everyone anyway), never drafts, nor the 촬영 불가 list. Writes pass {@link ExperimentAccess#requireEditor}, which
 * refuses a closed experiment.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ArchiveService {

    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** Archive uploads: photos (JPEG, PNG, WebP, GIF) and documents (PDF, 한글, Word) up to 10 MB, content checked. */
    public static final UploadPolicy UPLOADS = UploadPolicy.of(MAX_FILE_BYTES, FileType.JPEG, FileType.PNG,
            FileType.WEBP, FileType.GIF, FileType.PDF, FileType.HWP, FileType.HWPX, FileType.DOCX)
            .messages("followup.archive.error.fileSize", "followup.archive.error.fileType");

    /**
     * An item may date from five years before the experiment began (its creation or planning start, whichever is
     * earlier), from 1 January: an archive also keeps what led to the experiment (earlier coverage, a predecessor's
     * photos). And up to a year after today: an announced broadcast or article may be filed ahead. Anything beyond is
     * a typo (1900-01-01, 9999-12-31) that would sort the archive and the results page wrongly.
     */
    static final int YEARS_BEFORE_EXPERIMENT = 5;
    static final int YEARS_AHEAD = 1;

    private final ArchiveItemRepository items;
    private final ArchiveItemFileRepository files;
    private final ParticipantService participants;
    private final ExperimentService experiments;
    private final ExperimentAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArchiveService(ArchiveItemRepository items, ArchiveItemFileRepository files, ParticipantService participants,
            ExperimentService experiments, ExperimentAccess access, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.files = files;
        this.participants = participants;
        this.experiments = experiments;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The items the caller may see that pass the filter, newest first, with every tag in use. */
    @Transactional(readOnly = true)
    public ArchiveList list(long experimentId, ArchiveFilter filter) {
        MemberRole role = access.requireMember(experimentId);
        List<ArchiveItemView> visible = items.findByExperimentIdOrderByItemDateDescIdDesc(experimentId).stream()
                .map(ArchiveItem::toView).filter(i -> role.canEdit() || i.publicItem()).toList();
        TreeSet<String> tags = new TreeSet<>();
        visible.forEach(i -> tags.addAll(i.tags()));
        String words = filter.search() == null ? "" : filter.search().strip().toLowerCase(Locale.ROOT);
        List<ArchiveItemView> shown = visible.stream()
                .filter(i -> filter.kind() == null || i.kind() == filter.kind())
                .filter(i -> filter.tag() == null || filter.tag().isBlank() || i.tags().contains(filter.tag()))
                .filter(i -> words.isEmpty() || searchable(i).contains(words)).toList();
        return new ArchiveList(shown, List.copyOf(tags), role.canEdit(), visible.size());
    }

    /** One item (guests: public items only). */
    @Transactional(readOnly = true)
    public ArchiveItemView get(long experimentId, long itemId) {
        MemberRole role = access.requireMember(experimentId);
        ArchiveItemView v = items.findByIdAndExperimentId(itemId, experimentId).map(ArchiveItem::toView)
                .filter(i -> role.canEdit() || i.publicItem())
                .orElseThrow(() -> new UserFacingException("followup.archive.error.notFound"));
        return v;
    }

    /** An uploaded file's bytes (guests: of public items only); null for a link item. */
    @Transactional(readOnly = true)
    public @Nullable ArchiveFile file(long experimentId, long itemId) {
        MemberRole role = access.requireMember(experimentId);
        ArchiveItemView v = items.findByIdAndExperimentId(itemId, experimentId).map(ArchiveItem::toView)
                .filter(i -> role.canEdit() || i.publicItem())
                .orElseThrow(() -> new NotFoundOrDeniedException(experimentId));
        if (!v.hasFile()) {
            return null;
        }
        return files.findByItemId(itemId).map(f -> new ArchiveFile(f.getData(), v.fileType(), v.fileName()))
                .orElse(null);
    }

    /** The dates an item of this experiment may carry (members; the picker offers only these). */
    @Transactional(readOnly = true)
    public ArchiveDateRange dateRange(long experimentId) {
        access.requireMember(experimentId);
        ExperimentDates d = experiments.dates(List.of(experimentId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundOrDeniedException(experimentId));
        LocalDate created = LocalDate.ofInstant(d.createdAt(), Application.ZONE);
        LocalDate began = d.planningStart() != null && d.planningStart().isBefore(created) ? d.planningStart()
                : created;
        LocalDate today = LocalDate.now(clock.withZone(Application.ZONE));
        return new ArchiveDateRange(LocalDate.of(began.getYear() - YEARS_BEFORE_EXPERIMENT, 1, 1),
                today.plusYears(YEARS_AHEAD));
    }

    /**
     * The 촬영 불가 list shown beside a photo upload (names only; editors, who are the ones uploading). Read through the
     * people module, which applies its own membership check and names only who could be in the footage.
     */
    @Transactional(readOnly = true)
    public List<String> noFilmingNames(long experimentId) {
        access.requireEditor(experimentId);
        return participants.noFilmingList(experimentId).stream().map(ParticipantRow::name).toList();
    }

    /**
     * Adds an item (editors): a link, or an uploaded file checked again here with {@link #UPLOADS} (type by content,
     * size). Everything is checked before anything is written.
     */
    public long add(long experimentId, ArchiveDraft draft, @Nullable String fileName, byte @Nullable [] bytes) {
        access.requireEditor(experimentId);
        UploadPolicy.Checked file = null;
        if (bytes != null) {
            file = UPLOADS.check(fileName, null, bytes);
        }
        ArchiveDraft clean = ArchiveRules.check(draft, file != null,
                file != null && file.type().mimeType().startsWith("image/"), dateRange(experimentId));
        ArchiveItem item = new ArchiveItem(experimentId, clean, clock.instant(), currentUser.require().displayName());
        if (file != null) {
            item.attach(file.name(), file.type().mimeType(), file.bytes().length);
        }
        item = items.save(item);
        if (file != null) {
            files.save(new ArchiveItemFile(item.getId(), file.bytes()));
        }
        events.publishEvent(LiveUpdate.of(experimentId, FollowupLive.ARCHIVE, item.getId()));
        return item.getId();
    }

    /** Saves an item's details (editors) if nobody saved it since {@code expectedVersion}; its file stays. */
    public ArchiveItemView save(long experimentId, long itemId, long expectedVersion, ArchiveDraft draft) {
        access.requireEditor(experimentId);
        ArchiveItem item = item(experimentId, itemId, expectedVersion);
        ArchiveItemView now = item.toView();
        ArchiveDraft clean = ArchiveRules.check(draft, now.hasFile(), now.isImage(),
                dateRange(experimentId).including(now.date()));
        item.apply(clean, clock.instant(), currentUser.require().displayName());
        items.flush();
        events.publishEvent(LiveUpdate.of(experimentId, FollowupLive.ARCHIVE, itemId));
        return item.toView();
    }

    /**
     * Takes an item back from the public (editors), also once the experiment is closed: a filmed person who withdraws
     * their consent cannot wait for a reopening, and this only ever shows less.
     */
    public ArchiveItemView withdraw(long experimentId, long itemId, long expectedVersion) {
        access.requireEditorEvenWhenClosed(experimentId);
        ArchiveItem item = item(experimentId, itemId, expectedVersion);
        item.apply(item.toView().toDraft().withPublic(false), clock.instant(), currentUser.require().displayName());
        items.flush();
        events.publishEvent(LiveUpdate.of(experimentId, FollowupLive.ARCHIVE, itemId));
        return item.toView();
    }

    /** Removes an item and its file (editors). */
    public void remove(long experimentId, long itemId, long expectedVersion) {
        access.requireEditor(experimentId);
        ArchiveItem item = item(experimentId, itemId, expectedVersion);
        files.deleteByItemId(itemId);
        items.delete(item);
        events.publishEvent(LiveUpdate.of(experimentId, FollowupLive.ARCHIVE, itemId));
    }

    private ArchiveItem item(long experimentId, long itemId, long expectedVersion) {
        ArchiveItem item = items.findByIdAndExperimentId(itemId, experimentId)
                .orElseThrow(() -> new UserFacingException("followup.archive.error.notFound"));
        if (item.getVersion() != expectedVersion) {
            throw new ConflictException(item.getUpdatedByName(), item.getUpdatedAt());
        }
        return item;
    }

    private static String searchable(ArchiveItemView i) {
        return String.join("\n", i.title(), i.description(), String.join(" ", i.tags()),
                i.altText() == null ? "" : i.altText(), i.fileName() == null ? "" : i.fileName())
                .toLowerCase(Locale.ROOT);
    }
}
