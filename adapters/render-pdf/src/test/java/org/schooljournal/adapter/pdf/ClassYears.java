package org.schooljournal.adapter.pdf;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.EntryTiming;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalPage;
import org.schooljournal.core.journal.LessonKind;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Revision;
import org.schooljournal.core.roster.Student;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.ruleset.RuleId;

/**
 * A whole class-year journal as a model, built straight from journal-core's public records for
 * the size of the printout rather than through the engine: {@value #STUDENTS} students,
 * {@value #SUBJECTS} subjects of three lessons a week from 1 September to 26 May, a mark or an
 * absence in a third of the cells, a correction and a late entry every tenth lesson. Seeded, so
 * every run prints the same.
 */
final class ClassYears {

    static final int STUDENTS = 30;
    static final int SUBJECTS = 12;
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2027, 5, 26);

    private ClassYears() {
    }

    static ClassJournal classYear() {
        Random random = new Random(2026);
        List<Student> students = new ArrayList<>();
        for (int i = 1; i <= STUDENTS; i++) {
            students.add(new Student("s-" + i, "Фамилия" + i, "Имя", "Отчество", LocalDate.of(2015, 1, 1)));
        }
        List<ClassJournal.SubjectJournal> subjects = new ArrayList<>();
        for (int s = 0; s < SUBJECTS; s++) {
            JournalKey key = new JournalKey("5А", "sub" + s);
            List<JournalPage.Lesson> lessons = new ArrayList<>();
            List<LessonRef> refs = new ArrayList<>();
            for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
                DayOfWeek weekday = day.getDayOfWeek();
                if ((weekday.getValue() + s) % 2 == 0 && weekday.getValue() <= 5 || weekday == DayOfWeek.SATURDAY) {
                    LessonRef ref = new LessonRef(day, 1 + s % 6);
                    refs.add(ref);
                    lessons.add(new JournalPage.Lesson(ref, Optional.of(LessonKind.LESSON),
                            Optional.of("Тема урока № " + refs.size()), Optional.of("Параграф " + refs.size() + ", упр. 3–5"),
                            Optional.of("t-" + s), Optional.empty()));
                }
            }
            List<JournalPage.Row> rows = new ArrayList<>();
            for (int i = 0; i < STUDENTS; i++) {
                Map<LessonRef, JournalPage.Cell> cells = new LinkedHashMap<>();
                for (LessonRef ref : refs) {
                    int draw = random.nextInt(9);
                    if (draw < 2) {
                        cells.put(ref, new JournalPage.Cell(List.of(String.valueOf(2 + random.nextInt(4))), Optional.empty(), false));
                    } else if (draw == 2) {
                        cells.put(ref, new JournalPage.Cell(List.of(), Optional.of("н"), false));
                    }
                }
                rows.add(new JournalPage.Row(i + 1, students.get(i), cells));
            }
            List<JournalEntry> corrected = new ArrayList<>();
            List<JournalEntry> late = new ArrayList<>();
            for (int l = 0; l < refs.size(); l += 10) {
                LessonRef ref = refs.get(l);
                Instant at = ref.date().atStartOfDay(PrintedSchool.ZONE).toInstant().plus(Duration.ofHours(10));
                corrected.add(new JournalEntry(l * 2 + 1, EntryKind.MARK, Optional.of(ref), Optional.of("s-" + (1 + l % STUDENTS)),
                        Optional.empty(), Map.of(), List.of(new Revision("3", "t-" + s, at, Optional.empty(), Optional.empty()),
                        new Revision("4", "t-" + s, at.plus(Duration.ofHours(2)), Optional.of("описка"), Optional.empty())),
                        Optional.empty()));
                EntryTiming timing = new EntryTiming(RuleId.ATT_2, Optional.empty(), Optional.of(at),
                        Timeliness.LATE, Duration.ofHours(26), false);
                late.add(new JournalEntry(l * 2 + 2, EntryKind.ATTENDANCE, Optional.of(ref), Optional.of("s-" + (1 + l % STUDENTS)),
                        Optional.empty(), Map.of(), List.of(new Revision("н", "t-" + s, at.plus(Duration.ofHours(26)),
                        Optional.empty(), Optional.of(timing))), Optional.empty()));
            }
            subjects.add(new ClassJournal.SubjectJournal(key, Optional.of("t-" + s), new JournalPage(key, lessons, rows),
                    corrected, late, List.of()));
        }
        return new ClassJournal("5А", FIRST_DAY, LAST_DAY, subjects);
    }

    /** The header of the school of {@link #classYear()}: its subjects and teachers named. */
    static SchoolHeader header() {
        Map<String, String> subjects = new HashMap<>();
        Map<String, String> staff = new HashMap<>();
        for (int s = 0; s < SUBJECTS; s++) {
            subjects.put("sub" + s, "Предмет " + (s + 1));
            staff.put("t-" + s, "Учитель" + (s + 1) + " Имя Отчество");
        }
        return new SchoolHeader(PrintedSchool.NAME, PrintedSchool.ID,
                LAST_DAY.plusDays(20).atTime(10, 0).atZone(PrintedSchool.ZONE), subjects, staff);
    }
}
