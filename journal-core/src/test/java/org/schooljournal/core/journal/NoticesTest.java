package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.absence;
import static org.schooljournal.core.journal.JournalSchool.mark;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.notification.OutboxItem;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.spi.notify.Notification;

/**
 * The guardians' notices of a journal (ATT-5, NTF-3): who is told that an absence was excused, and
 * that a notice queued between two dispatches goes out at the next one.
 */
@Tag("ATT-5")
class NoticesTest {

    private static final Actor MOTHER = Actor.of("g-ivanova");
    private static final Actor FATHER = Actor.of("g-alekseev");

    private final JournalSchool school = JournalSchool.setUp();

    @BeforeEach
    void guardiansSubscribe() {
        school.school(new RegisterGuardian(ID, MOTHER.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));
        school.school(new RegisterGuardian(ID, FATHER.personId(), "Алексеев", "Павел", "Ильич", ALEKSEEVA));
        school.at(MONDAY.minusDays(1), LocalTime.of(18, 0));
        school.subscribe(MOTHER, "ivanova@example.ru", Schedule.IMMEDIATE);
        school.subscribe(FATHER, "alekseev@example.ru", Schedule.IMMEDIATE);
    }

    private List<String> subjectsTo(String address) {
        return school.engine.journals().read(DEPUTY, ID, MATH_5A).state().outbox().values().stream()
                .map(OutboxItem::notification).filter(n -> n.address().equals(address)).map(Notification::subject)
                .toList();
    }

    @Test
    @Tag("PD-2")
    @DisplayName("ATT-5, PD-2: that an «н» was excused is told only to the guardians told of that absence: not to a guardian who subscribed after it, nor to another pupil's")
    void excusedOnlyToThoseTold() {
        Actor stepfather = Actor.of("g-ivanov");
        school.school(new RegisterGuardian(ID, stepfather.personId(), "Иванов", "Сергей", "Петрович", IVANOV));
        school.at(MONDAY, LocalTime.of(8, 40));
        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        school.engine.execute(MATH, mark(MONDAY, 1, ALEKSEEVA, "5", WorkKind.ORAL));
        school.at(MONDAY, LocalTime.of(8, 45));
        school.subscribe(stepfather, "ivanov@example.ru", Schedule.IMMEDIATE);
        school.engine.execute(MATH, new MakeRemark(ID, MATH_5A, IVANOV, "Разговаривал на уроке", Copies.NONE));
        List<String> stepfatherBefore = subjectsTo("ivanov@example.ru");
        List<String> fatherBefore = subjectsTo("alekseev@example.ru");

        school.at(MONDAY, LocalTime.of(9, 0));
        school.engine.execute(MATH, CorrectEntry.absence(ID, new EntryRef(MATH_5A, 1), AbsenceCode.ILLNESS, "справка"));

        assertThat(subjectsTo("ivanova@example.ru")).as("the absence, the remark, the excuse").hasSize(3);
        assertThat(stepfatherBefore).as("the remark").hasSize(1);
        assertThat(subjectsTo("ivanov@example.ru")).isEqualTo(stepfatherBefore);
        assertThat(subjectsTo("alekseev@example.ru")).hasSize(1).isEqualTo(fatherBefore);
    }

    @Test
    @Tag("NTF-3")
    @DisplayName("ATT-5, NTF-3: an «н» recorded a minute after a dispatch is sent at the next dispatch, without waiting for a rescan")
    void queuedBetweenDispatchesGoesOutNext() {
        CompromiseTest.Channel channel = new CompromiseTest.Channel();
        school.at(MONDAY, LocalTime.of(8, 39));
        school.engine.host().dispatch(ID, channel);
        assertThat(channel.sent).isEmpty();

        school.at(MONDAY, LocalTime.of(8, 40));
        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        school.engine.host().dispatch(ID, channel);

        assertThat(channel.sent).extracting(Notification::address).containsExactly("ivanova@example.ru");
    }
}
