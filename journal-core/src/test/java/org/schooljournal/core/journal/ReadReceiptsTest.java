package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.HEAD;
import static org.schooljournal.core.journal.JournalSchool.HOMEROOM;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;

import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.diary.ReadReceipt;
import org.schooljournal.core.diary.SentNote;
import org.schooljournal.core.roster.RegisterGuardian;

@DisplayName("DRY-5: read receipts count only a guardian's own reads")
class ReadReceiptsTest {

    private static final Actor MOTHER = Actor.of("g-ivanova");

    private final JournalSchool school = JournalSchool.setUp();

    @BeforeEach
    void aRemark() {
        school.school(new RegisterGuardian(ID, MOTHER.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));
        school.at(MONDAY, LocalTime.of(9, 15));
        school.engine.execute(MATH, new MakeRemark(ID, MATH_5A, IVANOV, "Забыл тетрадь", Copies.NONE));
    }

    private void readDiary(Actor reader) {
        school.engine.diaries().read(reader, ID, IVANOV, MONDAY, MONDAY);
    }

    private ReadReceipt receipt(Actor guardian) {
        SentNote note = school.engine.diaries().sent(MATH, ID).get(0);
        return note.receipts().stream().filter(r -> r.guardianId().equals(guardian.personId())).findFirst().orElseThrow();
    }

    @Test
    @Tag("DRY-5")
    @Tag("PD-2")
    @DisplayName("DRY-5: a homeroom teacher cannot register themselves as a pupil's guardian, so cannot read the diary and fake a receipt")
    void noSelfRegistration() {
        assertThatThrownBy(() -> school.engine.execute(HOMEROOM, new RegisterGuardian(ID, HOMEROOM.personId(),
                "Смирнова", "Елена", "Викторовна", IVANOV))).isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.requirement()).isEqualTo("PD-2"));
        assertThatThrownBy(() -> readDiary(HOMEROOM)).isInstanceOf(AccessDeniedException.class);
        assertThat(receipt(MOTHER).readAt()).isEmpty();
    }

    @Test
    @Tag("DRY-5")
    @DisplayName("DRY-5: a homeroom teacher whom the head registered as guardian of a pupil of their class reads the diary, but their reading is no receipt; the other guardian's is")
    void homeroomTeacherAsGuardian() {
        school.school(new RegisterGuardian(ID, HOMEROOM.personId(), "Смирнова", "Елена", "Викторовна", IVANOV));

        readDiary(HOMEROOM);

        assertThat(receipt(HOMEROOM).readAt()).isEmpty();
        assertThat(receipt(MOTHER).readAt()).isEmpty();
        assertThat(school.engine.diaries().log(HEAD, ID, IVANOV).openings()).isEmpty();

        readDiary(MOTHER);
        assertThat(receipt(MOTHER).readAt()).isPresent();
    }

    @Test
    @Tag("DRY-5")
    @DisplayName("DRY-5: the head, registered as a pupil's guardian by a deputy, produces no receipt either; a subject teacher who is a parent does, keeping no class list")
    void administrationAndTeachersAsGuardians() {
        school.engine.execute(JournalSchool.DEPUTY, new RegisterGuardian(ID, HEAD.personId(), "Иванов", "Сергей", "",
                IVANOV));
        school.school(new RegisterGuardian(ID, RUSSIAN.personId(), "Сидорова", "Ольга", "Петровна", IVANOV));

        readDiary(HEAD);
        readDiary(RUSSIAN);

        assertThat(receipt(HEAD).readAt()).isEmpty();
        assertThat(receipt(RUSSIAN).readAt()).isPresent();
    }
}
