package org.schooljournal.core.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.log.EventCodec;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolLog;

@Tag("ROS-1")
@Tag("ROS-2")
@Tag("ACC-7")
class RosterEventsTest {

    private static final LocalDate DATE = LocalDate.of(2025, 9, 1);

    /** One event of every type, with Cyrillic text to carry. */
    static final List<SchoolEvent> SAMPLES = List.of(
            new StudentEnrolled(new Student("s-1", "Ёлкин", "Пётр", "", LocalDate.of(2014, 2, 28)), "5А", DATE),
            new StudentTransferred("s-1", "5А", "5Б", DATE.plusDays(10)),
            new StudentWithdrawn("s-1", "5Б", DATE.plusDays(20), "перевод в МБОУ СОШ № 2"),
            new StudentDataUpdated(new Student("s-1", "Ёлкин", "Пётр", "Ильич", LocalDate.of(2014, 2, 28))),
            new GuardianRegistered(new Guardian("g-1", "Ёлкина", "Ольга", "Ивановна")),
            new GuardianLinked("g-1", "s-1"),
            new GuardianUnlinked("g-1", "s-1"));

    @Test
    @DisplayName("ACC-7: every roster event is stored and read back unchanged")
    void roundTrips() {
        EventCodec codec = SchoolLog.codec();

        for (SchoolEvent event : SAMPLES) {
            assertThat(SchoolLog.roundTrip(codec, event)).isEqualTo(event);
        }
        assertThat(SAMPLES).extracting(Object::getClass)
                .containsExactlyInAnyOrder(RosterEvent.class.getPermittedSubclasses());
    }
}
