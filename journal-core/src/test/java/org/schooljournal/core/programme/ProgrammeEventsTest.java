package org.schooljournal.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.core.programme.ProgrammeFixture.ID;
import static org.schooljournal.core.programme.ProgrammeFixture.decide;
import static org.schooljournal.core.programme.ProgrammeFixture.fullySetUp;
import static org.schooljournal.core.programme.ProgrammeFixture.fullySetUpEvents;
import static org.schooljournal.core.programme.ProgrammeFixture.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.log.EventCodec;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolLog;
import org.schooljournal.core.school.SchoolState;

@Tag("YR-3")
@Tag("YR-5")
@Tag("YR-6")
@Tag("YR-7")
@Tag("YR-8")
@Tag("YR-9")
@Tag("YR-10")
@DisplayName("the programme's events are stored and read back unchanged, and rebuild the same programme")
class ProgrammeEventsTest {

    private static List<SchoolEvent> oneOfEach() {
        return List.of(
                new SubjectAdded(new Subject("МАТ", "Математика", SubjectComponent.FEDERAL)),
                new RoomAdded(new Room("101", "Кабинет математики")),
                new StudyGroupAdded("ИУП-1", GroupKind.INDIVIDUAL, List.of("10А"), 10, "s-1"),
                new StudyGroupAdded("5-поток", GroupKind.STREAM, List.of("5А", "5Б"), 5, ""),
                new CurriculumSet(new Curriculum("5А", CurriculumProfile.UNIVERSAL, hours("МАТ", "5", "РУС", "0.5"))),
                new TeachingLoadAssigned(new TeachingAssignment("5А", "МАТ", "t-1")),
                new ThematicPlanSet(new ThematicPlan("5А", "МАТ", List.of(new PlannedTopic("Дроби", 20)))),
                new TimetableEntryAdded(new TimetableEntry("5А", DayOfWeek.MONDAY, 1, ActivityKind.LESSON, "МАТ", "t-1", "101")),
                new TimetableEntryRemoved("5А", DayOfWeek.MONDAY, 1),
                new ControlWorkScheduled(new ControlWork("5А", "МАТ", LocalDate.of(2026, 9, 15), "диктант")));
    }

    @Test
    @DisplayName("every event survives the codec")
    void roundTrip() {
        EventCodec codec = SchoolLog.codec();
        for (SchoolEvent event : oneOfEach()) {
            assertThat(SchoolLog.roundTrip(codec, event)).as(event.getClass().getSimpleName()).isEqualTo(event);
        }
    }

    @Test
    @DisplayName("the group of an individual event names its student; other groups name none")
    void groupOfEvent() {
        assertThat(new StudyGroupAdded("ИУП-1", GroupKind.INDIVIDUAL, List.of("10А"), 10, "s-1").group().studentId())
                .contains("s-1");
        assertThat(new StudyGroupAdded("5-поток", GroupKind.STREAM, List.of("5А"), 5, "").group().studentId())
                .isEqualTo(Optional.empty());
    }

    @Test
    @DisplayName("a fully set-up school rebuilt from its stored events has the same programme and roles")
    void rebuild() {
        EventCodec codec = SchoolLog.codec();
        SchoolState rebuilt = SchoolState.empty(ID);
        for (SchoolEvent event : fullySetUpEvents()) {
            rebuilt = SchoolLog.apply(rebuilt, SchoolLog.roundTrip(codec, event));
        }
        assertThat(rebuilt).isEqualTo(fullySetUp());
    }

    @Test
    @DisplayName("a command's events are what applying it does")
    void decideThenApply() {
        SchoolState state = ProgrammeFixture.withLists();
        List<SchoolEvent> events = decide(state, new AddSubject(ID, "ФИЗ", "Физика", SubjectComponent.FEDERAL));
        assertThat(Programme.of(ProgrammeFixture.apply(state, events)).subjects()).containsKey("ФИЗ");
    }
}
