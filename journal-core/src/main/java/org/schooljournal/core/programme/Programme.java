package org.schooljournal.core.programme;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.school.SchoolPart;
import org.schooljournal.core.school.SchoolState;

/**
 * What the school teaches and when, as the administration sets it up for the year: subjects and
 * rooms (YR-3), study groups (YR-5, YR-12), curricula (YR-6), the teaching load (YR-7),
 * calendar-thematic plans (YR-8), the timetable of every kind of activity (YR-9, YR-12) and the
 * control-work schedule (YR-10). A fold of the programme's events.
 *
 * <p>This record is immutable and thread-safe; the {@code with…} methods return new programmes.
 *
 * @param subjects the subjects, by code, in the order added
 * @param rooms the rooms, by number, in the order added
 * @param groups the study groups, by code, in the order added
 * @param curricula the curricula, by class or group code, in the order set
 * @param teachingLoad the teaching load: one teacher per subject of a class or group
 * @param thematicPlans the calendar-thematic plans: one per subject of a class or group
 * @param timetable the timetable entries, in the order added
 * @param controlWorks the control works, in the order scheduled
 */
public record Programme(
        Map<String, Subject> subjects,
        Map<String, Room> rooms,
        Map<String, StudyGroup> groups,
        Map<String, Curriculum> curricula,
        List<TeachingAssignment> teachingLoad,
        List<ThematicPlan> thematicPlans,
        List<TimetableEntry> timetable,
        List<ControlWork> controlWorks) {

    /** Copies the collections. */
    public Programme {
        subjects = copy(subjects);
        rooms = copy(rooms);
        groups = copy(groups);
        curricula = copy(curricula);
        teachingLoad = List.copyOf(teachingLoad);
        thematicPlans = List.copyOf(thematicPlans);
        timetable = List.copyOf(timetable);
        controlWorks = List.copyOf(controlWorks);
    }

    private static <V> Map<String, V> copy(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(map)));
    }

    /** Returns the programme of a school that has set nothing up. */
    public static Programme empty() {
        return new Programme(Map.of(), Map.of(), Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Returns the subject with that code, if the school has it. */
    public Optional<Subject> subject(String code) {
        return Optional.ofNullable(subjects.get(code));
    }

    /** Returns the subject's name, as people read it; its code if the school has no such subject. */
    public String subjectName(String code) {
        return subject(code).map(Subject::name).orElse(code);
    }

    /** Returns the room with that number, if the school has it. */
    public Optional<Room> room(String number) {
        return Optional.ofNullable(rooms.get(number));
    }

    /** Returns the study group with that code, if the school has it. */
    public Optional<StudyGroup> group(String code) {
        return Optional.ofNullable(groups.get(code));
    }

    /** Returns the curriculum of the class or group, once set. */
    public Optional<Curriculum> curriculum(String holderCode) {
        return Optional.ofNullable(curricula.get(holderCode));
    }

    /** Returns the teacher of the subject in the class or group, once assigned. */
    public Optional<String> teacherOf(String holderCode, String subjectCode) {
        return teachingLoad.stream().filter(a -> a.covers(holderCode, subjectCode))
                .map(TeachingAssignment::teacherId).findFirst();
    }

    /** Returns the thematic plan of the subject in the class or group, once set. */
    public Optional<ThematicPlan> thematicPlan(String holderCode, String subjectCode) {
        return thematicPlans.stream().filter(p -> p.covers(holderCode, subjectCode)).findFirst();
    }

    /** Returns the class's or group's entry in that slot of that weekday, if there is one. */
    public Optional<TimetableEntry> timetableEntry(String holderCode, DayOfWeek day, int slot) {
        return timetable.stream().filter(e -> e.holderCode().equals(holderCode) && e.at(day, slot)).findFirst();
    }

    /** Returns the timetable entries of the class or group, in the order added. */
    public List<TimetableEntry> timetableOf(String holderCode) {
        return timetable.stream().filter(e -> e.holderCode().equals(holderCode)).toList();
    }

    /** Returns the control works of the class or group, in the order scheduled. */
    public List<ControlWork> controlWorksOf(String holderCode) {
        return controlWorks.stream().filter(w -> w.holderCode().equals(holderCode)).toList();
    }

    /** Returns this programme with a subject added or updated. */
    Programme withSubject(Subject subject) {
        Map<String, Subject> more = new LinkedHashMap<>(subjects);
        more.put(subject.code(), subject);
        return new Programme(more, rooms, groups, curricula, teachingLoad, thematicPlans, timetable, controlWorks);
    }

    /** Returns this programme with a room added or updated. */
    Programme withRoom(Room room) {
        Map<String, Room> more = new LinkedHashMap<>(rooms);
        more.put(room.number(), room);
        return new Programme(subjects, more, groups, curricula, teachingLoad, thematicPlans, timetable, controlWorks);
    }

    /** Returns this programme with a study group added or updated. */
    Programme withGroup(StudyGroup group) {
        Map<String, StudyGroup> more = new LinkedHashMap<>(groups);
        more.put(group.code(), group);
        return new Programme(subjects, rooms, more, curricula, teachingLoad, thematicPlans, timetable, controlWorks);
    }

    /** Returns this programme with the curriculum of its class or group set or replaced. */
    Programme withCurriculum(Curriculum curriculum) {
        Map<String, Curriculum> more = new LinkedHashMap<>(curricula);
        more.put(curriculum.holderCode(), curriculum);
        return new Programme(subjects, rooms, groups, more, teachingLoad, thematicPlans, timetable, controlWorks);
    }

    /** Returns this programme with the assignment added, replacing the subject's former teacher there. */
    Programme withTeachingAssignment(TeachingAssignment assignment) {
        List<TeachingAssignment> load = new ArrayList<>(teachingLoad);
        load.removeIf(a -> a.covers(assignment.holderCode(), assignment.subjectCode()));
        load.add(assignment);
        return new Programme(subjects, rooms, groups, curricula, load, thematicPlans, timetable, controlWorks);
    }

    /** Returns this programme with the plan added, replacing the former plan of its subject there. */
    Programme withThematicPlan(ThematicPlan plan) {
        List<ThematicPlan> plans = new ArrayList<>(thematicPlans);
        plans.removeIf(p -> p.covers(plan.holderCode(), plan.subjectCode()));
        plans.add(plan);
        return new Programme(subjects, rooms, groups, curricula, teachingLoad, plans, timetable, controlWorks);
    }

    /** Returns this programme with one more timetable entry. */
    Programme withTimetableEntry(TimetableEntry entry) {
        List<TimetableEntry> more = new ArrayList<>(timetable);
        more.add(entry);
        return new Programme(subjects, rooms, groups, curricula, teachingLoad, thematicPlans, more, controlWorks);
    }

    /** Returns this programme without the class's or group's entry in that slot of that weekday. */
    Programme withoutTimetableEntry(String holderCode, DayOfWeek day, int slot) {
        List<TimetableEntry> fewer = new ArrayList<>(timetable);
        fewer.removeIf(e -> e.holderCode().equals(holderCode) && e.at(day, slot));
        return new Programme(subjects, rooms, groups, curricula, teachingLoad, thematicPlans, fewer, controlWorks);
    }

    /** Returns this programme with one more control work. */
    Programme withControlWork(ControlWork work) {
        List<ControlWork> more = new ArrayList<>(controlWorks);
        more.add(work);
        return new Programme(subjects, rooms, groups, curricula, teachingLoad, thematicPlans, timetable, more);
    }

    /** Returns the programme of the school. */
    public static Programme of(SchoolState school) {
        return school.part(PART);
    }

    /** The programme as a part of a school's state, for the engine; opaque. */
    public static final SchoolPart<Programme> PART = ProgrammeCommand.part();
}
