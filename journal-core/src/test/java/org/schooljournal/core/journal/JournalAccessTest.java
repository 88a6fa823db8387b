package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.HEAD;
import static org.schooljournal.core.journal.JournalSchool.HOMEROOM;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN_5A;
import static org.schooljournal.core.journal.JournalSchool.SUBSTITUTE;
import static org.schooljournal.core.journal.JournalSchool.absence;
import static org.schooljournal.core.journal.JournalSchool.mark;

import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.RevokeRole;
import org.schooljournal.spi.ErrorCode;

@DisplayName("Journal access: teachers their journals, homeroom teachers read their class, the administration all")
class JournalAccessTest {

    private final JournalSchool school = JournalSchool.setUp();

    @BeforeEach
    void aLessonWithAMark() {
        school.at(MONDAY, LocalTime.of(8, 40));
        school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL));
    }

    private long mathVersion() {
        return school.store.version(MATH_5A.stream(ID));
    }

    @Test
    @Tag("ACC-2")
    @DisplayName("ACC-2: a subject teacher writes and reads only the journals they teach; a denial says why and changes nothing")
    void subjectTeacher() {
        long before = mathVersion();

        assertThatThrownBy(() -> school.engine.execute(RUSSIAN, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
                    assertThat(e.missing()).isEqualTo(Permission.RECORD_IN_JOURNAL);
                    assertThat(e.getMessage()).contains("t-rus").contains("5А × math").contains("its teacher is t-math");
                });
        assertThatThrownBy(() -> school.engine.execute(RUSSIAN, CorrectEntry.mark(ID, new EntryRef(MATH_5A, 1),
                Mark.of("4"),
                "ошибка"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> school.engine.journals().read(RUSSIAN, ID, MATH_5A)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("READ_JOURNAL");
        assertThat(mathVersion()).isEqualTo(before);
        assertThat(school.engine.journals().read(RUSSIAN, ID, RUSSIAN_5A).key()).isEqualTo(RUSSIAN_5A);
    }

    @Test
    @Tag("LES-5")
    @DisplayName("LES-5: recording as a substitute needs the subject teacher's role as well as the substitution; a substitute whose role was revoked records nothing, reads nothing")
    void substituteNeedsTheRole() {
        school.engine.execute(DEPUTY, new RecordSubstitution(ID, MATH_5A, new LessonRef(MONDAY.plusDays(2), 2),
                SUBSTITUTE.personId()));
        school.engine.execute(JournalSchool.ADMIN, new RevokeRole(ID, SUBSTITUTE.personId(), Role.SUBJECT_TEACHER));
        school.at(MONDAY.plusDays(2), LocalTime.of(9, 25));
        long before = mathVersion();

        assertThatThrownBy(() -> school.engine.execute(SUBSTITUTE, absence(MONDAY.plusDays(2), 2, IVANOV,
                AbsenceCode.UNEXCUSED))).isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.requirement()).isEqualTo("LES-5"));
        assertThatThrownBy(() -> school.engine.journals().read(SUBSTITUTE, ID, MATH_5A))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(mathVersion()).isEqualTo(before);

        school.engine.execute(JournalSchool.ADMIN, new AssignRole(ID, SUBSTITUTE.personId(), Role.SUBJECT_TEACHER));
        school.engine.execute(SUBSTITUTE, absence(MONDAY.plusDays(2), 2, IVANOV, AbsenceCode.UNEXCUSED));
        assertThat(mathVersion()).isEqualTo(before + 1);
    }

    @Test
    @Tag("ACC-3")
    @DisplayName("ACC-3: a homeroom teacher reads every journal of their class and writes in none")
    void homeroomTeacher() {
        assertThat(school.engine.journals().read(HOMEROOM, ID, MATH_5A).entry(1).current().value()).isEqualTo("5");
        assertThat(school.engine.journals().read(HOMEROOM, ID, RUSSIAN_5A).key()).isEqualTo(RUSSIAN_5A);

        assertThatThrownBy(() -> school.engine.execute(HOMEROOM, mark(MONDAY, 1, IVANOV, "4", WorkKind.TEST)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> school.engine.execute(HOMEROOM, CorrectEntry.mark(ID, new EntryRef(MATH_5A, 1),
                Mark.of("4"),
                "ошибка"))).isInstanceOf(AccessDeniedException.class);
        assertThat(school.engine.reports().summarySheet(HOMEROOM, ID, "5А").rows()).hasSize(3);
    }

    @Test
    @Tag("ACC-2")
    @DisplayName("the administration reads every journal and the summary sheet; others, and strangers, are denied")
    void administrationAndStrangers() {
        assertThat(school.engine.journals().read(HEAD, ID, MATH_5A).entry(1).current().value()).isEqualTo("5");
        assertThat(school.engine.journals().read(DEPUTY, ID, RUSSIAN_5A).key()).isEqualTo(RUSSIAN_5A);

        assertThatThrownBy(() -> school.engine.journals().read(Actor.of("stranger"), ID, MATH_5A))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> school.engine.journals().read(SUBSTITUTE, ID, MATH_5A))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> school.engine.reports().summarySheet(MATH, ID, "5А")).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("summary sheet of class 5А");
        assertThatThrownBy(() -> school.engine.execute(Actor.of("stranger"),
                absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED))).isInstanceOf(AccessDeniedException.class);
    }
}
