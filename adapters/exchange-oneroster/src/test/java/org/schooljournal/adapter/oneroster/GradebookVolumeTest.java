package org.schooljournal.adapter.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.AddRoom;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.AddTimetableEntry;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.SubjectComponent;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.school.AddStudyPeriod;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.SetAcademicYear;
import org.schooljournal.core.school.SetBellSchedule;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.LessonSlot;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * The gradebook's cost (REP-10): a class of pupils with a mark for every pupil at every Monday to
 * Friday lesson of a subject for the first two quarters, exported with its gradebook: the data set
 * made once cold, then the zip written 20 times and the mean taken. A
 * measurement, not a unit test: run it with {@code -Doneroster.large=true} ({@code -Doneroster.pupils=N}
 * for another class size, 30 unless set).
 */
@Tag("REP-10")
@EnabledIfSystemProperty(named = "oneroster.large", matches = "true")
class GradebookVolumeTest {

    @Test
    @DisplayName("REP-10: a half-year of daily marks of a class is exported with its gradebook, every mark a result (measured)")
    void halfYearOfMarks() {
        int pupils = Integer.getInteger("oneroster.pupils", 30);
        RosterSchool school = RosterSchool.empty();
        String id = RosterSchool.ID;
        LocalDate first = LocalDate.of(2026, 9, 1);
        LocalDate last = LocalDate.of(2026, 12, 25);
        school.run(new SetAcademicYear(id, new AcademicYear(2026, first, LocalDate.of(2027, 5, 26))));
        school.run(new AddStudyPeriod(id, StudyPeriod.of(PeriodKind.QUARTER, 1, first, LocalDate.of(2026, 10, 23))));
        school.run(new AddStudyPeriod(id, StudyPeriod.of(PeriodKind.QUARTER, 2, LocalDate.of(2026, 11, 2), last)));
        school.run(new HireStaff(id, "t-math", "Петрова", "Мария", "Ивановна"));
        school.run(new OpenClass(id, "5А", 5, "t-math"));
        school.run(new AddSubject(id, "math", "Математика", SubjectComponent.FEDERAL));
        school.run(new AssignTeachingLoad(id, "t-math", "math", "5А"));
        Map<DayOfWeek, List<LessonSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new LessonSlot(1, LocalTime.of(8, 30), LocalTime.of(9, 10))));
        }
        school.run(new SetBellSchedule(id, "5А", week));
        school.run(new AddRoom(id, "201", "Кабинет 201"));
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            school.run(new AddTimetableEntry(id, "5А", day, 1, ActivityKind.LESSON, "math", "t-math", "201"));
        }
        for (int p = 0; p < pupils; p++) {
            school.run(new EnrolStudent(id, "s-" + p, "Ученик", "Пётр", "", LocalDate.of(2015, 3, 1), "5А", first));
        }
        JournalKey math = new JournalKey("5А", "math");
        int marks = 0;
        long recordStart = System.nanoTime();
        SchoolCalendar calendar = school.engine.schools().rules(school.state()).calendar();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (!calendar.isSchoolDay("5А", day)) {
                continue;
            }
            school.at(day, LocalTime.of(8, 45));
            for (int p = 0; p < pupils; p++) {
                school.engine.execute(RosterSchool.MATH, RecordMark.of(id, math, new LessonRef(day, 1), "s-" + p,
                        Mark.of(Integer.toString(2 + (p + day.getDayOfMonth()) % 4)), WorkKind.CLASSWORK));
                marks++;
            }
        }
        long recordNanos = System.nanoTime() - recordStart;

        long exportStart = System.nanoTime();
        DataSet set = school.gradebookSet();
        long exportNanos = System.nanoTime() - exportStart;
        int rounds = 20;
        long warmStart = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            OneRosterExport.write(school.engine, RosterSchool.HEAD, id, new ByteArrayOutputStream());
        }
        long warmNanos = (System.nanoTime() - warmStart) / rounds;

        System.out.printf("OneRoster gradebook, %d pupils: %d marks recorded in %.2f s; data set made in %.2f s cold;"
                + " zip written in %.3f s warm (%.1f µs a mark, mean of %d)%n", pupils, marks, recordNanos / 1e9,
                exportNanos / 1e9, warmNanos / 1e9, warmNanos / 1e3 / marks, rounds);
        assertThat(set.table(OneRosterFile.RESULTS).orElseThrow().rows()).hasSize(marks);
        assertThat(BindingCheck.check(set)).isEmpty();
    }
}
