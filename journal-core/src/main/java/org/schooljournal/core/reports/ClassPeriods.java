package org.schooljournal.core.reports;

import java.util.Comparator;
import java.util.List;
import org.schooljournal.core.school.SchoolClass;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.calendar.EducationLevel;
import org.schooljournal.rules.calendar.StudyPeriod;

/** The study periods of a class's grade, in the order the reports show them. */
final class ClassPeriods {

    private ClassPeriods() {
    }

    /** Returns the periods of the class's education level, by last day, a quarter before the year ending with it. */
    static List<StudyPeriod> of(SchoolState school, SchoolClass schoolClass) {
        EducationLevel level = EducationLevel.ofGrade(schoolClass.grade());
        return school.structure().studyPeriods().stream().filter(p -> p.appliesTo(level))
                .sorted(Comparator.comparing(StudyPeriod::lastDay).thenComparing(p -> p.kind().ordinal())).toList();
    }
}
