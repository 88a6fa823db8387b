package org.schooljournal.adapter.oneroster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.spi.JournalException;

/**
 * Imports a OneRoster 1.2 CSV bulk or delta data set into a school through the engine's commands
 * (EXC-3): the year and its study periods, staff, subjects, homeroom classes, study groups, the
 * journals' teachers, pupils with their enrolments, transfers and withdrawals, guardians and their
 * links — and, from a delta set, their changes and removals where the engine has a command for them
 * ({@link TargetSet}, {@link ImportPlan}; docs/exchange.md, "Import: bulk and delta"). The
 * gradebook's files (categories, lineItems, results, scoreScales and their links) and the
 * resources' are checked with the rest but not applied: marks are entered in the journal, under its
 * deadlines.
 *
 * <p>All or nothing. The data set is checked against the binding first ({@link BindingCheck}), then
 * planned into commands ({@link ImportPlan}), then every command is tried on a scratch copy of the
 * school — its log backed up and restored into an engine of its own over the in-memory store — so
 * that every rule of the engine (the identifiers' grammar, people's names, dates, rights) is
 * checked before anything is applied. Any fault of any of these steps refuses the whole set with
 * an {@link OneRosterException} naming each fault's file, line, column, value and rule, and the
 * school is unchanged. Only then are the commands applied to the school. The plan holds only what
 * differs from what the school holds, so a repeat of a data set, bulk or delta, applies nothing.
 *
 * <p>A delta file's rows are merged into what the school holds (its export's rows, by sourcedId);
 * a bulk file's rows are what the school is to hold, but what it holds and the file leaves out is
 * kept and reported ({@link ImportReport#absent()}), not deleted: pupils absent from a bulk
 * users.csv are withdrawn only if the host asks ({@link Options#withdrawAbsent}).
 *
 * <p>A byte order mark at the start of a file is tolerated; values with line breaks are refused
 * ({@link BindingCheck}); extension columns ({@code metadata.*}) that this adapter does not read are
 * returned in the report.
 *
 * <p>This class is immutable and thread-safe; imports into one school should not run at once.
 */
public final class OneRosterImport {

    private final JournalEngine engine;
    private final Clock clock;

    private OneRosterImport(JournalEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Returns the import into the engine's schools; the clock is the engine's, for the scratch copy.
     */
    public static OneRosterImport into(JournalEngine engine, Clock clock) {
        return new OneRosterImport(Objects.requireNonNull(engine, "engine"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Imports a data set into a registered school, acting as the actor (who needs the rights of the
     * head: to set up the year, manage the roster and update class lists, ACC-4).
     *
     * @throws OneRosterException if anything of the set is at fault; nothing is applied
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor may not read the school
     * @throws JournalException if the school changes between the trial and the import (CONFLICT etc.)
     */
    public ImportReport apply(Actor actor, String schoolId, InputStream zip) {
        return apply(actor, schoolId, zip, Options.defaults());
    }

    /**
     * Imports a data set into a registered school with the host's options; see
     * {@link #apply(Actor, String, InputStream)}.
     *
     * @throws OneRosterException if anything of the set is at fault; nothing is applied
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor may not read the school
     * @throws JournalException if the school changes between the trial and the import (CONFLICT etc.)
     */
    public ImportReport apply(Actor actor, String schoolId, InputStream zip, Options options) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(options, "options");
        DataSet set = DataSet.read(zip);
        SchoolState school = engine.schools().state(actor, schoolId);
        DataSet held = TargetSet.wholeSet(set) ? new DataSet(Map.of(), Map.of(), List.of())
                : OneRosterExport.dataSet(school);
        List<RowError> faults = new ArrayList<>(BindingCheck.check(set, held));
        if (!faults.isEmpty()) {
            throw new OneRosterException(faults);
        }
        ZoneId zone = school.profile().map(profile -> profile.zone()).orElse(ZoneOffset.UTC);
        ImportPlan plan = ImportPlan.of(TargetSet.of(set, held, zone), school, options.withdrawAbsentOn());
        if (!plan.faults().isEmpty()) {
            throw new OneRosterException(plan.faults());
        }
        List<Step> steps = plan.steps();
        if (steps.isEmpty()) {
            return new ImportReport(0, extensions(set), plan.absent());
        }
        List<RowError> refused = trial(actor, schoolId, steps);
        if (!refused.isEmpty()) {
            throw new OneRosterException(refused);
        }
        for (Step step : steps) {
            engine.execute(actor, step.command());
        }
        return new ImportReport(steps.size(), extensions(set), plan.absent());
    }

    /**
     * What the host asks of an import beyond the binding: whether pupils in a class now whom a bulk
     * users.csv leaves out are withdrawn, and on which day (by default they are kept and reported).
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param withdrawAbsentOn the first day the pupils absent from a bulk users.csv are no longer in
     *     the school, if they are to be withdrawn
     */
    public record Options(Optional<LocalDate> withdrawAbsentOn) {

        /** Checks the options. */
        public Options {
            Objects.requireNonNull(withdrawAbsentOn, "withdrawAbsentOn");
        }

        /** Returns the defaults: what a bulk file leaves out is kept and reported. */
        public static Options defaults() {
            return new Options(Optional.empty());
        }

        /** Returns these options, withdrawing from {@code date} the pupils a bulk users.csv leaves out. */
        public Options withdrawAbsent(LocalDate date) {
            return new Options(Optional.of(Objects.requireNonNull(date, "date")));
        }
    }

    /** The embedded in-memory store (journal-core's run-time default), which holds the scratch copy. */
    private static final String SCRATCH_STORE = "memory";

    /** Tries every step on a scratch copy of the school; returns the faults of the steps refused. */
    private List<RowError> trial(Actor actor, String schoolId, List<Step> steps) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("oneroster-trial");
            Path backup = folder.resolve("school.jsonl");
            engine.archive().backup(schoolId, backup);
            List<RowError> refused = new ArrayList<>();
            // In memory always: a host's own store (its database, say) is never the scratch copy's.
            try (JournalEngine scratch = JournalEngine.builder().storageProvider(SCRATCH_STORE, Map.of()).clock(clock)
                    .build()) {
                scratch.archive().restore(backup);
                for (Step step : steps) {
                    try {
                        scratch.execute(actor, step.command());
                    } catch (InvalidCommandException e) {
                        e.violations().forEach(v -> refused.add(step.fault(v.field(), v.value(), v.rule())));
                    } catch (NotFoundException e) {
                        refused.add(step.fault(e.field(), e.value(), e.getMessage()));
                    } catch (JournalException e) {
                        refused.add(step.fault("", "", e.code() + ": " + e.getMessage()));
                    }
                }
            }
            return refused;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the scratch copy of school " + schoolId, e);
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the scratch copy " + folder, e);
        }
    }

    private static List<ImportReport.Extension> extensions(DataSet set) {
        List<ImportReport.Extension> extensions = new ArrayList<>();
        for (Table table : set.tables().values()) {
            for (Table.Row row : table.rows()) {
                for (Map.Entry<String, String> entry : table.metadata(row).entrySet()) {
                    if (!entry.getKey().startsWith("metadata.journal.") && !entry.getValue().isEmpty()) {
                        extensions.add(new ImportReport.Extension(table.file().entryName(),
                                table.value(row, "sourcedId"), entry.getKey(), entry.getValue()));
                    }
                }
            }
        }
        return extensions;
    }
}
