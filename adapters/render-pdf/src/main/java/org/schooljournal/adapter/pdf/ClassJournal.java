package org.schooljournal.adapter.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.journal.Journal;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalPage;
import org.schooljournal.core.journal.Journals;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.school.SchoolState;

/**
 * What the printed class journal shows (ARC-1): for each journal of a class over some dates —
 * the year — its page (marks, attendance, topics, homework), its corrected entries (MRK-10) and
 * the entries recorded late, the author's apart from those a declared technical failure caused
 * (ARC-7). Read through the engine's public facets, with the reader's rights (ACC-2, ACC-3).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param classCode the class
 * @param from the first date
 * @param to the last date
 * @param subjects the class's journals, in the school's order of subjects, then those of the
 *     groups made from the class (its halves for a foreign language, its individual curricula)
 */
public record ClassJournal(String classCode, LocalDate from, LocalDate to, List<SubjectJournal> subjects) {

    /**
     * One subject's journal as printed.
     *
     * @param key the journal
     * @param teacherId the subject's teacher of the class, if assigned
     * @param page the page over the dates
     * @param corrected the entries with more than one value, in the order of their numbers
     * @param late the entries recorded late by their author, in the order of their numbers
     * @param lateByFailure the entries late because of a declared failure (ARC-7), in the order of their numbers
     */
    public record SubjectJournal(JournalKey key, Optional<String> teacherId, JournalPage page,
            List<JournalEntry> corrected, List<JournalEntry> late, List<JournalEntry> lateByFailure) {

        /** Copies the lists. */
        public SubjectJournal {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(teacherId, "teacherId");
            Objects.requireNonNull(page, "page");
            corrected = List.copyOf(corrected);
            late = List.copyOf(late);
            lateByFailure = List.copyOf(lateByFailure);
        }

        /** Returns the journal as printed over the dates, both included: its page, corrections and lateness. */
        public static SubjectJournal of(Journal journal, Optional<String> teacherId, LocalDate from, LocalDate to) {
            Objects.requireNonNull(journal, "journal");
            List<JournalEntry> corrected = journal.state().entries(entry -> entry.revisions().size() > 1 && within(entry, from, to));
            return new SubjectJournal(journal.key(), teacherId, journal.page(from, to),
                    sorted(corrected), journal.lateEntries().stream().filter(e -> within(e, from, to)).toList(),
                    journal.lateByFailure().stream().filter(e -> within(e, from, to)).toList());
        }

        private static boolean within(JournalEntry entry, LocalDate from, LocalDate to) {
            return entry.lesson().map(l -> !l.date().isBefore(from) && !l.date().isAfter(to)).orElse(true);
        }

        private static List<JournalEntry> sorted(List<JournalEntry> entries) {
            List<JournalEntry> copy = new ArrayList<>(entries);
            copy.sort(Comparator.comparingInt(JournalEntry::number));
            return copy;
        }
    }

    /** Copies the list. */
    public ClassJournal {
        Objects.requireNonNull(classCode, "classCode");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        subjects = List.copyOf(subjects);
    }

    /**
     * Reads a class's journals, and those of the groups made from it, from the engine over the
     * dates, both included, as the reader may.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader may not read one of the journals
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school does not exist,
     *     VALIDATION if the dates are reversed or too far apart
     */
    public static ClassJournal read(JournalEngine engine, Actor reader, String schoolId, String classCode,
            LocalDate from, LocalDate to) {
        Objects.requireNonNull(engine, "engine");
        SchoolState school = engine.schools().state(reader, schoolId);
        Programme programme = Programme.of(school);
        List<SubjectJournal> subjects = new ArrayList<>();
        List<JournalKey> keys = new ArrayList<>(Journals.keysOf(school, classCode));
        programme.groups().values().stream().filter(group -> group.baseClassCodes().contains(classCode))
                .forEach(group -> keys.addAll(Journals.keysOf(school, group.code())));
        for (JournalKey key : keys) {
            Journal journal = engine.journals().read(reader, schoolId, key);
            subjects.add(SubjectJournal.of(journal, programme.teacherOf(key.holderCode(), key.subjectCode()), from, to));
        }
        return new ClassJournal(classCode, from, to, subjects);
    }
}
