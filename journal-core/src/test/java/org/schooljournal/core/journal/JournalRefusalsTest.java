package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.HOMEROOM;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.roster.TransferStudent;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.validation.InvalidCommandException;

@DisplayName("A journal's refusals: a second value of an entry is a correction, an entry names a pupil of the journal, copies go only where asked")
class JournalRefusalsTest {

    private static final LessonRef LESSON = new LessonRef(MONDAY, 1);

    private final JournalSchool school = JournalSchool.setUp();

    @BeforeEach
    void duringTheLesson() {
        school.school(new OpenClass(ID, "5Б", 5, JournalSchool.SUBSTITUTE.personId()));
        school.school(new EnrolStudent(ID, "s-5b", "Борисов", "Иван", "", LocalDate.of(2015, 2, 2), "5Б",
                LocalDate.of(2026, 9, 1)));
        school.school(new TransferStudent(ID, YOLKIN, "5Б", MONDAY));
        school.at(MONDAY, LocalTime.of(9, 0));
    }

    private long version() {
        return school.store.version(MATH_5A.stream(ID));
    }

    private void refused(ThrowableAssert.ThrowingCallable command, String field, String... said) {
        long before = version();
        assertThatThrownBy(command).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.getMessage()).contains(field).contains(said));
        assertThat(version()).as("nothing appended").isEqualTo(before);
    }

    private AssignHomework homework(Optional<String> student, String content) {
        return new AssignHomework(ID, MATH_5A, LESSON, student, content, Optional.empty());
    }

    @Nested
    @Tag("MRK-10")
    @DisplayName("MRK-10: the first of its kind — a second value is a correction, never an overwrite")
    class FirstOfItsKind {

        @Test
        @Tag("LES-2")
        @DisplayName("LES-2: a lesson's second topic is refused, naming the entry to correct")
        void topic() {
            school.engine.execute(MATH, new RecordTopic(ID, MATH_5A, LESSON, "Дроби", LessonKind.LESSON));
            refused(() -> school.engine.execute(MATH, new RecordTopic(ID, MATH_5A, LESSON, "Десятичные дроби",
                    LessonKind.LESSON)), "lesson", "already has TOPIC as entry 1", "«Дроби»", "CorrectEntry");
        }

        @Test
        @Tag("LES-3")
        @DisplayName("LES-3: a lesson's second general homework is refused; one pupil's own homework is another entry, and only once")
        void homework() {
            school.engine.execute(MATH, JournalRefusalsTest.this.homework(Optional.empty(), "§ 12"));
            refused(() -> school.engine.execute(MATH, JournalRefusalsTest.this.homework(Optional.empty(), "§ 13")),
                    "lesson", "already has HOMEWORK as entry 1");

            school.engine.execute(MATH, JournalRefusalsTest.this.homework(Optional.of(IVANOV), "карточка № 3"));
            refused(() -> school.engine.execute(MATH, JournalRefusalsTest.this.homework(Optional.of(IVANOV),
                    "карточка № 4")), "lesson", "already has HOMEWORK of student " + IVANOV + " as entry 2");
        }
    }

    @Nested
    @Tag("ROS-2")
    @DisplayName("ROS-2: a pupil of the journal on the lesson's date")
    class PupilOfTheClass {

        @Test
        @Tag("LES-3")
        @DisplayName("LES-3: homework for a pupil of another class, or one who left the class before the lesson, is refused")
        void homework() {
            refused(() -> school.engine.execute(MATH, JournalRefusalsTest.this.homework(Optional.of("s-5b"), "§ 1")),
                    "studentId", "s-5b", "is not a student of journal 5А × math on 2026-10-12");
            refused(() -> school.engine.execute(MATH, JournalRefusalsTest.this.homework(Optional.of(YOLKIN), "§ 1")),
                    "studentId", YOLKIN);
        }

        @Test
        @Tag("LES-7")
        @DisplayName("LES-7: a teacher's note on a pupil of another class is refused; a note on the class is taken")
        void teacherNote() {
            refused(() -> school.engine.execute(MATH, new AddTeacherNote(ID, MATH_5A, LESSON, Optional.of("s-5b"),
                    NoteKind.BEHAVIOUR, "мешал на уроке")), "studentId", "s-5b");
            school.engine.execute(MATH, new AddTeacherNote(ID, MATH_5A, LESSON, Optional.empty(), NoteKind.BEHAVIOUR,
                    "класс работал хорошо"));
            school.engine.execute(MATH, new AddTeacherNote(ID, MATH_5A, LESSON, Optional.empty(), NoteKind.PROGRESS,
                    "тема усвоена"));
            assertThat(school.engine.journals().read(MATH, ID, MATH_5A).state().entries()).hasSize(2);
        }
    }

    @Test
    @Tag("DRY-6")
    @DisplayName("DRY-6: a remark without copies reaches no homeroom teacher; with the copy asked for, the homeroom teacher of the pupil's class")
    void copiesOnlyWhereAsked() {
        school.engine.execute(MATH, new MakeRemark(ID, MATH_5A, IVANOV, "Забыл тетрадь", Copies.NONE));
        assertThat(school.engine.journals().read(MATH, ID, MATH_5A).entry(1).details()).doesNotContainKey("copyHomeroom");
        assertThat(school.engine.diaries().sent(HOMEROOM, ID)).isEmpty();

        school.engine.execute(MATH, new MakeRemark(ID, MATH_5A, IVANOV, "Опоздал", new Copies(true, Optional.empty())));
        assertThat(school.engine.diaries().sent(HOMEROOM, ID)).singleElement()
                .satisfies(note -> assertThat(note.text()).isEqualTo("Опоздал"));
    }
}
