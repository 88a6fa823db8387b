package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.HEAD;
import static org.schooljournal.core.journal.JournalSchool.HOMEROOM;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.diary.Diary;
import org.schooljournal.core.diary.DiaryNote;
import org.schooljournal.core.diary.ReadReceipt;
import org.schooljournal.core.diary.SentNote;
import org.schooljournal.core.notification.DocumentForm;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.validation.InvalidCommandException;

@DisplayName("Remarks and messages to guardians: in the diary, in the teacher's «sent», with read receipts")
class RemarksTest {

    private static final Actor MOTHER = Actor.of("g-ivanova");
    private static final Actor FATHER = Actor.of("g-ivanov");
    private static final Actor STUDENT = Actor.of(IVANOV);

    private final JournalSchool school = JournalSchool.setUp();

    @BeforeEach
    void guardians() {
        school.school(new RegisterGuardian(ID, MOTHER.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));
        school.school(new RegisterGuardian(ID, FATHER.personId(), "Иванов", "Сергей", "Петрович", IVANOV));
        school.at(MONDAY, LocalTime.of(9, 15));
    }

    private Diary diary(Actor reader) {
        return school.engine.diaries().read(reader, ID, IVANOV, MONDAY, MONDAY.plusDays(6));
    }

    private static MakeRemark remark(String text, Copies copies) {
        return new MakeRemark(ID, MATH_5A, IVANOV, text, copies);
    }

    private static MessageGuardians message(String text, Copies copies) {
        return new MessageGuardians(ID, MATH_5A, IVANOV, text, copies);
    }

    @Test
    @Tag("DRY-6")
    @Tag("DRY-1")
    @DisplayName("DRY-6: a remark is in the diary of the student and the guardians; a message to guardians only in the guardians'")
    void remarkForAllMessageForGuardians() {
        school.engine.execute(MATH, remark("Не выполнил домашнее задание", Copies.NONE));
        school.engine.execute(MATH, message("Прошу зайти в школу в среду", Copies.NONE));

        assertThat(diary(STUDENT).notes()).singleElement().satisfies(note -> {
            assertThat(note.kind()).isEqualTo(EntryKind.REMARK);
            assertThat(note.text()).isEqualTo("Не выполнил домашнее задание");
            assertThat(note.subject()).isEqualTo("Математика");
            assertThat(note.teacher()).isEqualTo("Петрова Мария Ивановна");
            assertThat(note.date()).isEqualTo(MONDAY);
        });
        assertThat(diary(MOTHER).notes()).extracting(DiaryNote::kind)
                .containsExactly(EntryKind.REMARK, EntryKind.GUARDIAN_MESSAGE);
    }

    @Test
    @Tag("DRY-6")
    @DisplayName("DRY-6: both are kept in the teacher's «sent»; copies reach the homeroom teacher and the deputy chosen, nobody else")
    void sentAndCopies() {
        school.engine.execute(MATH, remark("Опоздал без причины", new Copies(true, Optional.empty())));
        school.engine.execute(MATH, message("Нужна подпись в дневнике", new Copies(true, Optional.of(DEPUTY.personId()))));

        assertThat(school.engine.diaries().sent(MATH, ID)).extracting(SentNote::text)
                .containsExactly("Опоздал без причины", "Нужна подпись в дневнике");
        assertThat(school.engine.diaries().sent(HOMEROOM, ID)).hasSize(2)
                .allSatisfy(note -> assertThat(note.copiedTo()).contains(HOMEROOM.personId()));
        assertThat(school.engine.diaries().sent(DEPUTY, ID)).singleElement()
                .satisfies(note -> assertThat(note.kind()).isEqualTo(EntryKind.GUARDIAN_MESSAGE));
        assertThat(school.engine.diaries().sent(RUSSIAN, ID)).isEmpty();
        assertThat(school.engine.diaries().sent(HEAD, ID)).isEmpty();
    }

    @Test
    @Tag("DRY-5")
    @DisplayName("DRY-5: a guardian's opening of the diary is registered; the teacher sees which guardian read each remark and message, and when")
    void readReceipts() {
        school.engine.execute(MATH, remark("Забыл тетрадь", Copies.NONE));
        school.engine.execute(MATH, message("Собрание в четверг", Copies.NONE));
        diary(STUDENT);
        school.clock.advance(Duration.ofHours(8));
        Instant opened = school.clock.instant();
        diary(MOTHER);
        school.clock.advance(Duration.ofHours(1));
        diary(MOTHER);

        assertThat(school.engine.diaries().sent(MATH, ID)).hasSize(2).allSatisfy(note -> {
            assertThat(note.receipts()).extracting(ReadReceipt::guardianId)
                    .containsExactlyInAnyOrder(MOTHER.personId(), FATHER.personId());
            assertThat(receipt(note, MOTHER).readAt()).as("first read").contains(opened);
            assertThat(receipt(note, FATHER).readAt()).isEmpty();
            assertThat(note.readByAll()).isFalse();
        });
        assertThat(school.engine.diaries().log(JournalSchool.HOMEROOM, ID, IVANOV).openings()).hasSize(2)
                .allSatisfy(opening -> assertThat(opening.guardianId()).isEqualTo(MOTHER.personId()));

        diary(FATHER);
        assertThat(school.engine.diaries().sent(MATH, ID)).allSatisfy(note -> assertThat(note.readByAll()).isTrue());
    }

    private static ReadReceipt receipt(SentNote note, Actor guardian) {
        return note.receipts().stream().filter(r -> r.guardianId().equals(guardian.personId())).findFirst().orElseThrow();
    }

    @Test
    @Tag("DRY-6")
    @DisplayName("DRY-6: only the journal's teacher writes; a student not in the journal and a copy to a non-deputy are refused; nothing is recorded")
    void refusals() {
        long before = school.engine.host().rebuildJournal(ID, MATH_5A).entries().size();

        assertThatThrownBy(() -> school.engine.execute(RUSSIAN, remark("Шумел", Copies.NONE)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("MakeRemark");
        assertThatThrownBy(() -> school.engine.execute(MATH, new MakeRemark(ID, MATH_5A, "s-nobody", "Шумел",
                Copies.NONE))).isInstanceOf(InvalidCommandException.class).hasMessageContaining("studentId")
                .hasMessageContaining("s-nobody");
        assertThatThrownBy(() -> school.engine.execute(MATH, message("Шумел", new Copies(false,
                Optional.of(HOMEROOM.personId()))))).isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("copies.deputyId").hasMessageContaining("is not a deputy head");
        assertThatThrownBy(() -> school.engine.execute(MATH, remark(" ", Copies.NONE)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("text");

        assertThat(school.engine.host().rebuildJournal(ID, MATH_5A).entries()).hasSize((int) before);
    }

    @Test
    @Tag("DRY-6")
    @Tag("NTF-3")
    @Tag("UX-1")
    @DisplayName("DRY-6, NTF-3: a guardian with immediate e-mail gets the remark at once, in Russian; one without consent gets nothing")
    void immediateNotice() {
        school.at(MONDAY.minusDays(3), LocalTime.of(18, 0));
        school.subscribe(MOTHER, "ivanova@example.ru", Schedule.IMMEDIATE);
        school.engine.notifications().setContactEmail(FATHER, ID, FATHER.personId(), "ivanov@example.ru", DocumentForm.ELECTRONIC);
        school.at(MONDAY, LocalTime.of(9, 15));

        school.engine.execute(MATH, remark("Не выполнил домашнее задание", Copies.NONE));

        assertThat(school.engine.journals().read(MATH, ID, MATH_5A).state().outbox().values()).singleElement().satisfies(item -> {
            assertThat(item.guardianId()).isEqualTo(MOTHER.personId());
            assertThat(item.notification().subject()).isEqualTo("Замечание учителя");
            assertThat(item.notification().body()).contains("Иванов Пётр").contains("Математика").contains("12.10.2026")
                    .contains("Петрова Мария Ивановна").contains("Не выполнил домашнее задание");
        });
    }
}
