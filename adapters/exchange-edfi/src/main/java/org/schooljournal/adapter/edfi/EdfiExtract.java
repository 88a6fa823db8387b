package org.schooljournal.adapter.edfi;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.Journals;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.NoteKind;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.programme.StudyGroup;
import org.schooljournal.core.roster.Movement;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.LessonSlot;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * What an Ed-Fi host takes of a school's year (EXC-1, REP-10), read through journal-core's public
 * API: every journal's absences and lateness notes as section attendance events, and its period
 * and year marks as grades. Only current values count: a corrected entry gives its last value, an
 * entry a correction removed or a compromised account voided (PD-4) gives nothing.
 *
 * <p>Ed-Fi keys an attendance event by pupil, section, date and category, so the absences of one
 * category from the lessons of a journal on a day (a double lesson) are one event listing the
 * lessons as class periods.
 *
 * <p>A journal is a section ({@code 5А-math}) of the course offering of its subject in the
 * session of the academic year; the pupil's association with it begins on the day they entered
 * the journal's class (a group's journal: the later of the year's first day and their arrival at
 * school). A lateness is a teacher's note of kind {@link NoteKind#LATENESS} on a pupil; its
 * minutes are the number before «мин» in the note («опоздал на 10 минут»), and the pupil arrived
 * that long after the lesson's bell, where the bell schedule of the class has the lesson.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EdfiExtract {

    private static final Pattern MINUTES = Pattern.compile("([0-9]{1,4})\\s*мин",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final List<SectionAttendanceEvent> attendance;
    private final List<SectionGrade> grades;

    private EdfiExtract(List<SectionAttendanceEvent> attendance, List<SectionGrade> grades) {
        this.attendance = List.copyOf(attendance);
        this.grades = List.copyOf(grades);
    }

    /**
     * Reads a school's year for Ed-Fi.
     *
     * @param engine the engine holding the school
     * @param reader who reads it: one who may read the whole school, the administration (PD-2)
     * @param schoolId the school
     * @param edfiSchoolId the school's Ed-Fi {@code SchoolId}, a positive number the host gives
     * @throws IllegalArgumentException if the Ed-Fi school identifier is not positive, or a value
     *     breaks a limit of the Ed-Fi schema (a pupil's identifier longer than 32 characters)
     * @throws IllegalStateException if the school has no academic year
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader may not read the
     *     whole school
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered
     */
    public static EdfiExtract of(JournalEngine engine, Actor reader, String schoolId, long edfiSchoolId) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(schoolId, "schoolId");
        if (edfiSchoolId <= 0) {
            throw new IllegalArgumentException("edfiSchoolId must be a positive Ed-Fi SchoolId, was " + edfiSchoolId);
        }
        SchoolState school = engine.schools().state(reader, schoolId);
        AcademicYear year = school.structure().academicYear().orElseThrow(() -> new IllegalStateException(
                "school " + schoolId + " has no academic year (YR-1): an Ed-Fi session is the academic year"));
        SchoolCalendar calendar = engine.schools().rules(school).calendar();
        Programme programme = Programme.of(school);
        Roster roster = Roster.of(school);
        List<String> holders = new ArrayList<>(school.structure().classes().keySet());
        holders.addAll(programme.groups().keySet());
        List<SectionAttendanceEvent> attendance = new ArrayList<>();
        List<SectionGrade> grades = new ArrayList<>();
        for (String holder : holders) {
            for (JournalKey key : Journals.keysOf(school, holder)) {
                Section section = new Section(edfiSchoolId, year.startYear(), year.label(), key.subjectCode(),
                        key.holderCode() + "-" + key.subjectCode());
                JournalState journal = engine.journals().read(reader, schoolId, key).state();
                String bellsOf = programme.group(holder).map(StudyGroup::baseClassCodes).map(codes -> codes.get(0))
                        .orElse(holder);
                List<SectionAttendanceEvent> lessons = new ArrayList<>(absences(journal, section));
                lessons.addAll(lateness(journal, section, calendar, bellsOf));
                attendance.addAll(folded(lessons));
                grades.addAll(grades(journal, section, roster, year));
            }
        }
        attendance.sort(Comparator.comparing(SectionAttendanceEvent::eventDate)
                .thenComparing(e -> e.section().sectionIdentifier()).thenComparing(SectionAttendanceEvent::studentUniqueId));
        return new EdfiExtract(attendance, grades);
    }

    /** Returns the section attendance events, by date, section and pupil. */
    public List<SectionAttendanceEvent> attendance() {
        return attendance;
    }

    /** Returns the grades: by journal, then in the order the marks were set. */
    public List<SectionGrade> grades() {
        return grades;
    }

    private static List<SectionAttendanceEvent> absences(JournalState journal, Section section) {
        List<SectionAttendanceEvent> events = new ArrayList<>();
        for (JournalEntry entry : journal.entries(EntryKind.ATTENDANCE)) {
            if (!entry.present() || entry.lesson().isEmpty() || entry.studentId().isEmpty()) {
                continue;
            }
            Optional<AbsenceCode> code = AbsenceCode.ofCode(entry.current().value());
            LessonRef lesson = entry.lesson().get();
            code.ifPresent(c -> events.add(new SectionAttendanceEvent(entry.studentId().get(), section,
                    lesson.date(), AttendanceCategory.of(c),
                    c == AbsenceCode.UNEXCUSED ? Optional.empty() : Optional.of(EdfiTexts.text("reason." + c.name())),
                    Optional.empty(), List.of(lesson.slot()))));
        }
        return events;
    }

    private static List<SectionAttendanceEvent> lateness(JournalState journal, Section section, SchoolCalendar calendar,
            String bellsOf) {
        List<SectionAttendanceEvent> events = new ArrayList<>();
        for (JournalEntry entry : journal.entries(EntryKind.NOTE)) {
            if (!entry.present() || entry.lesson().isEmpty() || entry.studentId().isEmpty()
                    || !entry.detail("kind").filter(NoteKind.LATENESS.name()::equals).isPresent()) {
                continue;
            }
            LessonRef lesson = entry.lesson().get();
            Optional<Integer> minutes = minutes(entry.current().value());
            Optional<String> reason = Optional.of(minutes.map(m -> EdfiTexts.text("reason.lateness", m))
                    .orElseGet(() -> EdfiTexts.text("reason.lateness.unknown")));
            Optional<LocalTime> arrival = minutes.flatMap(m -> bell(calendar, bellsOf, lesson)
                    .filter(start -> start.toSecondOfDay() + m * 60 < 24 * 60 * 60)
                    .map(start -> start.plusMinutes(m)));
            events.add(new SectionAttendanceEvent(entry.studentId().get(), section, lesson.date(),
                    AttendanceCategory.TARDY, reason, arrival, List.of(lesson.slot())));
        }
        return events;
    }

    /**
     * Folds the events Ed-Fi keys alike — pupil, section, date, category — into one: the lessons of
     * a double lesson become the class periods of one event, their distinct reasons joined, the
     * earliest arrival kept.
     */
    private static List<SectionAttendanceEvent> folded(List<SectionAttendanceEvent> events) {
        Map<List<Object>, List<SectionAttendanceEvent>> byKey = new LinkedHashMap<>();
        for (SectionAttendanceEvent event : events) {
            byKey.computeIfAbsent(List.of(event.studentUniqueId(), event.eventDate(), event.category()),
                    key -> new ArrayList<>()).add(event);
        }
        List<SectionAttendanceEvent> folded = new ArrayList<>();
        for (List<SectionAttendanceEvent> alike : byKey.values()) {
            SectionAttendanceEvent first = alike.get(0);
            List<String> reasons = alike.stream().flatMap(e -> e.reason().stream()).distinct().toList();
            folded.add(alike.size() == 1 ? first : new SectionAttendanceEvent(first.studentUniqueId(), first.section(),
                    first.eventDate(), first.category(),
                    reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons)),
                    alike.stream().flatMap(e -> e.arrivalTime().stream()).min(Comparator.naturalOrder()),
                    alike.stream().flatMap(e -> e.classPeriods().stream()).distinct().sorted().toList()));
        }
        return folded;
    }

    private static Optional<Integer> minutes(String note) {
        Matcher matcher = MINUTES.matcher(note);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))).filter(m -> m > 0 && m < 24 * 60)
                : Optional.empty();
    }

    private static Optional<LocalTime> bell(SchoolCalendar calendar, String classCode, LessonRef lesson) {
        if (!calendar.classCodes().contains(classCode)) {
            return Optional.empty();
        }
        return calendar.classSchedule(classCode).bells().slot(lesson.date().getDayOfWeek(), lesson.slot())
                .map(LessonSlot::start);
    }

    private static List<SectionGrade> grades(JournalState journal, Section section, Roster roster,
            AcademicYear year) {
        List<SectionGrade> grades = new ArrayList<>();
        for (JournalEntry entry : journal.entries(EntryKind.PERIOD_MARK)) {
            if (!entry.present() || entry.period().isEmpty() || entry.studentId().isEmpty()) {
                continue;
            }
            String student = entry.studentId().get();
            GradingPeriod period = new GradingPeriod(section.schoolId(), section.schoolYear(),
                    PeriodRef.parse(entry.period().get()));
            grades.add(new SectionGrade(student, section, beginDate(roster, student, journal.key(), year), period,
                    GradeEarned.of(entry.current().value())));
        }
        return grades;
    }

    /**
     * Returns the day the pupil joined the journal: the day they entered its class, or, for a group's
     * journal, the later of the year's first day and their first day at school.
     */
    private static LocalDate beginDate(Roster roster, String student, JournalKey key, AcademicYear year) {
        List<Movement> movements = roster.historyOf(student).movements();
        Optional<LocalDate> entered = movements.stream().filter(m -> m.toClass().filter(key.holderCode()::equals)
                .isPresent()).map(Movement::date).reduce((first, last) -> last);
        if (entered.isPresent()) {
            return entered.get();
        }
        LocalDate arrived = movements.isEmpty() ? year.firstDay() : movements.get(0).date();
        return arrived.isAfter(year.firstDay()) ? arrived : year.firstDay();
    }
}
