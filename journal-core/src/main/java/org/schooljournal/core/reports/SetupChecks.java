package org.schooljournal.core.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.programme.Curriculum;
import org.schooljournal.core.programme.GroupKind;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.programme.StudyGroup;
import org.schooljournal.core.programme.TeachingAssignment;
import org.schooljournal.core.school.SchoolClass;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.Structure;
import org.schooljournal.rules.calendar.EducationLevel;

/**
 * Lists what is missing from a school's set-up (YR-1…YR-10), in the order of {@link SetupItem}.
 * The teaching load of a class's subject is also given by the load of that subject in the
 * class's groups (a language taught in half-classes); so is its timetable.
 */
final class SetupChecks {

    private final SchoolState state;
    private final Structure structure;
    private final Programme programme;
    private final List<MissingItem> missing = new ArrayList<>();

    private SetupChecks(SchoolState state) {
        this.state = state;
        this.structure = state.structure();
        this.programme = Programme.of(state);
    }

    /** Returns what is missing from the school's set-up. */
    static List<MissingItem> of(SchoolState state) {
        SetupChecks checks = new SetupChecks(state);
        checks.calendar();
        checks.lists();
        checks.classes();
        checks.curricula();
        checks.teachingLoad();
        checks.thematicPlans();
        checks.timetable();
        checks.controlWorks();
        checks.missing.sort(Comparator.comparing(MissingItem::item));
        return List.copyOf(checks.missing);
    }

    private void calendar() {
        if (structure.academicYear().isEmpty()) {
            missing.add(MissingItem.of(SetupItem.ACADEMIC_YEAR, "the academic year is not set"));
        }
        Set<EducationLevel> levels = EnumSet.noneOf(EducationLevel.class);
        structure.classes().values().forEach(c -> levels.add(EducationLevel.ofGrade(c.grade())));
        if (levels.isEmpty() && structure.studyPeriods().isEmpty()) {
            missing.add(MissingItem.of(SetupItem.STUDY_PERIODS, "no study periods are set"));
        }
        for (EducationLevel level : levels) {
            if (structure.studyPeriods().stream().noneMatch(period -> period.appliesTo(level))) {
                missing.add(new MissingItem(SetupItem.STUDY_PERIODS, List.of(level.name()),
                        "no study period is set for " + level + " education, which has classes"));
            }
        }
        if (structure.holidays().isEmpty()) {
            missing.add(MissingItem.of(SetupItem.HOLIDAYS, "no holidays are set"));
        }
        if (!structure.calendarChoice().productionCalendar() && structure.publicNonWorkingDays().isEmpty()) {
            missing.add(MissingItem.of(SetupItem.PUBLIC_NON_WORKING_DAYS,
                    "no public non-working days are set, and the school does not follow the production calendar"));
        }
        for (int year : structure.uncoveredYears()) {
            missing.add(new MissingItem(SetupItem.PUBLIC_NON_WORKING_DAYS, List.of(String.valueOf(year)),
                    "the production calendar does not cover " + year + ": add its public non-working days"
                            + " (AddPublicNonWorkingDays) or ship its decree (ProductionCalendarProvider)"));
        }
    }

    private void lists() {
        if (programme.subjects().isEmpty()) {
            missing.add(MissingItem.of(SetupItem.SUBJECTS, "no subjects are added"));
        }
        if (programme.rooms().isEmpty()) {
            missing.add(MissingItem.of(SetupItem.ROOMS, "no rooms are added"));
        }
        if (structure.staff().isEmpty()) {
            missing.add(MissingItem.of(SetupItem.STAFF, "no staff are hired"));
        }
    }

    private void classes() {
        if (structure.classes().isEmpty()) {
            missing.add(MissingItem.of(SetupItem.CLASSES, "no classes are open"));
        }
        for (SchoolClass schoolClass : structure.classes().values()) {
            String teacher = schoolClass.homeroomTeacherId();
            if (!structure.staff().containsKey(teacher)) {
                missing.add(new MissingItem(SetupItem.HOMEROOM_TEACHER, List.of(schoolClass.code()),
                        "class " + schoolClass.code() + ": homeroom teacher " + teacher + " is not on the staff"));
            } else if (!state.rolesOf(teacher).contains(Role.HOMEROOM_TEACHER)) {
                missing.add(new MissingItem(SetupItem.HOMEROOM_TEACHER, List.of(schoolClass.code()),
                        "class " + schoolClass.code() + ": homeroom teacher " + teacher
                                + " does not hold the homeroom teacher's role"));
            }
            if (schoolClass.bells().isEmpty()) {
                missing.add(new MissingItem(SetupItem.BELL_SCHEDULE, List.of(schoolClass.code()),
                        "class " + schoolClass.code() + " has no bell schedule"));
            }
        }
    }

    private void curricula() {
        for (String classCode : structure.classes().keySet()) {
            if (programme.curriculum(classCode).isEmpty()) {
                missing.add(new MissingItem(SetupItem.CURRICULUM, List.of(classCode),
                        "class " + classCode + " has no curriculum"));
            }
        }
        for (StudyGroup group : programme.groups().values()) {
            if (group.kind() == GroupKind.INDIVIDUAL && programme.curriculum(group.code()).isEmpty()) {
                missing.add(new MissingItem(SetupItem.CURRICULUM, List.of(group.code()),
                        "individual group " + group.code() + " has no individual curriculum"));
            }
        }
    }

    private void teachingLoad() {
        for (Curriculum curriculum : programme.curricula().values()) {
            String holder = curriculum.holderCode();
            for (String subject : curriculum.weeklyHours().keySet()) {
                boolean taught = programme.teacherOf(holder, subject).isPresent()
                        || groupsDrawnFrom(holder).stream()
                                .anyMatch(group -> programme.teacherOf(group.code(), subject).isPresent());
                if (!taught) {
                    missing.add(new MissingItem(SetupItem.TEACHING_LOAD, List.of(holder, subject),
                            holder + ": subject " + subject + " of the curriculum has no teacher"));
                }
            }
        }
    }

    private void thematicPlans() {
        for (TeachingAssignment assignment : programme.teachingLoad()) {
            if (programme.thematicPlan(assignment.holderCode(), assignment.subjectCode()).isEmpty()) {
                missing.add(new MissingItem(SetupItem.THEMATIC_PLAN,
                        List.of(assignment.holderCode(), assignment.subjectCode()),
                        assignment.holderCode() + ": subject " + assignment.subjectCode() + ", taught by "
                                + assignment.teacherId() + ", has no thematic plan"));
            }
        }
    }

    private void timetable() {
        for (String classCode : structure.classes().keySet()) {
            boolean scheduled = !programme.timetableOf(classCode).isEmpty()
                    || groupsDrawnFrom(classCode).stream().anyMatch(g -> !programme.timetableOf(g.code()).isEmpty());
            if (!scheduled) {
                missing.add(new MissingItem(SetupItem.TIMETABLE, List.of(classCode),
                        "class " + classCode + " has no timetable"));
            }
        }
    }

    private void controlWorks() {
        if (programme.controlWorks().isEmpty()) {
            missing.add(MissingItem.of(SetupItem.CONTROL_WORKS, "no control works are scheduled"));
        }
    }

    private List<StudyGroup> groupsDrawnFrom(String classCode) {
        Map<String, StudyGroup> groups = programme.groups();
        return groups.values().stream().filter(group -> group.drawsFrom(classCode)).toList();
    }
}
