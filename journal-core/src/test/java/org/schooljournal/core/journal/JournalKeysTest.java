package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.core.journal.JournalSchool.HOMEROOM;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;

import java.time.DayOfWeek;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.AddTimetableEntry;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.SubjectComponent;
import org.schooljournal.core.school.OpenClass;

/**
 * A class's journals (YR-7, YR-9): one per subject of its timetable and of its teaching load, in
 * the school's order of subjects, and none of another class.
 */
@Tag("YR-7")
@Tag("YR-9")
class JournalKeysTest {

    private final JournalSchool school = JournalSchool.setUp();

    @Test
    @DisplayName("YR-7, YR-9: a class has a journal for each subject of its timetable and of its teaching load, in the school's order of subjects, and none of another class")
    void oneJournalPerSubjectOfTheTimetableAndTheLoad() {
        school.school(new AddSubject(ID, "art", "Изобразительное искусство", SubjectComponent.FEDERAL));
        school.school(new AddSubject(ID, "music", "Музыка", SubjectComponent.FEDERAL));
        school.school(new AddSubject(ID, "bio", "Биология", SubjectComponent.FEDERAL));
        school.school(new AddSubject(ID, "chem", "Химия", SubjectComponent.FEDERAL));
        school.school(new OpenClass(ID, "6Б", 6, RUSSIAN.personId()));
        school.school(new AssignTeachingLoad(ID, MATH.personId(), "art", "5А"));
        school.school(new AddTimetableEntry(ID, "5А", DayOfWeek.TUESDAY, 1, ActivityKind.LESSON, "music",
                HOMEROOM.personId(), "202"));
        school.school(new AssignTeachingLoad(ID, MATH.personId(), "bio", "6Б"));
        school.school(new AddTimetableEntry(ID, "6Б", DayOfWeek.TUESDAY, 2, ActivityKind.LESSON, "chem",
                HOMEROOM.personId(), "201"));

        assertThat(Journals.keysOf(school.engine.host().school(ID), "5А")).extracting(JournalKey::subjectCode)
                .as("the timetable's music and the load's art, in the order the school added its subjects")
                .containsExactly("math", "rus", "art", "music");
        assertThat(Journals.keysOf(school.engine.host().school(ID), "6Б")).extracting(JournalKey::subjectCode)
                .containsExactly("bio", "chem");
        assertThat(Journals.keysOf(school.engine.host().school(ID), "5А")).allMatch(k -> k.holderCode().equals("5А"));
    }
}
