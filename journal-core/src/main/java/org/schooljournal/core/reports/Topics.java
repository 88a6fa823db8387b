package org.schooljournal.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.roster.StudentOrder;
import org.schooljournal.core.school.SchoolState;

/** The fold of journals into a {@link TopicsReport} (REP-3, REP-4). */
final class Topics {

    private static final Set<String> UNSATISFACTORY = Set.of("1", "2", "незач");

    private Topics() {
    }

    /**
     * Returns the report over the journals for the pupils the predicate accepts.
     *
     * @param school the school's state as of the instant
     * @param journals the journals' states as of the instant
     */
    static TopicsReport of(TopicsReport.Kind kind, String scope, SchoolState school,
            Map<JournalKey, JournalState> journals, LocalDate from, LocalDate to, Instant asOf,
            Predicate<String> pupils) {
        EntryKind entryKind = kind == TopicsReport.Kind.MISSED ? EntryKind.ATTENDANCE : EntryKind.MARK;
        Programme programme = Programme.of(school);
        Map<String, List<TopicsReport.Lesson>> byPupil = new HashMap<>();
        journals.forEach((key, journal) -> {
            Map<LessonRef, String> topics = new HashMap<>();
            for (JournalEntry topic : journal.entries(EntryKind.TOPIC)) {
                if (topic.present()) {
                    topic.lesson().ifPresent(lesson -> topics.put(lesson, topic.current().value()));
                }
            }
            for (JournalEntry entry : journal.entries(entryKind)) {
                Optional<LessonRef> lesson = entry.lesson().filter(l -> !l.date().isBefore(from) && !l.date().isAfter(to));
                String value = entry.current().value();
                if (lesson.isEmpty() || !entry.present() || entry.studentId().filter(pupils).isEmpty()
                        || (kind == TopicsReport.Kind.UNSATISFACTORY && !UNSATISFACTORY.contains(value))) {
                    continue;
                }
                byPupil.computeIfAbsent(entry.studentId().get(), id -> new ArrayList<>()).add(new TopicsReport.Lesson(
                        lesson.get().date(), lesson.get().slot(), key.subjectCode(),
                        programme.subjectName(key.subjectCode()), Optional.ofNullable(topics.get(lesson.get())), value));
            }
        });
        Roster roster = Roster.of(school);
        List<Student> students = StudentOrder.sort(byPupil.keySet().stream()
                .flatMap(id -> roster.student(id).stream()).toList());
        List<TopicsReport.Pupil> lines = new ArrayList<>();
        for (Student student : students) {
            List<TopicsReport.Lesson> lessons = new ArrayList<>(byPupil.get(student.personId()));
            lessons.sort(Comparator.comparing(TopicsReport.Lesson::date).thenComparingInt(TopicsReport.Lesson::slot)
                    .thenComparing(TopicsReport.Lesson::subjectCode));
            lines.add(new TopicsReport.Pupil(lines.size() + 1, student, lessons));
        }
        return new TopicsReport(kind, scope, from, to, asOf, lines);
    }
}
