package kr.silheomjang.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        /** Overwrite the participant with the file's values. */
        UPDATE
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
        return ParticipantCsv.read(file);
    }

    /**
     * How many rows of the file are already participants of the experiment (same phone number, digits compared, or
     * same e-mail, case ignored), so the import can offer to update or skip them instead of adding them twice.
     */
    @Transactional(readOnly = true)
    public int existingInImport(long experimentId, byte[] file) {
        access.requireEditor(experimentId);
        CsvImportPreview preview = ParticipantCsv.read(file);
        Known current = new Known(participants.findByExperimentIdAndAnonymisedAtIsNull(experimentId));
        return (int) preview.rows().stream().filter(d -> current.find(d) != null).count();
    }

    /** {@link #importCsv(long, byte[], ExistingRows)} skipping rows that are already participants. */
    public int importCsv(long experimentId, byte[] file) {
        return importCsv(experimentId, file, ExistingRows.SKIP);
    }

    /**
     * Saves every row of the file, or none: any problem refuses the whole file. A row that is already a participant
     * (same phone or e-mail) is skipped or updates that participant, never added twice. Returns how many rows were
     * added or updated.
     */
    public int importCsv(long experimentId, byte[] file, ExistingRows onExisting) {
        access.requireEditor(experimentId);
        CsvImportPreview preview = ParticipantCsv.read(file);
        if (!preview.ok()) {
            throw new CsvImportException(preview.problems());
        }
        AppUser me = currentUser.require();
        boolean filmingWithdrawn = consents.filmingRefusedByProposer(experimentId);
        LocalDate today = LocalDate.now(clock);
        Known current = new Known(participants.findByExperimentIdAndAnonymisedAtIsNull(experimentId));
        List<Participant> batch = new ArrayList<>(preview.rows().size());
        int updated = 0;
        for (ParticipantDraft raw : preview.rows()) {
            ParticipantDraft d = ParticipantRules.clean(raw);
            if (filmingWithdrawn && d.group() == ParticipantGroup.PROPOSER) {
                d = d.withPhotoConsent(PhotoConsent.REFUSED);
            }
            Participant known = current.find(d);
            if (known != null) {
                if (onExisting == ExistingRows.UPDATE) {
                    known.apply(d, today);
                    known.touch(clock.instant(), me.displayName());
                    updated++;
                }
                continue;
            }
            Participant p = new Participant(experimentId, false, clock.instant(), me.displayName());
            p.apply(d, today);
            batch.add(p);
            current.add(p); // the same person twice in one file is added once
        }
        participants.saveAll(batch);
        audit.announce(experimentId, PeopleLive.PARTICIPANTS, List.of());
        return batch.size() + updated;
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

    /** The participants by phone number (digits only, at least 7) and by e-mail (case ignored). */
    private static final class Known {
        private final Map<String, Participant> byPhone = new HashMap<>();
        private final Map<String, Participant> byEmail = new HashMap<>();

        Known(List<Participant> current) {
            current.forEach(this::add);
        }

        void add(Participant p) {
            String phone = digits(p.getPhone());
            if (phone.length() >= 7) {
                byPhone.putIfAbsent(phone, p);
            }
            String email = email(p.getEmail());
            if (!email.isEmpty()) {
                byEmail.putIfAbsent(email, p);
            }
        }

        @Nullable Participant find(ParticipantDraft d) {
            String phone = digits(d.phone());
            Participant p = phone.length() >= 7 ? byPhone.get(phone) : null;
            return p != null ? p : byEmail.get(email(d.email()));
        }

        private static String email(@Nullable String email) {
            return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        }

        private static String digits(@Nullable String phone) {
            return phone == null ? "" : phone.replaceAll("\\D", "");
        }
    }
}
