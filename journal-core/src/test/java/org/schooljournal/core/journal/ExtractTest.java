package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.HOMEROOM;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;

import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.diary.DiaryExtract;
import org.schooljournal.core.diary.ExtractWeek;
import org.schooljournal.core.roster.RegisterGuardian;

@Tag("DRY-4")
@DisplayName("DRY-4: the paper extract of a week, for the guardians, the homeroom teacher and the administration")
class ExtractTest {

    private static final Actor MOTHER = Actor.of("g-ivanova");
    private static final Actor FATHER = Actor.of("g-alekseev");

    private final JournalSchool school = JournalSchool.setUp();

    @BeforeEach
    void entries() {
        school.school(new RegisterGuardian(ID, MOTHER.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));
        school.school(new RegisterGuardian(ID, FATHER.personId(), "Алексеев", "Павел", "Ильич", ALEKSEEVA));
        school.at(MONDAY, LocalTime.of(8, 35));
        school.engine.execute(MATH, JournalSchool.mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL));
        school.engine.execute(MATH, new MessageGuardians(ID, MATH_5A, IVANOV, "Прошу подписать дневник",
                Copies.NONE));
    }

    private DiaryExtract extract(Actor reader) {
        ExtractWeek week = ExtractWeek.containing(MONDAY.plusDays(2));
        return school.engine.diaries().extract(reader, ID, IVANOV, week.from(), week.to());
    }

    @Test
    @Tag("UX-1")
    @DisplayName("DRY-4, UX-1: a week's extract in Russian, with the student, the mark and the message to the guardians")
    void weekInRussian() {
        String text = extract(MOTHER).toText();

        assertThat(text).contains("Выписка из электронного дневника").contains("Иванов Пётр").contains("5А")
                .contains("с 12.10.2026 по 18.10.2026").contains("5 (Устный ответ)").contains("Прошу подписать дневник")
                .contains("воскресенье, 18.10.2026");
    }

    @Test
    @DisplayName("DRY-4: the guardian, the homeroom teacher and a deputy may print it; another guardian and a subject teacher may not")
    void whoMayPrint() {
        school.engine.execute(JournalSchool.ADMIN, new AssignRole(ID, HOMEROOM.personId(), Role.HOMEROOM_TEACHER));

        assertThat(extract(HOMEROOM).title()).isEqualTo(extract(DEPUTY).title());
        for (Actor stranger : new Actor[] {FATHER, MATH}) {
            assertThatThrownBy(() -> extract(stranger)).as("%s", stranger).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("diary extract of student " + IVANOV);
        }
    }
}
