package org.schooljournal.adapter.oneroster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.spi.JournalException;

/**
 * Imports a OneRoster 1.2 CSV bulk data set into a school through the engine's commands (EXC-3):
 * the year and its study periods, staff, subjects, homeroom classes, study groups, the journals' teachers, pupils
 * with their enrolments, transfers and withdrawals, guardians and their links. The gradebook's
 * files (categories, lineItems, results, scoreScales and their links) and the resources' are
 * checked with the rest but not applied: marks are entered in the journal, under its deadlines.
 *
 * <p>All or nothing. The data set is checked against the binding first ({@link BindingCheck}), then
 * planned into commands ({@link ImportPlan}), then every command is tried on a scratch copy of the
 * school — its log backed up and restored into an engine of its own over the in-memory store — so
 * that every rule of the engine (the identifiers' grammar, people's names, dates, rights) is
 * checked before anything is applied. Any fault of any of these steps refuses the whole set with
 * an {@link OneRosterException} naming each fault's file, line, column, value and rule, and the
 * school is unchanged. Only then are the commands applied to the school. What the school holds
 * already is left out of the plan, so a repeat of a data set applies nothing.
 *
 * <p>A byte order mark at the start of a file is tolerated; values with line breaks are refused
 * ({@link BindingCheck}); extension columns ({@code metadata.*}) that this adapter does not read are
 * returned in the report. Delta data sets are not imported yet.
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
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(schoolId, "schoolId");
        DataSet set = DataSet.read(zip);
        List<RowError> faults = new ArrayList<>(BindingCheck.check(set));
        if (!faults.isEmpty()) {
            throw new OneRosterException(faults);
        }
        if (!set.manifest().values().stream().allMatch(mode -> !mode.equals("delta"))) {
            throw new OneRosterException(List.of(new RowError(DataSet.MANIFEST, 0, "value", "delta",
                    "delta data sets are not imported yet; give a bulk data set")));
        }
        SchoolState school = engine.schools().state(actor, schoolId);
        ImportPlan plan = ImportPlan.of(set, school);
        if (!plan.faults().isEmpty()) {
            throw new OneRosterException(plan.faults());
        }
        List<Step> steps = plan.steps();
        if (steps.isEmpty()) {
            return new ImportReport(0, extensions(set));
        }
        List<RowError> refused = trial(actor, schoolId, steps);
        if (!refused.isEmpty()) {
            throw new OneRosterException(refused);
        }
        for (Step step : steps) {
            engine.execute(actor, step.command());
        }
        return new ImportReport(steps.size(), extensions(set));
    }

    /** Tries every step on a scratch copy of the school; returns the faults of the steps refused. */
    private List<RowError> trial(Actor actor, String schoolId, List<Step> steps) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("oneroster-trial");
            Path backup = folder.resolve("school.jsonl");
            engine.archive().backup(schoolId, backup);
            List<RowError> refused = new ArrayList<>();
            try (JournalEngine scratch = JournalEngine.builder().clock(clock).build()) {
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
