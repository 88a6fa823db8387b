package org.schooljournal.adapter.oneroster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schooljournal.core.programme.AddStudyGroup;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.GroupKind;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.programme.SubjectComponent;
import org.schooljournal.core.programme.TeachingAssignment;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.roster.Guardian;
import org.schooljournal.core.roster.LinkGuardian;
import org.schooljournal.core.roster.Movement;
import org.schooljournal.core.roster.MovementKind;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.roster.TransferStudent;
import org.schooljournal.core.roster.UnlinkGuardian;
import org.schooljournal.core.roster.UpdateStudentData;
import org.schooljournal.core.roster.WithdrawStudent;
import org.schooljournal.core.school.AddStudyPeriod;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.PersonName;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.SetAcademicYear;
import org.schooljournal.core.school.StaffMember;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * Turns the data set a school is to hold ({@link TargetSet}) into the engine's commands, in the
 * order they depend on one another — the year, its study periods, staff, subjects, classes, study
 * groups, journals' teachers, pupils and their movements, guardians and their links — planning
 * only what differs from what the school holds, so that a repeat of a data set plans nothing
 * (EXC-3). A change is the engine's command for it: a staff member's new name {@link HireStaff}, a
 * pupil's {@link UpdateStudentData}, a guardian's {@link RegisterGuardian}; a class's new homeroom
 * teacher {@link OpenClass}, a journal's {@link AssignTeachingLoad}; a pupil's enrollment ended or
 * begun a movement ({@link WithdrawStudent}, {@link TransferStudent}, {@link EnrolStudent}); a
 * pupil left out of a guardian's agents {@link UnlinkGuardian}. What the rows cannot give (a pupil
 * without a date of birth, a class without its homeroom teacher) and what the engine keeps (a
 * pupil's past movements) is a fault of the row.
 *
 * <p>Not thread-safe: one import's.
 */
final class ImportPlan {

    private static final Set<String> STAFF_ROLES = Set.of("teacher", "aide", "counselor", "principal",
            "siteAdministrator", "districtAdministrator", "systemAdministrator", "proctor");
    private static final Set<String> GUARDIAN_ROLES = Set.of("guardian", "parent", "relative");

    private final DataSet set;
    private final TargetSet target;
    private final Optional<LocalDate> withdrawAbsentOn;
    private final SchoolState school;
    private final Roster roster;
    private final String schoolId;
    private final List<Step> steps = new ArrayList<>();
    private final List<RowError> faults = new ArrayList<>();
    private final List<ImportReport.Absent> absent = new ArrayList<>();
    private final Table users;
    private final Table classes;
    private final Table courses;
    private final Table enrollments;
    private final Map<String, Set<String>> rolesOf = new HashMap<>();

    private ImportPlan(TargetSet target, SchoolState school, Optional<LocalDate> withdrawAbsentOn) {
        this.set = target.target();
        this.target = target;
        this.withdrawAbsentOn = withdrawAbsentOn;
        this.school = school;
        this.roster = Roster.of(school);
        this.schoolId = school.schoolId();
        this.users = table(OneRosterFile.USERS);
        this.classes = table(OneRosterFile.CLASSES);
        this.courses = table(OneRosterFile.COURSES);
        this.enrollments = table(OneRosterFile.ENROLLMENTS);
        Table roles = table(OneRosterFile.ROLES);
        for (Table.Row row : roles.rows()) {
            rolesOf.computeIfAbsent(roles.value(row, "userSourcedId"), id -> new LinkedHashSet<>())
                    .add(roles.value(row, "role"));
        }
    }

    private Table table(OneRosterFile file) {
        return set.table(file).orElseGet(() -> new Table(file, file.headers(), List.of()));
    }

    /**
     * Plans the commands; faults of rows are collected in {@code faults}. Pupils in a class now whom
     * a bulk users file leaves out are withdrawn on {@code withdrawAbsentOn}, if given.
     */
    static ImportPlan of(TargetSet target, SchoolState school, Optional<LocalDate> withdrawAbsentOn) {
        ImportPlan plan = new ImportPlan(target, school, withdrawAbsentOn);
        plan.faults.addAll(target.faults());
        plan.sessions();
        plan.staff();
        plan.subjects();
        plan.classes();
        plan.pupils();
        plan.guardians();
        plan.leftOut();
        return plan;
    }

    /** Returns what the school holds and the bulk files leave out. */
    List<ImportReport.Absent> absent() {
        return List.copyOf(absent);
    }

    List<Step> steps() {
        return List.copyOf(steps);
    }

    List<RowError> faults() {
        return List.copyOf(faults);
    }

    private void add(SchoolCommand command, Table table, Table.Row row, String... fieldColumns) {
        steps.add(step(command, table, row, fieldColumns));
    }

    /** Returns a step for the row, each field read from the named column of the row. */
    private static Step step(SchoolCommand command, Table table, Table.Row row, String... fieldColumns) {
        return new Step(command, cell(table, row, ""), cells(table, row, fieldColumns));
    }

    private static Map<String, RowError> cells(Table table, Table.Row row, String... fieldColumns) {
        Map<String, RowError> cells = new LinkedHashMap<>();
        for (int i = 0; i < fieldColumns.length; i += 2) {
            cells.put(fieldColumns[i], cell(table, row, fieldColumns[i + 1]));
        }
        return cells;
    }

    private static RowError cell(Table table, Table.Row row, String column) {
        return new RowError(table.file().entryName(), row.line(), column,
                column.isEmpty() ? "" : table.value(row, column), "");
    }

    private void fault(Table table, Table.Row row, String column, String rule) {
        faults.add(new RowError(table.file().entryName(), row.line(), column, table.value(row, column), rule));
    }

    private void sessions() {
        Table sessions = table(OneRosterFile.ACADEMIC_SESSIONS);
        for (Table.Row row : sessions.rows()) {
            LocalDate start = LocalDate.parse(sessions.value(row, "startDate"));
            LocalDate end = LocalDate.parse(sessions.value(row, "endDate"));
            if (sessions.value(row, "type").equals("schoolYear")) {
                AcademicYear year;
                try {
                    year = new AcademicYear(start.getYear(), start, end);
                } catch (IllegalArgumentException e) {
                    fault(sessions, row, "endDate", "a school year must end in the calendar year after it starts: "
                            + e.getMessage());
                    continue;
                }
                Optional<AcademicYear> held = school.structure().academicYear();
                if (held.isEmpty()) {
                    add(new SetAcademicYear(schoolId, year), sessions, row, "year", "startDate");
                } else if (!held.get().equals(year)) {
                    fault(sessions, row, "startDate", "the school's year is " + held.get().firstDay() + " to "
                            + held.get().lastDay() + "; a data set of another year is not imported into it");
                }
                continue;
            }
            Optional<Titles.Period> period = Titles.period(sessions.value(row, "title"));
            if (period.isEmpty()) {
                fault(sessions, row, "title", Titles.periodRule());
                continue;
            }
            StudyPeriod studyPeriod;
            try {
                studyPeriod = StudyPeriod.of(period.get().kind(), period.get().number(), start, end);
            } catch (IllegalArgumentException e) {
                fault(sessions, row, "title", e.getMessage());
                continue;
            }
            if (!school.structure().studyPeriods().contains(studyPeriod)) {
                add(new AddStudyPeriod(schoolId, studyPeriod), sessions, row, "period", "title");
            }
        }
    }

    private boolean holds(String personId, Set<String> roles) {
        return rolesOf.getOrDefault(personId, Set.of()).stream().anyMatch(roles::contains);
    }

    private void staff() {
        for (Table.Row row : users.rows()) {
            String id = users.value(row, "sourcedId");
            StaffMember held = school.structure().staff().get(id);
            if (holds(id, STAFF_ROLES) && (held == null || !sameName(row, held.surname(), held.name(), held.patronymic()))) {
                add(new HireStaff(schoolId, id, users.value(row, "familyName"), users.value(row, "givenName"),
                        users.value(row, "middleName")), users, row, "personId", "sourcedId", "surname", "familyName",
                        "name", "givenName", "patronymic", "middleName");
            }
        }
    }

    /** Returns whether the row's names are those held, as the engine writes names. */
    private boolean sameName(Table.Row row, String surname, String name, String patronymic) {
        return PersonName.normalise(users.value(row, "familyName")).equals(surname)
                && PersonName.normalise(users.value(row, "givenName")).equals(name)
                && PersonName.normalise(users.value(row, "middleName")).equals(patronymic);
    }

    private Set<String> homeroomCourses() {
        Set<String> homeroom = new LinkedHashSet<>();
        for (Table.Row row : classes.rows()) {
            if (classes.value(row, "classType").equals("homeroom")) {
                homeroom.add(classes.value(row, "courseSourcedId"));
            }
        }
        return homeroom;
    }

    private void subjects() {
        Set<String> homeroom = homeroomCourses();
        Programme programme = Programme.of(school);
        for (Table.Row row : courses.rows()) {
            if (homeroom.contains(courses.value(row, "sourcedId"))) {
                continue;
            }
            String code = courses.value(row, "courseCode");
            if (code.isBlank()) {
                fault(courses, row, "courseCode", "a subject's course must give its code");
                continue;
            }
            SubjectComponent component = SubjectComponent.FEDERAL;
            String given = courses.value(row, "metadata.journal.component");
            if (!given.isBlank()) {
                try {
                    component = SubjectComponent.valueOf(given);
                } catch (IllegalArgumentException e) {
                    fault(courses, row, "metadata.journal.component", "must be one of FEDERAL, SCHOOL");
                    continue;
                }
            }
            String title = courses.value(row, "title");
            SubjectComponent wanted = component;
            if (programme.subject(code).filter(s -> s.name().equals(title) && s.component() == wanted).isEmpty()) {
                add(new AddSubject(schoolId, code, courses.value(row, "title"), component), courses, row,
                        "code", "courseCode", "name", "title", "component", "metadata.journal.component");
            }
        }
    }

    /** Returns the primary teacher's enrollment of each class, by the class's sourcedId. */
    private Map<String, Table.Row> teachers() {
        Map<String, Table.Row> teachers = new HashMap<>();
        for (Table.Row row : enrollments.rows()) {
            if (enrollments.value(row, "role").equals("teacher")) {
                String classId = enrollments.value(row, "classSourcedId");
                if (enrollments.value(row, "primary").equals("true") || !teachers.containsKey(classId)) {
                    teachers.put(classId, row);
                }
            }
        }
        return teachers;
    }

    private String classCode(Table.Row row) {
        String code = classes.value(row, "classCode");
        return code.isBlank() ? classes.value(row, "title") : code;
    }

    private void classes() {
        Map<String, Table.Row> teachers = teachers();
        Map<String, Table.Row> courseRows = courses.bySourcedId();
        Set<String> homeroomCodes = new LinkedHashSet<>();
        for (Table.Row row : classes.rows()) {
            if (!classes.value(row, "classType").equals("homeroom")) {
                continue;
            }
            String code = classCode(row);
            homeroomCodes.add(code);
            Table.Row teacher = teachers.get(classes.value(row, "sourcedId"));
            List<String> grades = Column.split(classes.value(row, "grades"));
            if (teacher == null) {
                fault(classes, row, "sourcedId", "a homeroom class needs its homeroom teacher: an enrollment of"
                        + " role teacher in enrollments.csv");
            } else if (grades.size() != 1 || !grades.get(0).matches("\\d{1,2}")) {
                fault(classes, row, "grades", "a homeroom class must give its one grade, 01 to 11");
            } else if (school.structure().schoolClass(code).filter(c -> c.grade() == Integer.parseInt(grades.get(0))
                    && c.homeroomTeacherId().equals(enrollments.value(teacher, "userSourcedId"))).isEmpty()) {
                add(new OpenClass(schoolId, code, Integer.parseInt(grades.get(0)),
                        enrollments.value(teacher, "userSourcedId")), classes, row, "code", "classCode", "grade",
                        "grades", "homeroomTeacherId", "sourcedId");
            }
        }
        List<TeachingAssignment> load = Programme.of(school).teachingLoad();
        Set<String> groups = new LinkedHashSet<>();
        for (Table.Row row : classes.rows()) {
            if (!classes.value(row, "classType").equals("scheduled")) {
                continue;
            }
            String holder = classCode(row);
            Table.Row course = courseRows.get(classes.value(row, "courseSourcedId"));
            Table.Row teacher = teachers.get(classes.value(row, "sourcedId"));
            boolean homeroom = homeroomCodes.contains(holder) || school.structure().schoolClass(holder).isPresent();
            if (!homeroom && !group(row, holder, groups)) {
                continue;
            } else if (teacher == null) {
                fault(classes, row, "sourcedId", "a scheduled class needs its teacher: an enrollment of role"
                        + " teacher in enrollments.csv");
            } else {
                String subject = courses.value(course, "courseCode");
                String teacherId = enrollments.value(teacher, "userSourcedId");
                if (load.stream().noneMatch(a -> a.covers(holder, subject) && a.teacherId().equals(teacherId))) {
                    add(new AssignTeachingLoad(schoolId, teacherId, subject, holder), classes, row,
                            "teacherId", "sourcedId", "subjectCode", "courseSourcedId", "holderCode", "classCode");
                }
            }
        }
    }

    /**
     * Plans the study group a scheduled class's {@code classCode} names, once per group; returns
     * false, with a fault, if the row does not describe one.
     */
    private boolean group(Table.Row row, String code, Set<String> planned) {
        String kindName = classes.value(row, "metadata.journal.groupKind");
        if (kindName.isBlank()) {
            fault(classes, row, "classCode", "a scheduled class's classCode must be the code of a homeroom class, or"
                    + " of a study group described by metadata.journal.groupKind and metadata.journal.baseClasses");
            return false;
        }
        GroupKind kind;
        try {
            kind = GroupKind.valueOf(kindName);
        } catch (IllegalArgumentException e) {
            fault(classes, row, "metadata.journal.groupKind", "must be one of " + List.of(GroupKind.values()));
            return false;
        }
        List<String> grades = Column.split(classes.value(row, "grades"));
        if (grades.size() != 1 || !grades.get(0).matches("\\d{1,2}")) {
            fault(classes, row, "grades", "a study group's class must give its one grade, 01 to 11");
            return false;
        }
        if (planned.add(code) && Programme.of(school).group(code).isEmpty()) {
            add(new AddStudyGroup(schoolId, code, kind, Column.split(classes.value(row, "metadata.journal.baseClasses")),
                    Integer.parseInt(grades.get(0)), classes.value(row, "metadata.journal.groupStudent")), classes, row,
                    "code", "classCode", "kind", "metadata.journal.groupKind", "baseClassCodes",
                    "metadata.journal.baseClasses", "grade", "grades", "studentId", "metadata.journal.groupStudent");
        }
        return true;
    }

    private void pupils() {
        Map<String, Table.Row> classRows = classes.bySourcedId();
        Table demographics = table(OneRosterFile.DEMOGRAPHICS);
        Map<String, Table.Row> births = demographics.bySourcedId();
        Map<String, List<Table.Row>> stints = new HashMap<>();
        for (Table.Row row : enrollments.rows()) {
            Table.Row inClass = classRows.get(enrollments.value(row, "classSourcedId"));
            if (enrollments.value(row, "role").equals("student") && inClass != null
                    && classes.value(inClass, "classType").equals("homeroom")) {
                stints.computeIfAbsent(enrollments.value(row, "userSourcedId"), id -> new ArrayList<>()).add(row);
            }
        }
        for (Table.Row user : users.rows()) {
            String id = users.value(user, "sourcedId");
            if (!holds(id, Set.of("student"))) {
                continue;
            }
            Table.Row birth = births.get(id);
            if (birth == null || demographics.value(birth, "birthDate").isBlank()) {
                fault(users, user, "sourcedId", "a pupil needs a birthDate in demographics.csv");
                continue;
            }
            List<Table.Row> own = stints.getOrDefault(id, List.of()).stream()
                    .sorted(Comparator.comparing(row -> enrollments.value(row, "beginDate"))).toList();
            if (own.isEmpty()) {
                fault(users, user, "sourcedId", "a pupil needs an enrollment of role student in a homeroom class");
                continue;
            }
            LocalDate birthDate = LocalDate.parse(demographics.value(birth, "birthDate"));
            Optional<Student> held = roster.student(id);
            if (held.isPresent() && (!sameName(user, held.get().surname(), held.get().name(), held.get().patronymic())
                    || !held.get().birthDate().equals(birthDate))) {
                Map<String, RowError> cells = cells(users, user, "studentId", "sourcedId", "surname", "familyName",
                        "name", "givenName", "patronymic", "middleName");
                cells.put("birthDate", cell(demographics, birth, "birthDate"));
                steps.add(new Step(new UpdateStudentData(schoolId, id, users.value(user, "familyName"),
                        users.value(user, "givenName"), users.value(user, "middleName"), birthDate),
                        cell(users, user, ""), cells));
            }
            reconcile(id, movements(user, own, classRows, birthDate, cell(demographics, birth, "birthDate")));
        }
    }

    /**
     * Plans the pupil's movements the school does not hold: one it holds (into the same class on
     * the same day, or a withdrawal on the same day) is left out; an enrolment of a pupil in a class
     * already is a transfer; one dated before the last the school holds is a fault (ROS-2: the past
     * stays where it was made).
     */
    private void reconcile(String studentId, List<Step> planned) {
        List<Movement> held = roster.historyOf(studentId).movements();
        boolean inClass = roster.currentClassOf(studentId).isPresent();
        for (Step step : planned) {
            if (held.stream().anyMatch(movement -> same(step.command(), movement))) {
                continue;
            }
            Optional<Movement> last = roster.historyOf(studentId).last();
            if (last.isPresent() && date(step.command()).isBefore(last.get().date())) {
                RowError cell = step.cells().get("date");
                faults.add(new RowError(cell.file(), cell.line(), cell.column(), cell.value(), "a pupil's recorded"
                        + " movements cannot be changed by import (ROS-2: the past stays where it was made); the last"
                        + " the school holds is a " + last.get().kind() + " on " + last.get().date()));
                return;
            }
            Step next = step;
            if (step.command() instanceof EnrolStudent enrol && inClass) {
                Map<String, RowError> cells = new LinkedHashMap<>();
                cells.put("date", step.cells().get("date"));
                cells.put("toClass", step.cells().get("classCode"));
                cells.put("studentId", step.cells().get("studentId"));
                next = new Step(new TransferStudent(schoolId, studentId, enrol.classCode(), enrol.date()), step.row(),
                        cells);
            }
            steps.add(next);
            inClass = !(next.command() instanceof WithdrawStudent);
        }
    }

    private static LocalDate date(SchoolCommand movement) {
        if (movement instanceof EnrolStudent enrol) {
            return enrol.date();
        } else if (movement instanceof TransferStudent transfer) {
            return transfer.date();
        }
        return ((WithdrawStudent) movement).date();
    }

    private static boolean same(SchoolCommand command, Movement movement) {
        if (command instanceof EnrolStudent enrol) {
            return movement.toClass().equals(Optional.of(enrol.classCode())) && movement.date().equals(enrol.date());
        } else if (command instanceof TransferStudent transfer) {
            return movement.toClass().equals(Optional.of(transfer.toClass())) && movement.date().equals(transfer.date());
        }
        WithdrawStudent withdrawal = (WithdrawStudent) command;
        return movement.kind() == MovementKind.WITHDRAWAL && movement.date().equals(withdrawal.date());
    }

    private List<Step> movements(Table.Row user, List<Table.Row> own, Map<String, Table.Row> classRows,
            LocalDate birthDate, RowError birthCell) {
        List<Step> movements = new ArrayList<>();
        String id = users.value(user, "sourcedId");
        Optional<LocalDate> left = Optional.empty();
        for (int i = 0; i < own.size(); i++) {
            Table.Row row = own.get(i);
            String begin = enrollments.value(row, "beginDate");
            if (begin.isBlank()) {
                fault(enrollments, row, "beginDate", "a pupil's enrollment in a homeroom class must give its beginDate");
                return List.of();
            }
            LocalDate date = LocalDate.parse(begin);
            String code = classCode(classRows.get(enrollments.value(row, "classSourcedId")));
            Map<String, RowError> names = cells(users, user, "studentId", "sourcedId", "surname", "familyName",
                    "name", "givenName", "patronymic", "middleName");
            if (i == 0 || left.isPresent()) {
                Map<String, RowError> cells = new LinkedHashMap<>(names);
                cells.putAll(cells(enrollments, row, "date", "beginDate", "classCode", "classSourcedId"));
                cells.put("birthDate", birthCell);
                movements.add(new Step(new EnrolStudent(schoolId, id, users.value(user, "familyName"),
                        users.value(user, "givenName"), users.value(user, "middleName"), birthDate, code, date),
                        cell(enrollments, row, ""), cells));
            } else {
                movements.add(step(new TransferStudent(schoolId, id, code, date), enrollments, row,
                        "date", "beginDate", "toClass", "classSourcedId", "studentId", "userSourcedId"));
            }
            String end = enrollments.value(row, "endDate");
            boolean followed = i + 1 < own.size() && enrollments.value(own.get(i + 1), "beginDate").equals(end);
            left = Optional.empty();
            if (!end.isBlank() && !followed) {
                String reason = enrollments.value(row, "metadata.journal.withdrawalReason");
                movements.add(step(new WithdrawStudent(schoolId, id, LocalDate.parse(end),
                        reason.isBlank() ? Titles.withdrawalReason() : reason), enrollments, row,
                        "date", "endDate", "reason", "metadata.journal.withdrawalReason", "studentId", "userSourcedId"));
                left = Optional.of(LocalDate.parse(end));
            }
        }
        return movements;
    }

    private void guardians() {
        Set<String> pupils = new LinkedHashSet<>();
        for (Table.Row row : users.rows()) {
            if (holds(users.value(row, "sourcedId"), Set.of("student"))) {
                pupils.add(users.value(row, "sourcedId"));
            }
        }
        for (Table.Row row : users.rows()) {
            String id = users.value(row, "sourcedId");
            if (!holds(id, GUARDIAN_ROLES)) {
                continue;
            }
            List<String> represented = Column.split(users.value(row, "agentSourcedIds")).stream()
                    .filter(agent -> pupils.contains(agent) || roster.student(agent).isPresent()).toList();
            Optional<Guardian> held = roster.guardian(id);
            if (represented.isEmpty() && held.isEmpty()) {
                fault(users, row, "agentSourcedIds", "a guardian's agentSourcedIds must name at least one pupil");
                continue;
            }
            boolean registered = held.isPresent()
                    && sameName(row, held.get().surname(), held.get().name(), held.get().patronymic());
            for (String pupil : represented) {
                if (!registered) {
                    add(new RegisterGuardian(schoolId, id, users.value(row, "familyName"), users.value(row, "givenName"),
                            users.value(row, "middleName"), pupil), users, row, "guardianId", "sourcedId", "surname",
                            "familyName", "name", "givenName", "patronymic", "middleName", "studentId", "agentSourcedIds");
                    registered = true;
                } else if (!roster.represents(id, pupil)) {
                    add(new LinkGuardian(schoolId, id, pupil), users, row, "guardianId", "sourcedId", "studentId",
                            "agentSourcedIds");
                }
            }
            if (!registered && represented.isEmpty()) {
                fault(users, row, "familyName", "a guardian's name is corrected with a pupil they represent: their"
                        + " agentSourcedIds must name one");
            }
            for (Student pupil : roster.studentsOf(id)) {
                if (!represented.contains(pupil.personId())) {
                    add(new UnlinkGuardian(schoolId, id, pupil.personId()), users, row, "guardianId", "sourcedId",
                            "studentId", "agentSourcedIds");
                }
            }
        }
        target.deletedGuardians().forEach((id, deletion) -> {
            for (Student pupil : roster.studentsOf(id)) {
                steps.add(new Step(new UnlinkGuardian(schoolId, id, pupil.personId()), deletion,
                        Map.of("guardianId", deletion)));
            }
        });
    }

    /**
     * Reports what the school holds and the bulk files leave out: staff, guardians and pupils in a
     * class now (users.csv), classes and subjects (classes.csv, courses.csv); withdraws those pupils
     * if the host asked.
     */
    private void leftOut() {
        if (target.bulk().contains(OneRosterFile.USERS)) {
            Set<String> given = users.bySourcedId().keySet();
            String file = OneRosterFile.USERS.entryName();
            school.structure().staff().keySet().stream().sorted().filter(id -> !given.contains(id))
                    .forEach(id -> absent.add(new ImportReport.Absent(file, id)));
            roster.students().keySet().stream().sorted()
                    .filter(id -> !given.contains(id) && roster.currentClassOf(id).isPresent()).forEach(id -> {
                        absent.add(new ImportReport.Absent(file, id));
                        withdrawAbsentOn.ifPresent(day -> steps.add(new Step(new WithdrawStudent(schoolId, id, day,
                                Titles.withdrawalReason()), new RowError(file, 0, "", id, ""), Map.of())));
                    });
            roster.guardians().keySet().stream().sorted().filter(id -> !given.contains(id))
                    .forEach(id -> absent.add(new ImportReport.Absent(file, id)));
        }
        if (target.bulk().contains(OneRosterFile.CLASSES)) {
            Set<String> codes = new LinkedHashSet<>();
            classes.rows().forEach(row -> codes.add(classCode(row)));
            school.structure().classes().keySet().stream().sorted().filter(code -> !codes.contains(code))
                    .forEach(code -> absent.add(new ImportReport.Absent(OneRosterFile.CLASSES.entryName(),
                            SourcedIds.homeroom(code))));
        }
        if (target.bulk().contains(OneRosterFile.COURSES)) {
            Set<String> codes = new LinkedHashSet<>();
            courses.rows().forEach(row -> codes.add(courses.value(row, "courseCode")));
            Programme.of(school).subjects().keySet().stream().sorted().filter(code -> !codes.contains(code))
                    .forEach(code -> absent.add(new ImportReport.Absent(OneRosterFile.COURSES.entryName(),
                            SourcedIds.course(code))));
        }
    }
}
