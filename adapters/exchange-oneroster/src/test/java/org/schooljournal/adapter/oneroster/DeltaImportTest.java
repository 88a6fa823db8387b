package org.schooljournal.adapter.oneroster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.schooljournal.adapter.oneroster.OneRosterFile.CLASSES;
import static org.schooljournal.adapter.oneroster.OneRosterFile.ENROLLMENTS;
import static org.schooljournal.adapter.oneroster.OneRosterFile.USERS;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.roster.MovementKind;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.spi.ErrorCode;

/** Delta data sets change and remove what the school holds, where the engine has a command for it (EXC-3). */
@Tag("EXC-3")
class DeltaImportTest {

    private static final String IVANOV_IN_5A = "enrollment/class/5@0410/student/2026-09-01/s-ivanov";
    private static final String ALEKSEEVA_IN_5A = "enrollment/class/5@0410/student/2026-09-01/s-alekseeva";

    private RosterSchool school;

    @BeforeEach
    void exampleSchool() {
        school = RosterSchool.example();
    }

    private Roster roster() {
        return Roster.of(school.state());
    }

    private ImportReport apply(DeltaSet delta) {
        return school.importZip(delta.zip());
    }

    @Test
    @DisplayName("EXC-3: a delta row renaming a pupil corrects the pupil's name, nothing else")
    void renamesAPupil() {
        ImportReport report = apply(DeltaSet.against(school).change(USERS, "s-ivanov", "familyName", "Иванов-Петров"));
        assertThat(report.applied()).isEqualTo(1);
        assertThat(roster().student("s-ivanov").orElseThrow().surname()).isEqualTo("Иванов-Петров");
        assertThat(roster().currentClassOf("s-ivanov")).contains("5А");
    }

    @Test
    @DisplayName("EXC-3: a delta adding a pupil's user, role, date of birth and enrollment enrols the pupil")
    void addsAPupil() {
        apply(DeltaSet.against(school)
                .add(USERS, "s-new", "enabledUser", "true", "username", "s-new", "givenName", "Олег", "familyName", "Новиков",
                        "primaryOrgSourcedId", RosterSchool.ID)
                .add(OneRosterFile.ROLES, "role/student/s-new", "userSourcedId", "s-new", "roleType", "primary",
                        "role", "student", "orgSourcedId", RosterSchool.ID)
                .add(OneRosterFile.DEMOGRAPHICS, "s-new", "birthDate", "2015-04-04")
                .add(ENROLLMENTS, "e-new", "classSourcedId", "class/6@0411", "schoolSourcedId", RosterSchool.ID,
                        "userSourcedId", "s-new", "role", "student", "beginDate", "2026-11-16"));
        assertThat(roster().student("s-new").orElseThrow().birthDate()).isEqualTo(LocalDate.of(2015, 4, 4));
        assertThat(roster().currentClassOf("s-new")).contains("6Б");
    }

    @Test
    @DisplayName("EXC-3: a delta row renaming a staff member or a guardian corrects their name")
    void renamesStaffAndGuardians() {
        apply(DeltaSet.against(school).change(USERS, "t-math", "familyName", "Петрова-Лебедева")
                .change(USERS, "g-ivanova", "middleName", "Николаевна-Мария"));
        assertThat(school.state().structure().staff().get("t-math").surname()).isEqualTo("Петрова-Лебедева");
        assertThat(roster().guardian("g-ivanova").orElseThrow().patronymic()).isEqualTo("Николаевна-Мария");
        assertThat(roster().represents("g-ivanova", "s-alekseeva")).isTrue();
    }

    @Test
    @DisplayName("EXC-3: a delta ending a pupil's enrollment and beginning one in another class transfers the pupil")
    void transfersAPupil() {
        apply(DeltaSet.against(school).change(ENROLLMENTS, IVANOV_IN_5A, "endDate", "2026-11-16")
                .add(ENROLLMENTS, "e-ivanov-6b", "classSourcedId", "class/6@0411", "schoolSourcedId", RosterSchool.ID,
                        "userSourcedId", "s-ivanov", "role", "student", "beginDate", "2026-11-16"));
        assertThat(roster().currentClassOf("s-ivanov")).contains("6Б");
        assertThat(roster().historyOf("s-ivanov").last().orElseThrow().kind()).isEqualTo(MovementKind.TRANSFER);
        assertThat(roster().classOf("s-ivanov", LocalDate.of(2026, 11, 15))).contains("5А");
    }

    @Test
    @DisplayName("EXC-3: a tobedeleted enrollment of a pupil in their homeroom class withdraws the pupil on its endDate")
    void withdrawsAPupil() {
        apply(DeltaSet.against(school).delete(ENROLLMENTS, ALEKSEEVA_IN_5A, "endDate", "2026-12-01"));
        assertThat(roster().currentClassOf("s-alekseeva")).isEmpty();
        var last = roster().historyOf("s-alekseeva").last().orElseThrow();
        assertThat(last.kind()).isEqualTo(MovementKind.WITHDRAWAL);
        assertThat(last.date()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(last.reason()).isEqualTo(Titles.withdrawalReason());
    }

    @Test
    @DisplayName("EXC-3: a tobedeleted enrollment of another system's sourcedId ends the school's enrollment of the same pupil, class and role")
    void withdrawsByAnotherSystemsSourcedId() {
        apply(DeltaSet.against(school).delete(ENROLLMENTS, "sis-enrollment-77", "classSourcedId", "class/5@0410",
                "userSourcedId", "s-alekseeva", "role", "student", "endDate", "2026-12-01"));
        assertThat(roster().currentClassOf("s-alekseeva")).isEmpty();
        assertThat(roster().historyOf("s-alekseeva").last().orElseThrow().date()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    @DisplayName("EXC-3: a tobedeleted enrollment without endDate ends on the day of its dateLastModified in the school's zone (20:00 UTC is the next day in Yugra)")
    void withdrawsOnTheDayOfDateLastModified() {
        apply(DeltaSet.against(school).delete(ENROLLMENTS, ALEKSEEVA_IN_5A, "dateLastModified", "2026-12-01T20:00:00Z"));
        assertThat(roster().historyOf("s-alekseeva").last().orElseThrow().date()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    @DisplayName("EXC-3: a delta leaving a pupil out of a guardian's agentSourcedIds unlinks them; a guardian's user tobedeleted is unlinked from every pupil")
    void removesGuardianLinks() {
        apply(DeltaSet.against(school).change(USERS, "g-ivanova", "agentSourcedIds", "s-ivanov")
                .delete(USERS, "g-yolkin"));
        assertThat(roster().represents("g-ivanova", "s-alekseeva")).isFalse();
        assertThat(roster().represents("g-ivanova", "s-ivanov")).isTrue();
        assertThat(roster().represents("g-yolkin", "s-yolkin")).isFalse();
        assertThat(roster().guardian("g-yolkin")).as("the guardian stays registered").isPresent();
    }

    @Test
    @DisplayName("EXC-3: a teacher's enrollment tobedeleted with another teacher's taking its place changes the class's homeroom teacher")
    void handsAClassToAnotherTeacher() {
        apply(DeltaSet.against(school).delete(ENROLLMENTS, "enrollment/class/5@0410/teacher/t-home")
                .add(ENROLLMENTS, "e-5a-math", "classSourcedId", "class/5@0410", "schoolSourcedId", RosterSchool.ID,
                        "userSourcedId", "t-math", "role", "teacher", "primary", "true"));
        assertThat(school.state().structure().schoolClass("5А").orElseThrow().homeroomTeacherId()).isEqualTo("t-math");
    }

    @Test
    @DisplayName("EXC-3: a delta repeated changes nothing")
    void repeatChangesNothing() {
        DeltaSet delta = DeltaSet.against(school).change(USERS, "s-ivanov", "familyName", "Иванов-Петров")
                .change(ENROLLMENTS, IVANOV_IN_5A, "endDate", "2026-11-16")
                .add(ENROLLMENTS, "e-ivanov-6b", "classSourcedId", "class/6@0411", "schoolSourcedId", RosterSchool.ID,
                        "userSourcedId", "s-ivanov", "role", "student", "beginDate", "2026-11-16")
                .delete(ENROLLMENTS, ALEKSEEVA_IN_5A, "endDate", "2026-12-01")
                .change(USERS, "g-ivanova", "agentSourcedIds", "s-ivanov")
                .delete(USERS, "g-yolkin");
        byte[] zip = delta.zip();
        assertThat(school.importZip(zip).applied()).isEqualTo(5);
        SchoolState after = school.state();
        assertThat(school.importZip(zip).applied()).isZero();
        assertThat(school.state()).isEqualTo(after);
    }

    @Test
    @DisplayName("EXC-3: a delta row equal to what the school holds changes nothing")
    void unchangedRowChangesNothing() {
        SchoolState before = school.state();
        assertThat(apply(DeltaSet.against(school).change(USERS, "s-ivanov").change(CLASSES, "class/5@0410")).applied())
                .isZero();
        assertThat(school.state()).isEqualTo(before);
    }

    /** Deltas refused, each naming its file, line, column, value and rule, with nothing applied. */
    @Nested
    @DisplayName("EXC-3: a delta the engine cannot apply is refused whole")
    class Refused {

        private SchoolState before;

        @BeforeEach
        void state() {
            before = school.state();
        }

        private RowError refused(byte[] zip) {
            OneRosterException refusal = catchThrowableOfType(OneRosterException.class, () -> school.importZip(zip));
            assertThat(refusal).as("the import is refused").isNotNull();
            assertThat(refusal.code()).isEqualTo(ErrorCode.VALIDATION);
            assertThat(school.state()).as("nothing applied").isEqualTo(before);
            return refusal.errors().get(0);
        }

        @Test
        @DisplayName("EXC-3: a tobedeleted row of an unknown sourcedId is refused, and the good rows with it")
        void unknownSourcedIdToDelete() {
            RowError error = refused(DeltaSet.against(school).change(USERS, "s-ivanov", "familyName", "Иванов-Петров")
                    .delete(USERS, "s-nobody").zip());
            assertThat(error).isEqualTo(new RowError("users.csv", 3, "sourcedId", "s-nobody",
                    "names no row the school holds: nothing to delete"));
        }

        @Test
        @DisplayName("EXC-3: a tobedeleted row in a bulk file is refused")
        void tobedeletedInBulk() {
            byte[] bulk = ZipEdits.edit(school.zip(), "users.csv", text -> text.replace("s-ivanov,,", "s-ivanov,tobedeleted,"));
            RowError error = refused(bulk);
            assertThat(error.file()).isEqualTo("users.csv");
            assertThat(error.line()).isGreaterThan(1);
            assertThat(error.column()).isEqualTo("status");
            assertThat(error.value()).isEqualTo("tobedeleted");
            assertThat(error.rule()).contains("only a delta file deletes");
        }

        @Test
        @DisplayName("EXC-3: a teacher's user tobedeleted is refused: the engine has no dismissal")
        void dismissalRefused() {
            RowError error = refused(DeltaSet.against(school).delete(USERS, "t-home").zip());
            assertThat(error.file()).isEqualTo("users.csv");
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.column()).isEqualTo("sourcedId");
            assertThat(error.value()).isEqualTo("t-home");
            assertThat(error.rule()).contains("cannot be dismissed by import").contains("no command");
        }

        @Test
        @DisplayName("EXC-3: a pupil's user tobedeleted is refused: a pupil is withdrawn by ending their enrollment")
        void pupilDeletionRefused() {
            assertThat(refused(DeltaSet.against(school).delete(USERS, "s-ivanov").zip()).rule())
                    .contains("withdraw them by ending their enrollment");
        }

        @Test
        @DisplayName("EXC-3: a class tobedeleted is refused: its journals' records are kept")
        void classDeletionRefused() {
            RowError error = refused(DeltaSet.against(school).delete(CLASSES, "class/5@0410").zip());
            assertThat(error.file()).isEqualTo("classes.csv");
            assertThat(error.value()).isEqualTo("class/5@0410");
            assertThat(error.rule()).contains("cannot be deleted").contains("records are kept");
        }

        @Test
        @DisplayName("EXC-3: a class's code changed is refused: the engine renames no class")
        void classRenameRefused() {
            RowError error = refused(DeltaSet.against(school).change(CLASSES, "class/5@0410", "classCode", "5В").zip());
            assertThat(error).isEqualTo(new RowError("classes.csv", 2, "classCode", "5В", "a class's code cannot be"
                    + " changed by import: the engine has no command that renames a class or a group (its code is its"
                    + " identifier, 5А)"));
        }

        @Test
        @DisplayName("EXC-3: a class's only teacher's enrollment tobedeleted is refused: a class keeps its teacher")
        void teacherEnrollmentWithoutSuccessorRefused() {
            RowError error = refused(DeltaSet.against(school).delete(ENROLLMENTS, "enrollment/class/5@0410/teacher/t-home")
                    .zip());
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.rule()).contains("a class keeps its teacher");
        }

        @Test
        @DisplayName("EXC-3: a pupil's past enrollment moved to another day is refused by the engine, naming the cell")
        void pastMovementChangeRefused() {
            RowError error = refused(DeltaSet.against(school).change(ENROLLMENTS, IVANOV_IN_5A, "beginDate", "2026-08-20")
                    .zip());
            assertThat(error.file()).isEqualTo("enrollments.csv");
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.column()).isEqualTo("beginDate");
            assertThat(error.value()).isEqualTo("2026-08-20");
        }

        @Test
        @DisplayName("EXC-3: a delta row without its status is refused")
        void statusRequired() {
            byte[] zip = ZipEdits.edit(DeltaSet.against(school).change(USERS, "s-ivanov").zip(), "users.csv",
                    text -> text.replace("s-ivanov,active,", "s-ivanov,,"));
            RowError error = refused(zip);
            assertThat(error.column()).isEqualTo("status");
            assertThat(error.rule()).contains("delta");
        }
    }

    /** A bulk file replaces the set, but what the school holds and the file leaves out is kept and reported. */
    @Nested
    @DisplayName("EXC-3: a bulk set leaving out what the school holds")
    class Bulk {

        private byte[] exported;

        @BeforeEach
        void newPupilAndTeacher() {
            exported = school.zip();
            school.run(new HireStaff(RosterSchool.ID, "t-new", "Новикова", "Ирина", ""));
            school.run(new EnrolStudent(RosterSchool.ID, "s-new", "Новиков", "Олег", "", LocalDate.of(2015, 4, 4), "5А",
                    LocalDate.of(2026, 9, 14)));
        }

        @Test
        @DisplayName("EXC-3: by default what a bulk users.csv leaves out is kept and reported, not deleted")
        void keptAndReported() {
            ImportReport report = school.importZip(exported);
            assertThat(report.applied()).isZero();
            assertThat(report.absent()).containsExactly(new ImportReport.Absent("users.csv", "t-new"),
                    new ImportReport.Absent("users.csv", "s-new"));
            assertThat(roster().currentClassOf("s-new")).contains("5А");
        }

        @Test
        @DisplayName("EXC-3: with Options.withdrawAbsent the pupils a bulk users.csv leaves out are withdrawn on the day given")
        void withdrawnWhenAsked() {
            LocalDate day = LocalDate.of(2026, 12, 28);
            ImportReport report = OneRosterImport.into(school.engine, school.clock).apply(RosterSchool.HEAD,
                    RosterSchool.ID, new ByteArrayInputStream(exported), OneRosterImport.Options.defaults().withdrawAbsent(day));
            assertThat(report.applied()).isEqualTo(1);
            assertThat(roster().currentClassOf("s-new")).isEmpty();
            assertThat(roster().historyOf("s-new").last().orElseThrow().date()).isEqualTo(day);
            assertThat(school.state().structure().staff()).containsKey("t-new");
        }
    }
}
