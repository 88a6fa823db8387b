package org.schooljournal.adapter.oneroster;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.programme.StudyGroup;
import org.schooljournal.core.programme.Subject;
import org.schooljournal.core.programme.TeachingAssignment;
import org.schooljournal.core.roster.Guardian;
import org.schooljournal.core.roster.Movement;
import org.schooljournal.core.roster.MovementKind;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolClass;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.StaffMember;
import org.schooljournal.core.school.Structure;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * A school's year as a OneRoster 1.2 CSV bulk data set (EXC-1, REP-10): the school (orgs), its year
 * and study periods (academicSessions), its subjects (courses), a homeroom class per class and a
 * scheduled class per journal (classes), its staff, pupils and guardians (users, roles), the
 * pupils' dates of birth (demographics), and who is in which class from when to when
 * (enrollments) — the rostering files, from the school's state alone; and, read from the engine's
 * journals, the gradebook: kinds of work (categories), works and period marks (lineItems), marks
 * (results) and grading systems (scoreScales, lineItemScoreScales). The mapping is in
 * docs/exchange.md. The school's state and its journals are read as the reader may: the whole
 * school only by the administration (PD-2).
 *
 * <p>A file with no row is left out of the zip and named {@code absent} in the manifest, as the
 * binding asks (§3: "Files that contain no data rows are NOT permitted"). Every sourcedId derives from the engine's identifiers ({@link SourcedIds}), so that two exports
 * of one school give the same ids (and the same bytes). A bulk set's rows leave status and
 * dateLastModified blank: the set is the whole of the school, as of the moment it is made.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OneRosterExport {

    private OneRosterExport() {
    }

    /**
     * Writes the school's data set as a zip.
     *
     * @param school the school's state
     * @param zip where to write; left open
     * @throws IllegalArgumentException if the school is not registered, or has classes but no year
     * @throws java.io.UncheckedIOException if the stream cannot be written
     */
    public static void write(SchoolState school, OutputStream zip) {
        dataSet(school).write(zip);
    }

    /**
     * Writes the school's data set with its gradebook as a zip.
     *
     * @param engine the engine holding the school
     * @param reader who reads it: one who may read the school's state and every journal (PD-2)
     * @param schoolId the school
     * @param zip where to write; left open
     * @throws IllegalArgumentException if the school has classes or marks but no year
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader may not read the
     *     school or one of its journals
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered
     * @throws java.io.UncheckedIOException if the stream cannot be written
     */
    public static void write(JournalEngine engine, Actor reader, String schoolId, OutputStream zip) {
        dataSet(engine, reader, schoolId).write(zip);
    }

    /**
     * Returns the school's data set with its gradebook: the rostering files of
     * {@link #dataSet(SchoolState)}, and categories, lineItems, lineItemScoreScales, results and
     * scoreScales from its journals.
     *
     * @param engine the engine holding the school
     * @param reader who reads it: one who may read the school's state and every journal (PD-2)
     * @param schoolId the school
     * @throws IllegalArgumentException if the school has classes or marks but no year
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader may not read the
     *     school or one of its journals
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered
     */
    public static DataSet dataSet(JournalEngine engine, Actor reader, String schoolId) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(schoolId, "schoolId");
        SchoolState school = engine.schools().state(reader, schoolId);
        List<Table> tables = new ArrayList<>(rostering(school));
        tables.addAll(Gradebook.tables(engine, reader, school));
        return dataSet(tables);
    }

    /**
     * Returns the school's data set of rostering files: what its state alone holds, without the gradebook.
     *
     * @throws IllegalArgumentException if the school is not registered, or has classes but no year
     */
    public static DataSet dataSet(SchoolState school) {
        return dataSet(rostering(school));
    }

    /** Returns the data set of the tables that have rows, with its manifest. */
    private static DataSet dataSet(List<Table> built) {
        Map<OneRosterFile, Table> tables = new EnumMap<>(OneRosterFile.class);
        for (Table table : built) {
            if (!table.rows().isEmpty()) {
                tables.put(table.file(), table);
            }
        }
        return new DataSet(manifest(tables), tables, List.of());
    }

    private static List<Table> rostering(SchoolState school) {
        Objects.requireNonNull(school, "school");
        if (!school.registered()) {
            throw new IllegalArgumentException("school " + school.schoolId() + " is not registered");
        }
        Structure structure = school.structure();
        Programme programme = Programme.of(school);
        Roster roster = Roster.of(school);
        String org = school.schoolId();
        Optional<String> year = structure.academicYear().map(AcademicYear::startYear).map(SourcedIds::year);
        if (year.isEmpty() && !structure.classes().isEmpty()) {
            throw new IllegalArgumentException("school " + org + " has classes but no academic year: a OneRoster class"
                    + " must name its term (termSourcedIds)");
        }

        TableBuilder orgs = new TableBuilder(OneRosterFile.ORGS)
                .row(org, "name", school.profile().orElseThrow().name(), "type", "school", "identifier", org);

        TableBuilder sessions = new TableBuilder(OneRosterFile.ACADEMIC_SESSIONS);
        structure.academicYear().ifPresent(y -> sessions.row(year.orElseThrow(), "title", y.label(), "type",
                "schoolYear", "startDate", y.firstDay().toString(), "endDate", y.lastDay().toString(),
                "schoolYear", Integer.toString(y.startYear() + 1)));
        structure.studyPeriods().stream()
                .sorted(Comparator.comparing(StudyPeriod::kind).thenComparing(StudyPeriod::number))
                .forEach(p -> sessions.row(SourcedIds.period(p.kind(), p.number()), "title",
                        Titles.period(p.kind(), p.number()), "type", p.kind() == PeriodKind.SEMESTER ? "semester" : "term",
                        "startDate", p.firstDay().toString(), "endDate", p.lastDay().toString(),
                        "parentSourcedId", year.orElse(""),
                        "schoolYear", structure.academicYear().map(y -> Integer.toString(y.startYear() + 1))
                                .orElse(Integer.toString(p.lastDay().getYear()))));

        TableBuilder courses = new TableBuilder(OneRosterFile.COURSES, "metadata.journal.component");
        programme.subjects().values().stream().sorted(Comparator.comparing(Subject::code))
                .forEach(s -> courses.row(SourcedIds.course(s.code()), "schoolYearSourcedId", year.orElse(""),
                        "title", s.name(), "courseCode", s.code(), "orgSourcedId", org, "subjects", s.name(),
                        "metadata.journal.component", s.component().name()));
        if (!structure.classes().isEmpty()) {
            courses.row(SourcedIds.HOMEROOM_COURSE, "schoolYearSourcedId", year.orElse(""),
                    "title", Titles.homeroomCourse(), "orgSourcedId", org);
        }

        TableBuilder classes = new TableBuilder(OneRosterFile.CLASSES, "metadata.journal.groupKind",
                "metadata.journal.baseClasses", "metadata.journal.groupStudent");
        TableBuilder enrollments = new TableBuilder(OneRosterFile.ENROLLMENTS,
                "metadata.journal.withdrawalReason");
        Map<String, List<Stint>> stintsByClass = stintsByClass(roster);
        String terms = year.orElse("");
        for (SchoolClass schoolClass : sorted(structure.classes())) {
            String id = SourcedIds.homeroom(schoolClass.code());
            classes.row(id, "title", schoolClass.code(), "grades", grade(schoolClass.grade()), "courseSourcedId",
                    SourcedIds.HOMEROOM_COURSE, "classCode", schoolClass.code(), "classType", "homeroom",
                    "schoolSourcedId", org, "termSourcedIds", terms);
            enrollments.row(SourcedIds.teaching(id, schoolClass.homeroomTeacherId()), "classSourcedId", id,
                    "schoolSourcedId", org, "userSourcedId", schoolClass.homeroomTeacherId(), "role", "teacher",
                    "primary", "true");
            attending(enrollments, id, org, stintsByClass.getOrDefault(schoolClass.code(), List.of()));
        }
        for (TeachingAssignment load : programme.teachingLoad()) {
            String id = SourcedIds.journal(load.holderCode(), load.subjectCode());
            Optional<StudyGroup> group = programme.group(load.holderCode());
            Optional<Integer> grade = group.map(StudyGroup::grade)
                    .or(() -> structure.schoolClass(load.holderCode()).map(SchoolClass::grade));
            classes.row(id, "title", load.holderCode() + " " + programme.subjectName(load.subjectCode()),
                    "grades", grade.map(OneRosterExport::grade).orElse(""),
                    "courseSourcedId", SourcedIds.course(load.subjectCode()), "classCode", load.holderCode(),
                    "classType", "scheduled", "schoolSourcedId", org, "termSourcedIds", terms,
                    "subjects", programme.subjectName(load.subjectCode()), "subjectCodes", load.subjectCode(),
                    "metadata.journal.groupKind", group.map(g -> g.kind().name()).orElse(""),
                    "metadata.journal.baseClasses", group.map(g -> String.join(",", g.baseClassCodes())).orElse(""),
                    "metadata.journal.groupStudent", group.flatMap(StudyGroup::studentId).orElse(""));
            enrollments.row(SourcedIds.teaching(id, load.teacherId()), "classSourcedId", id, "schoolSourcedId", org,
                    "userSourcedId", load.teacherId(), "role", "teacher", "primary", "true");
            attending(enrollments, id, org, group.map(g -> members(g, stintsByClass))
                    .orElseGet(() -> stintsByClass.getOrDefault(load.holderCode(), List.of())));
        }

        TableBuilder users = new TableBuilder(OneRosterFile.USERS);
        TableBuilder roles = new TableBuilder(OneRosterFile.ROLES);
        TableBuilder demographics = new TableBuilder(OneRosterFile.DEMOGRAPHICS);
        Map<String, Integer> rolesOf = new LinkedHashMap<>();
        for (StaffMember staff : sorted(structure.staff())) {
            users.row(staff.personId(), user(staff.surname(), staff.name(), staff.patronymic(), staff.personId(), org,
                    "", ""));
            role(roles, rolesOf, staff.personId(), "teacher", org);
        }
        for (Student student : sorted(roster.students())) {
            String agents = String.join(",", roster.guardiansOf(student.personId()).stream()
                    .map(Guardian::personId).sorted().toList());
            String grade = roster.currentClassOf(student.personId()).flatMap(structure::schoolClass)
                    .map(c -> grade(c.grade())).orElse("");
            users.row(student.personId(), user(student.surname(), student.name(), student.patronymic(),
                    student.personId(), org, agents, grade));
            role(roles, rolesOf, student.personId(), "student", org);
            demographics.row(student.personId(), "birthDate", student.birthDate().toString());
        }
        for (Guardian guardian : sorted(roster.guardians())) {
            String agents = String.join(",", roster.studentsOf(guardian.personId()).stream()
                    .map(Student::personId).sorted().toList());
            users.row(guardian.personId(), user(guardian.surname(), guardian.name(), guardian.patronymic(),
                    guardian.personId(), org, agents, ""));
            role(roles, rolesOf, guardian.personId(), "guardian", org);
        }

        return List.of(orgs, sessions, courses, classes, users, roles, demographics, enrollments).stream()
                .map(TableBuilder::build).toList();
    }

    private static Map<String, String> manifest(Map<OneRosterFile, Table> tables) {
        Map<String, String> manifest = new LinkedHashMap<>();
        manifest.put("manifest.version", "1.0");
        manifest.put("oneroster.version", "1.2");
        for (String file : OneRosterFile.manifestFiles()) {
            boolean present = OneRosterFile.named(file).map(tables::containsKey).orElse(false);
            manifest.put("file." + file, present ? "bulk" : "absent");
        }
        manifest.put("source.systemName", "School Journal");
        manifest.put("source.systemCode", "school-journal");
        return manifest;
    }

    private static String[] user(String surname, String name, String patronymic, String personId, String org,
            String agents, String grades) {
        return new String[] {"enabledUser", "true", "username", personId, "givenName", name, "familyName", surname, "middleName", patronymic,
            "identifier", personId, "agentSourcedIds", agents, "grades", grades, "primaryOrgSourcedId", org};
    }

    private static void role(TableBuilder roles, Map<String, Integer> rolesOf, String personId, String role,
            String org) {
        int held = rolesOf.merge(personId, 1, Integer::sum);
        roles.row(SourcedIds.role(personId, role), "userSourcedId", personId, "roleType",
                held == 1 ? "primary" : "secondary", "role", role, "orgSourcedId", org);
    }

    private static void attending(TableBuilder enrollments, String classId, String org, List<Stint> stints) {
        for (Stint stint : stints) {
            enrollments.row(SourcedIds.attending(classId, stint.studentId(), stint.begin()), "classSourcedId", classId,
                    "schoolSourcedId", org, "userSourcedId", stint.studentId(), "role", "student", "primary", "false",
                    "beginDate", stint.begin().toString(), "endDate", stint.end().map(LocalDate::toString).orElse(""),
                    "metadata.journal.withdrawalReason", stint.reason());
        }
    }

    /**
     * Returns a group's pupils' times in its base classes: every pupil of those classes, or the one
     * pupil of an individual curriculum's group (the school records no other membership of a group).
     */
    private static List<Stint> members(StudyGroup group, Map<String, List<Stint>> stintsByClass) {
        return group.baseClassCodes().stream().flatMap(code -> stintsByClass.getOrDefault(code, List.of()).stream())
                .filter(stint -> group.studentId().map(stint.studentId()::equals).orElse(true)).toList();
    }

    /** A pupil's time in one class: from the movement into it to the one out of it, if any. */
    private record Stint(String studentId, String classCode, LocalDate begin, Optional<LocalDate> end, String reason) {
    }

    private static Map<String, List<Stint>> stintsByClass(Roster roster) {
        Map<String, List<Stint>> byClass = new LinkedHashMap<>();
        for (Student student : sorted(roster.students())) {
            List<Movement> movements = roster.historyOf(student.personId()).movements();
            for (int i = 0; i < movements.size(); i++) {
                Movement in = movements.get(i);
                if (in.toClass().isEmpty()) {
                    continue;
                }
                Optional<Movement> out = i + 1 < movements.size() ? Optional.of(movements.get(i + 1)) : Optional.empty();
                String reason = out.filter(m -> m.kind() == MovementKind.WITHDRAWAL).map(Movement::reason).orElse("");
                byClass.computeIfAbsent(in.toClass().get(), code -> new ArrayList<>()).add(new Stint(student.personId(),
                        in.toClass().get(), in.date(), out.map(Movement::date), reason));
            }
        }
        return byClass;
    }

    private static <T> List<T> sorted(Map<String, T> byId) {
        return byId.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    /** Returns the binding's grade code of a grade: {@code 05} for 5. */
    private static String grade(int grade) {
        return String.format("%02d", grade);
    }
}
