package org.schooljournal.core.school;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.schooljournal.rules.TechnicalFailure;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.BellSchedule;
import org.schooljournal.rules.calendar.ClassSchedule;
import org.schooljournal.rules.calendar.Holidays;
import org.schooljournal.rules.calendar.ProductionCalendar;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.SchoolWeek;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * The school's calendar and organisation as the administration sets them up: the academic year,
 * study periods, holidays, school week, public non-working days and whether the federal production
 * calendar applies (YR-1, YR-2), the staff (YR-3),
 * and the classes with their homeroom teachers and bell schedules (YR-4, YR-9). From it the
 * journal-rules {@link SchoolCalendar} is made.
 *
 * <p>This record is immutable and thread-safe; the {@code with…} methods return new states.
 *
 * @param academicYear the academic year, once set
 * @param studyPeriods the study periods, in the order added
 * @param holidays the holiday periods, in the order added
 * @param schoolWeek the school week
 * @param publicNonWorkingDays the public non-working days, sorted
 * @param staff the staff, by person identifier, in the order hired
 * @param classes the classes, by code, in the order opened
 * @param failures the technical failures the school declared (ARC-7), in the order declared
 * @param calendarChoice whether the school follows the production calendar and teaches on working
 *     weekend days (YR-2)
 */
public record Structure(
        Optional<AcademicYear> academicYear,
        List<StudyPeriod> studyPeriods,
        List<Holidays> holidays,
        SchoolWeek schoolWeek,
        Set<LocalDate> publicNonWorkingDays,
        Map<String, StaffMember> staff,
        Map<String, SchoolClass> classes,
        List<TechnicalFailure> failures,
        CalendarChoice calendarChoice) {

    /** Copies the collections. */
    public Structure {
        Objects.requireNonNull(academicYear, "academicYear");
        Objects.requireNonNull(schoolWeek, "schoolWeek");
        Objects.requireNonNull(calendarChoice, "calendarChoice");
        studyPeriods = List.copyOf(studyPeriods);
        holidays = List.copyOf(holidays);
        publicNonWorkingDays = Collections.unmodifiableSortedSet(new TreeSet<>(publicNonWorkingDays));
        staff = Collections.unmodifiableMap(new LinkedHashMap<>(staff));
        classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
        failures = List.copyOf(failures);
    }

    /** Returns the structure of a school that has set nothing up. */
    public static Structure empty() {
        return new Structure(Optional.empty(), List.of(), List.of(), SchoolWeek.FIVE_DAY, Set.of(), Map.of(), Map.of(), List.of(),
                CalendarChoice.DEFAULT);
    }

    /** Returns this structure with the academic year set. */
    Structure withAcademicYear(AcademicYear year) {
        return new Structure(Optional.of(year), studyPeriods, holidays, schoolWeek, publicNonWorkingDays, staff, classes, failures, calendarChoice);
    }

    /** Returns this structure with one more study period. */
    Structure withStudyPeriod(StudyPeriod period) {
        List<StudyPeriod> more = new ArrayList<>(studyPeriods);
        more.add(period);
        return new Structure(academicYear, more, holidays, schoolWeek, publicNonWorkingDays, staff, classes, failures, calendarChoice);
    }

    /** Returns this structure with one more holiday period. */
    Structure withHolidays(Holidays period) {
        List<Holidays> more = new ArrayList<>(holidays);
        more.add(period);
        return new Structure(academicYear, studyPeriods, more, schoolWeek, publicNonWorkingDays, staff, classes, failures, calendarChoice);
    }

    /** Returns this structure with the school week set. */
    Structure withSchoolWeek(SchoolWeek week) {
        return new Structure(academicYear, studyPeriods, holidays, week, publicNonWorkingDays, staff, classes, failures, calendarChoice);
    }

    /** Returns this structure with more public non-working days. */
    Structure withPublicNonWorkingDays(Set<LocalDate> days) {
        Set<LocalDate> more = new TreeSet<>(publicNonWorkingDays);
        more.addAll(days);
        return new Structure(academicYear, studyPeriods, holidays, schoolWeek, more, staff, classes, failures, calendarChoice);
    }

    /** Returns this structure with a staff member added or updated. */
    Structure withStaff(StaffMember member) {
        Map<String, StaffMember> more = new LinkedHashMap<>(staff);
        more.put(member.personId(), member);
        return new Structure(academicYear, studyPeriods, holidays, schoolWeek, publicNonWorkingDays, more, classes, failures, calendarChoice);
    }

    /** Returns this structure with a class added or updated. */
    Structure withClass(SchoolClass schoolClass) {
        Map<String, SchoolClass> more = new LinkedHashMap<>(classes);
        more.put(schoolClass.code(), schoolClass);
        return new Structure(academicYear, studyPeriods, holidays, schoolWeek, publicNonWorkingDays, staff, more, failures, calendarChoice);
    }

    /** Returns this structure with one more declared technical failure (ARC-7). */
    Structure withFailure(TechnicalFailure failure) {
        List<TechnicalFailure> more = new ArrayList<>(failures);
        more.add(failure);
        return new Structure(academicYear, studyPeriods, holidays, schoolWeek, publicNonWorkingDays, staff, classes, more, calendarChoice);
    }

    /** Returns this structure with the school's choice about the production calendar. */
    Structure withCalendarChoice(CalendarChoice choice) {
        return new Structure(academicYear, studyPeriods, holidays, schoolWeek, publicNonWorkingDays, staff, classes,
                failures, choice);
    }

    /**
     * Returns the calendar years of the academic year that the production calendar the school
     * follows does not cover and for which the school has added no public non-working day of its
     * own (YR-2, YR-11): their holidays and transfers are unknown. None when the school does not
     * follow the production calendar or has no academic year.
     */
    public List<Integer> uncoveredYears() {
        if (academicYear.isEmpty() || !calendarChoice.productionCalendar()) {
            return List.of();
        }
        ProductionCalendar production = ProductionCalendar.federal();
        List<Integer> years = new ArrayList<>();
        for (int year = academicYear.get().firstDay().getYear(); year <= academicYear.get().lastDay().getYear(); year++) {
            int calendarYear = year;
            if (!production.covers(year) && publicNonWorkingDays.stream().noneMatch(day -> day.getYear() == calendarYear)) {
                years.add(year);
            }
        }
        return List.copyOf(years);
    }

    /** Returns a staff member's full name; their identifier if they are not on the staff. */
    public String staffName(String personId) {
        StaffMember member = staff.get(personId);
        return member == null ? personId : member.fullName();
    }

    /** Returns the class with that code, if the school has it. */
    public Optional<SchoolClass> schoolClass(String code) {
        return Optional.ofNullable(classes.get(code));
    }

    /**
     * Returns the school calendar of journal-rules, once the academic year is set; a class
     * without a bell schedule is in it with no lessons. It follows the federal production calendar
     * ({@link ProductionCalendar#federal()}) unless the school chose otherwise, with the school's
     * own public non-working days over it.
     *
     * @throws IllegalStateException if the periods do not fit the year (refused when added)
     */
    public Optional<SchoolCalendar> calendar(ZoneId zone) {
        return academicYear.map(year -> {
            SchoolCalendar.Builder builder = SchoolCalendar.builder(zone).academicYear(year);
            studyPeriods.forEach(builder::studyPeriod);
            holidays.forEach(builder::holidays);
            builder.publicNonWorkingDays(publicNonWorkingDays.toArray(LocalDate[]::new));
            if (calendarChoice.productionCalendar()) {
                builder.productionCalendar(ProductionCalendar.federal());
            }
            builder.teachesOnWorkingWeekendDays(calendarChoice.teachesOnWorkingWeekendDays());
            classes.values().forEach(c -> builder.classSchedule(new ClassSchedule(c.code(), c.grade(), schoolWeek,
                    c.bells().orElse(BellSchedule.of(Map.of())))));
            return builder.build();
        });
    }
}
