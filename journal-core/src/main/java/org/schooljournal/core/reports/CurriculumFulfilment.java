package org.schooljournal.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalScope;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.programme.Curriculum;
import org.schooljournal.core.programme.CurriculumProfile;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.calendar.SchoolCalendar;

/** The fold of the journals into a {@link CurriculumReport} (REP-6), through each journal's {@link LessonStatistics}. */
final class CurriculumFulfilment {

    private CurriculumFulfilment() {
    }

    /**
     * Returns the report.
     *
     * @param school the school's state as of the instant
     * @param journals the journals' states as of the instant, by class or group in the school's order
     */
    static CurriculumReport of(SchoolState school, Map<JournalKey, JournalState> journals, SchoolCalendar calendar,
            LocalDate from, LocalDate to, Instant asOf) {
        Programme programme = Programme.of(school);
        List<CurriculumReport.Line> lines = new ArrayList<>();
        Map<CurriculumProfile, CurriculumReport.ProfileLine> profiles = new EnumMap<>(CurriculumProfile.class);
        journals.forEach((key, journal) -> {
            JournalScope scope = JournalScope.of(school, key, CurriculumReport.class);
            LessonStatistics statistics = LessonStatistics.of(scope, journal, calendar, from, to);
            CurriculumProfile profile = programme.curriculum(key.holderCode()).map(Curriculum::profile)
                    .orElse(CurriculumProfile.UNIVERSAL);
            lines.add(new CurriculumReport.Line(key.holderCode(), key.subjectCode(),
                    programme.subjectName(key.subjectCode()), profile, statistics.weeklyHours(),
                    statistics.plannedHours(), statistics.timetabled(), statistics.given()));
            profiles.merge(profile, new CurriculumReport.ProfileLine(profile, 1, statistics.timetabled(),
                    statistics.given()), (a, b) -> new CurriculumReport.ProfileLine(profile, a.journals() + b.journals(),
                    a.timetabled() + b.timetabled(), a.given() + b.given()));
        });
        return new CurriculumReport(school.schoolId(), from, to, asOf, lines, List.copyOf(profiles.values()));
    }
}
