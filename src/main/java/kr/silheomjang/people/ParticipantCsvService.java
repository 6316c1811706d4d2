package kr.silheomjang.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.GuestScope;
import kr.silheomjang.people.internal.ConsentEntryRepository;
import kr.silheomjang.people.internal.Participant;
import kr.silheomjang.people.internal.ParticipantCsv;
import kr.silheomjang.people.internal.ParticipantRepository;
import kr.silheomjang.people.internal.ParticipantRules;
import kr.silheomjang.people.internal.PeopleAudit;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.upload.FileType;
import kr.silheomjang.shared.upload.UploadPolicy;

/**
 * Participants in and out as CSV: preview with every problem row by row, all-or-nothing import that never adds a
 * known person twice, and the export through the shared CSV writer. Owners and planners only.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ParticipantCsvService {

    /**
     * The CSV import's upload: a .csv file up to 5 MB. Its content is read by the CSV reader right away, which names
     * what is wrong (encoding, UTF-16, not text) better than a generic type refusal would.
     */
    public static final UploadPolicy CSV_UPLOAD = UploadPolicy.of(ParticipantCsv.MAX_BYTES, FileType.CSV)
            .messages("people.csv.error.tooBig", "people.csv.error.notCsv").contentReadLater();

    /** What to do with a file's rows that are already participants (same phone number or e-mail). */
    public enum ExistingRows {
        /** Leave the participant as it is and do not add the row again. */
        SKIP,
        /**
         * Write the file's filled cells over the participant's values and clear what its clear markers name (never
         * the status); refused as a whole while a row would write over a change made since the export.
         */
        UPDATE,
        /** {@link #UPDATE}, leaving alone the participants changed since the export (the preview's conflicts). */
        UPDATE_EXCEPT_CHANGED;

        boolean updates() {
            return this != SKIP;
        }
    }

    private final ParticipantRepository participants;
    private final ConsentEntryRepository consents;
    private final ExperimentAccess access;
    private final CurrentUser currentUser;
    private final PeopleAudit audit;
    private final Clock clock;

    ParticipantCsvService(ParticipantRepository participants, ConsentEntryRepository consents, ExperimentAccess access,
            CurrentUser currentUser, PeopleAudit audit, Clock clock) {
        this.participants = participants;
        this.consents = consents;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads the file and says what would be saved, or every problem row by row. Writes nothing. */
    @Transactional(readOnly = true)
    public CsvImportPreview previewImport(long experimentId, byte[] file) {
        access.requireEditor(experimentId);
        ParticipantCsv.Parsed parsed = ParticipantCsv.parse(file);
        List<CsvProblem> erased = erased(experimentId, parsed);
        CsvImportPreview preview = parsed.preview();
        return erased.isEmpty() ? preview : new CsvImportPreview(List.of(), erased, preview.encoding(), List.of());
    }

    /**
     * The rows of an exported file whose change check names a participant erased since the export (on request, or
     * at the end of retention): an old list must not bring back someone who asked to be forgotten. The line is
     * refused like any bad line; a person who applies again is added from a line without the change check.
     */
    private List<CsvProblem> erased(long experimentId, ParticipantCsv.Parsed parsed) {
        Set<Long> named = parsed.cells().stream().map(ParticipantCsv.Cells::changeCheck).filter(Objects::nonNull)
                .map(ParticipantCsv.ChangeCheck::participantId).collect(Collectors.toSet());
        if (named.isEmpty()) {
            return List.of();
        }
        Set<Long> gone = participants.findAllById(named).stream()
                .filter(p -> p.getExperimentId() == experimentId && p.getAnonymisedAt() != null)
                .map(Participant::getId).collect(Collectors.toSet());
        return parsed.cells().stream()
                .filter(c -> c.changeCheck() != null && gone.contains(c.changeCheck().participantId()))
                .map(c -> new CsvProblem(c.line(), "people.csv.error.erased", "")).toList();
    }

    /**
     * The participants of the experiment that rows of the file already are (same phone number, digits compared, or
     * same e-mail, case ignored; or, for a row of an export, the participant its change check names while the name is
     * still theirs), id → version as of now: the import offers to update or skip them instead of adding
     * them twice, and an update hands these versions back so it never overwrites a change made after this preview.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> existingInImport(long experimentId, byte[] file) {
        return updateCheck(experimentId, file).seenVersions();
    }

    /**
     * What updating from the file would meet: the participants its rows already are (see
     * {@link #existingInImport}), the rows that would write over a change made since the export (the file's change
     * check column), and how many updates cannot be checked so (no such column). Writes nothing.
     */
    @Transactional(readOnly = true)
    public CsvUpdateCheck updateCheck(long experimentId, byte[] file) {
        access.requireEditor(experimentId);
        ParticipantCsv.Parsed parsed = ParticipantCsv.parse(file);
        Known current = new Known(participants.findByExperimentIdAndAnonymisedAtIsNull(experimentId));
        return check(parsed, current, consents.filmingRefusedByProposer(experimentId));
    }

    /** {@link #importCsv(long, byte[], ExistingRows, Map)} skipping rows that are already participants. */
    public int importCsv(long experimentId, byte[] file) {
        return importCsv(experimentId, file, ExistingRows.SKIP, Map.of());
    }

    /**
     * Saves every row of the file, or none: any problem refuses the whole file. A row that is already a participant
     * (same phone or e-mail) is skipped or updates that participant, never added twice. An update writes only the
     * cells the file fills (an empty cell or a missing column keeps the participant's value), clears the fields
     * whose cell holds a clear marker, and never writes the status, which moves only through
     * {@link ParticipantService#changeStatus} and its side effects. It refuses the whole file with a
     * {@link ConflictException} naming the participants when one changed after the preview ({@code seenVersions},
     * from {@link #updateCheck}) or a row matches one the preview did not; and, checked here again whatever the
     * preview said, when a row of an exported file would write over a change made since the export ({@link
     * ExistingRows#UPDATE}; {@link ExistingRows#UPDATE_EXCEPT_CHANGED} leaves those participants alone). Returns
     * how many participants were added or changed.
     */
    public int importCsv(long experimentId, byte[] file, ExistingRows onExisting, Map<Long, Long> seenVersions) {
        access.requireEditor(experimentId);
        ParticipantCsv.Parsed parsed = ParticipantCsv.parse(file);
        CsvImportPreview preview = parsed.preview();
        if (!preview.ok()) {
            throw new CsvImportException(preview.problems());
        }
        List<CsvProblem> erased = erased(experimentId, parsed);
        if (!erased.isEmpty()) {
            throw new CsvImportException(erased);
        }
        boolean update = onExisting.updates();
        AppUser me = currentUser.require();
        boolean filmingWithdrawn = consents.filmingRefusedByProposer(experimentId);
        LocalDate today = LocalDate.now(clock);
        Known current = new Known(participants.findByExperimentIdAndAnonymisedAtIsNull(experimentId));
        List<ParticipantDraft> rows = preview.rows().stream().map(ParticipantRules::clean).toList();
        Set<Long> leftAlone = Set.of();
        if (update) {
            refuseChangedSincePreview(experimentId, rows, parsed.cells(), current, seenVersions);
            // Before any row is applied: the check compares each row with the participant as stored.
            List<CsvConflict> conflicts = check(parsed, current, filmingWithdrawn).conflicts();
            if (onExisting == ExistingRows.UPDATE) {
                refuseChangedSinceExport(conflicts);
            }
            leftAlone = conflicts.stream().map(CsvConflict::participantId).collect(Collectors.toSet());
        }
        List<Participant> batch = new ArrayList<>(rows.size());
        int updated = 0;
        for (int i = 0; i < rows.size(); i++) {
            ParticipantDraft d = rows.get(i);
            Participant known = current.find(d, parsed.cells().get(i));
            if (known == null) {
                Participant p = new Participant(experimentId, false, clock.instant(), me.displayName());
                p.apply(withdrawn(d, filmingWithdrawn), today);
                batch.add(p);
                current.add(p); // the same person twice in one file is added once
            } else if (update && !leftAlone.contains(known.getId())) {
                ParticipantDraft before = known.toDraft();
                ParticipantDraft after = updated(before, d, parsed.cells().get(i), filmingWithdrawn);
                if (!after.equals(before)) {
                    known.apply(after, today);
                    known.touch(clock.instant(), me.displayName());
                    updated++;
                }
            }
        }
        participants.saveAll(batch);
        audit.announce(experimentId, PeopleLive.PARTICIPANTS, List.of());
        return batch.size() + updated;
    }

    /**
     * The file's rows against the participants as stored (nothing applied yet): who each row matches, and the rows
     * of an exported file whose participant changed since the export where the row would write a different value.
     * A row without a change check, or with one of another participant (a row copied to add someone), is unchecked.
     */
    private static CsvUpdateCheck check(ParticipantCsv.Parsed parsed, Known current, boolean filmingWithdrawn) {
        Map<Long, Long> seen = new LinkedHashMap<>();
        List<CsvConflict> conflicts = new ArrayList<>();
        Set<Long> unchecked = new java.util.HashSet<>();
        List<ParticipantDraft> rows = parsed.preview().rows();
        for (int i = 0; i < rows.size(); i++) {
            ParticipantDraft d = ParticipantRules.clean(rows.get(i));
            ParticipantCsv.Cells cells = parsed.cells().get(i);
            Participant p = current.find(d, cells);
            if (p == null) {
                continue;
            }
            seen.put(p.getId(), p.getVersion());
            ParticipantCsv.ChangeCheck changeCheck = cells.changeCheck();
            if (changeCheck == null || changeCheck.participantId() != p.getId()) {
                unchecked.add(p.getId());
                continue;
            }
            if (changeCheck.version() == p.getVersion()) {
                continue;
            }
            ParticipantDraft before = p.toDraft();
            ParticipantDraft after = updated(before, d, cells, filmingWithdrawn);
            List<ParticipantField> differ = Arrays.stream(ParticipantField.values())
                    .filter(f -> !Objects.equals(f.get(before), f.get(after))).toList();
            if (!differ.isEmpty()) {
                conflicts.add(new CsvConflict(cells.line(), p.getId(), p.getName(), p.getUpdatedByName(),
                        p.getUpdatedAt(), differ));
            }
        }
        return new CsvUpdateCheck(seen, conflicts, unchecked.size());
    }

    /** Refuses an update that would write over changes made since the export, naming who changed whom last. */
    private static void refuseChangedSinceExport(List<CsvConflict> conflicts) {
        CsvConflict latest = conflicts.stream().max(Comparator.comparing(CsvConflict::changedAt)).orElse(null);
        if (latest != null) {
            throw new ConflictException(latest.changedBy(), latest.changedAt(),
                    names(conflicts.stream().map(CsvConflict::name).distinct().toList()));
        }
    }

    /** What an update makes of the participant: the file's filled cells over their values, its cleared ones gone. */
    private static ParticipantDraft updated(ParticipantDraft before, ParticipantDraft file, ParticipantCsv.Cells cells,
            boolean filmingWithdrawn) {
        ParticipantDraft.Builder b = filled(before, file, cells.filled()).toBuilder();
        cells.cleared().forEach(f -> b.set(f, null));
        return withdrawn(b.build(), filmingWithdrawn);
    }

    /** The participant's values with the file's filled cells over them; the status stays. */
    private static ParticipantDraft filled(ParticipantDraft current, ParticipantDraft file,
            Set<ParticipantField> cells) {
        ParticipantDraft.Builder b = current.toBuilder();
        for (ParticipantField f : cells) {
            if (f != ParticipantField.STATUS) {
                b.set(f, f.get(file));
            }
        }
        return b.build();
    }

    /** A proposer who withdrew filming stays 촬영 불가 whatever the file says. */
    private static ParticipantDraft withdrawn(ParticipantDraft d, boolean filmingWithdrawn) {
        return filmingWithdrawn && d.group() == ParticipantGroup.PROPOSER ? d.withPhotoConsent(PhotoConsent.REFUSED)
                : d;
    }

    /**
     * Refuses the update when a participant a row matches is not at the version the preview saw (changed, or not
     * matched then), or one the preview matched changed since (new contacts would add their row as a second person,
     * an erasure would bring them back): who changed it last is named, and nothing is written.
     */
    private void refuseChangedSincePreview(long experimentId, List<ParticipantDraft> rows,
            List<ParticipantCsv.Cells> cells, Known current, Map<Long, Long> seenVersions) {
        Map<Long, Participant> changed = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Participant p = current.find(rows.get(i), cells.get(i));
            if (p != null && !Long.valueOf(p.getVersion()).equals(seenVersions.get(p.getId()))) {
                changed.putIfAbsent(p.getId(), p);
            }
        }
        if (!seenVersions.isEmpty()) {
            for (Participant p : participants.findByExperimentIdAndIdIn(experimentId, seenVersions.keySet())) {
                if (p.getVersion() != seenVersions.get(p.getId())) {
                    changed.putIfAbsent(p.getId(), p);
                }
            }
        }
        Participant latest = changed.values().stream().max(Comparator.comparing(Participant::getUpdatedAt))
                .orElse(null);
        if (latest != null) {
            throw new ConflictException(latest.getUpdatedByName(), latest.getUpdatedAt(),
                    names(changed.values().stream().map(Participant::getName).toList()));
        }
    }

    /** The first ten names, and "…" when there are more (a notification names no more). */
    private static List<String> names(List<String> all) {
        List<String> names = new ArrayList<>(all.stream().limit(10).toList());
        if (all.size() > names.size()) {
            names.add("…");
        }
        return names;
    }

    /**
     * Every participant as CSV, UTF-8 with BOM (Korean Excel opens it as is), in the downloader's language
     * ({@code locale}, Korean when null); import reads either. Owners and planners only.
     */
    @Transactional(readOnly = true)
    public byte[] exportCsv(long experimentId, java.util.@org.jspecify.annotations.Nullable Locale locale) {
        access.requireEditor(experimentId);
        return ParticipantCsv.write(participants.findByExperimentIdOrderByNameAscIdAsc(experimentId).stream()
                .map(p -> p.toRow(GuestScope.ALL)).toList(), locale);
    }

    /**
     * The participants by phone number (digits only, at least 7), by e-mail (case ignored) and, for a row of an
     * exported file whose phone and e-mail both changed (in the file, or by a co-planner since the export), by the
     * change check's participant when the name is still theirs: such a row is that person, not a new one. A row
     * copied to add someone carries another name and stays new.
     */
    private static final class Known {
        private final Map<String, Participant> byPhone = new HashMap<>();
        private final Map<String, Participant> byEmail = new HashMap<>();
        private final Map<Long, Participant> byId = new HashMap<>();

        Known(List<Participant> current) {
            current.forEach(this::add);
        }

        void add(Participant p) {
            if (p.getId() != null) {
                byId.put(p.getId(), p);
            }
            String phone = digits(p.getPhone());
            if (phone.length() >= 7) {
                byPhone.putIfAbsent(phone, p);
            }
            String email = email(p.getEmail());
            if (!email.isEmpty()) {
                byEmail.putIfAbsent(email, p);
            }
        }

        @Nullable Participant find(ParticipantDraft d, ParticipantCsv.Cells cells) {
            String phone = digits(d.phone());
            Participant p = phone.length() >= 7 ? byPhone.get(phone) : null;
            if (p == null) {
                p = byEmail.get(email(d.email()));
            }
            ParticipantCsv.ChangeCheck check = cells.changeCheck();
            if (p == null && check != null) {
                Participant named = byId.get(check.participantId());
                if (named != null && sameName(named.getName(), d.name())) {
                    p = named;
                }
            }
            return p;
        }

        private static boolean sameName(@Nullable String a, @Nullable String b) {
            return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
        }

        private static String email(@Nullable String email) {
            return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        }

        private static String digits(@Nullable String phone) {
            return phone == null ? "" : phone.replaceAll("\\D", "");
        }
    }
}
