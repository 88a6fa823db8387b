package org.schooljournal.examples.schoolday;

import java.io.PrintStream;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.archive.IntegrityReport;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.roster.Roster;

/**
 * Prints where the school's log is kept, what the school is — its name, its numbers, the events in
 * its log — and, at the end, whether its log's hash chain verifies (ARC-4).
 */
final class SchoolSummary {

    private final YugraSchool school;
    private final RussianText russian;
    private final PrintStream out;

    SchoolSummary(YugraSchool school, RussianText russian, PrintStream out) {
        this.school = school;
        this.russian = russian;
        this.out = out;
    }

    /**
     * Prints where the school's log is kept and whether this run set the school up or reopened
     * it; the only line that differs from run to run.
     */
    void printStorage(JournalStorage storage) {
        if (storage.inMemory()) {
            out.println(russian.text("log.memory", school.events()));
        } else if (school.origin() == YugraSchool.Origin.REOPENED) {
            out.println(russian.text("log.reopened", storage, school.events(), storage.folder().orElseThrow()));
        } else {
            out.println(russian.text("log.created", storage, school.events()));
        }
    }

    /** Prints the school's name and numbers. */
    void printHeader() {
        SchoolState state = school.state();
        var profile = state.profile().orElseThrow();
        long teachers = state.roles().values().stream().filter(roles -> roles.contains(Role.SUBJECT_TEACHER)).count();
        out.println(russian.text("header.school", profile.name(), state.schoolId(), profile.zone()));
        out.println(russian.text("header.numbers", SchoolYear.YEAR.label(), state.structure().classes().size(),
                state.structure().staff().size(), teachers, Roster.of(state).students().size(),
                Roster.of(state).guardians().size()));
        out.println(russian.text("header.log", school.events(), russian.instant(YugraSchool.SET_UP_AT)));
    }

    /** Prints the verification of every hash chain of the school: its own and its journals' (ARC-4). */
    void printChain() {
        IntegrityReport integrity = school.engine().archive().verify(YugraSchool.ID);
        out.println(integrity.firstBreak()
                .map(broken -> russian.text("chain.broken", integrity.checked(), broken.sequence(), broken.reason(),
                        broken.streamId()))
                .orElseGet(() -> russian.text("chain.verified", integrity.checked(), integrity.streams().size())));
    }
}
