package org.schooljournal.rules.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The school calendar of one academic year (YR-1, YR-2, YR-9): the school's time zone, its study
 * periods per education level, holidays, the school week, the public non-working days, and each
 * class's bell schedule. It answers the questions the deadlines need: is a date a school day for a
 * class, is it a working day, when do that class's lessons end that day.
 *
 * <p><b>School day</b> of a class: a date of the academic year, within one of the study periods of
 * the class's education level (when that level has any), on a day of the class's school week, not
 * a public non-working day, and not in holidays that apply to the class's grade.
 *
 * <p><b>Working day</b> (рабочий день, for PD-4): Monday to Friday except the public non-working
 * days, plus the days declared working by a transfer (перенос выходного дня).
 *
 * <p>This class is immutable and thread-safe; build it with {@link #builder(ZoneId)}.
 */
public final class SchoolCalendar {

    /** The time zone of Yugra (Khanty-Mansi Autonomous Okrug), UTC+5. */
    public static final ZoneId YUGRA = ZoneId.of("Asia/Yekaterinburg");

    private final ZoneId zone;
    private final AcademicYear academicYear;
    private final List<StudyPeriod> studyPeriods;
    private final List<Holidays> holidays;
    private final Set<LocalDate> publicNonWorkingDays;
    private final Set<LocalDate> transferredWorkingDays;
    private final Map<String, ClassSchedule> classes;

    private SchoolCalendar(Builder builder) {
        this.zone = builder.zone;
        this.academicYear = builder.academicYear;
        this.studyPeriods = List.copyOf(builder.studyPeriods);
        this.holidays = List.copyOf(builder.holidays);
        this.publicNonWorkingDays = Set.copyOf(builder.publicNonWorkingDays);
        this.transferredWorkingDays = Set.copyOf(builder.transferredWorkingDays);
        this.classes = Map.copyOf(builder.classes);
    }

    /**
     * Starts a calendar in the school's time zone; use {@link #YUGRA} for schools of Yugra.
     *
     * @param zone the school's time zone, in which every deadline is computed
     * @return a builder
     */
    public static Builder builder(ZoneId zone) {
        return new Builder(Objects.requireNonNull(zone, "zone"));
    }

    /** Returns the school's time zone. */
    public ZoneId zone() {
        return zone;
    }

    /** Returns the academic year this calendar covers. */
    public AcademicYear academicYear() {
        return academicYear;
    }

    /** Returns the study periods of every level, in the order they were added. */
    public List<StudyPeriod> studyPeriods() {
        return studyPeriods;
    }

    /** Returns the holiday periods, in the order they were added. */
    public List<Holidays> holidays() {
        return holidays;
    }

    /** Returns the codes of the classes and groups the calendar has schedules for, sorted. */
    public Set<String> classCodes() {
        return new TreeSet<>(classes.keySet());
    }

    /**
     * Returns the schedule of a class or group.
     *
     * @throws IllegalArgumentException if the calendar has no class with that code
     */
    public ClassSchedule classSchedule(String classCode) {
        Objects.requireNonNull(classCode, "classCode");
        ClassSchedule schedule = classes.get(classCode);
        if (schedule == null) {
            throw new IllegalArgumentException(
                    "unknown class " + classCode + "; the calendar has " + classCodes());
        }
        return schedule;
    }

    /**
     * Returns the study period of the class's level that contains the date, if any.
     *
     * @throws IllegalArgumentException if the class is unknown
     */
    public Optional<StudyPeriod> studyPeriod(String classCode, LocalDate date) {
        EducationLevel level = classSchedule(classCode).level();
        return studyPeriods.stream()
                .filter(period -> period.appliesTo(level) && period.contains(date))
                .findFirst();
    }

    /**
     * Returns whether the date is a school day of the class (see the class comment).
     *
     * @throws IllegalArgumentException if the class is unknown
     */
    public boolean isSchoolDay(String classCode, LocalDate date) {
        Objects.requireNonNull(date, "date");
        ClassSchedule schedule = classSchedule(classCode);
        EducationLevel level = schedule.level();
        boolean levelHasPeriods = studyPeriods.stream().anyMatch(period -> period.appliesTo(level));
        return academicYear.contains(date)
                && schedule.week().includes(date.getDayOfWeek())
                && !publicNonWorkingDays.contains(date)
                && holidays.stream().noneMatch(h -> h.covers(date, schedule.grade()))
                && (!levelHasPeriods || studyPeriod(classCode, date).isPresent());
    }

    /** Returns whether the date is a working day (see the class comment). */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (transferredWorkingDays.contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && !publicNonWorkingDays.contains(date);
    }

    /**
     * Returns the {@code n}-th school day of the class after the date ({@code n = 0}: the date
     * itself). Days after the academic year's last day have no school days; from there on working
     * days are counted instead, so that a count started near the end of the year still ends.
     *
     * @throws IllegalArgumentException if {@code n} is negative or the class is unknown
     */
    public LocalDate schoolDayAfter(String classCode, LocalDate date, int n) {
        requireCount(n);
        LocalDate day = date;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            boolean counts = day.isAfter(academicYear.lastDay())
                    ? isWorkingDay(day)
                    : isSchoolDay(classCode, day);
            if (counts) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Returns the {@code n}-th working day after the date ({@code n = 0}: the date itself).
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public LocalDate workingDayAfter(LocalDate date, int n) {
        requireCount(n);
        LocalDate day = date;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private static void requireCount(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("count of days must not be negative, was " + n);
        }
    }

    /**
     * Returns when the class's last lesson ends that day; empty when the date is not one of its
     * school days or its bell schedule has no lessons that weekday.
     *
     * @throws IllegalArgumentException if the class is unknown
     */
    public Optional<LocalTime> endOfLessons(String classCode, LocalDate date) {
        if (!isSchoolDay(classCode, date)) {
            return Optional.empty();
        }
        return classSchedule(classCode).bells().endOfLessons(date.getDayOfWeek());
    }

    /**
     * Returns the lesson in the slot of that number of the class's bell schedule on that date.
     *
     * @throws IllegalArgumentException if the class is unknown, the date is not its school day, or
     *     its bell schedule has no such slot that weekday
     */
    public LessonTime lesson(String classCode, LocalDate date, int slotNumber) {
        if (!isSchoolDay(classCode, date)) {
            throw new IllegalArgumentException(date + " is not a school day of class " + classCode);
        }
        LessonSlot slot = classSchedule(classCode).bells().slot(date.getDayOfWeek(), slotNumber)
                .orElseThrow(() -> new IllegalArgumentException("class " + classCode
                        + " has no lesson " + slotNumber + " on " + date.getDayOfWeek()));
        return new LessonTime(classCode, date, slot.start(), slot.end());
    }

    /** Returns the instant of that local date and time in the school's zone. */
    public Instant instant(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(zone).toInstant();
    }

    /**
     * Returns the instant the date ends in the school's zone: 24:00 of that date, which is the
     * start of the next day.
     */
    public Instant endOfDay(LocalDate date) {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Returns the instant the date starts in the school's zone. */
    public Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    @Override
    public String toString() {
        return "SchoolCalendar[" + academicYear.label() + ", " + zone + ", " + studyPeriods.size()
                + " periods, " + holidays.size() + " holidays, classes " + classCodes() + "]";
    }

    /**
     * Builds a {@link SchoolCalendar}. Every argument is checked when given; {@link #build()}
     * checks how they fit together. A builder is not thread-safe.
     */
    public static final class Builder {

        private final ZoneId zone;
        private AcademicYear academicYear;
        private SchoolWeek schoolWeek = SchoolWeek.FIVE_DAY;
        private final List<StudyPeriod> studyPeriods = new ArrayList<>();
        private final List<Holidays> holidays = new ArrayList<>();
        private final Set<LocalDate> publicNonWorkingDays = new TreeSet<>();
        private final Set<LocalDate> transferredWorkingDays = new TreeSet<>();
        private final Map<String, ClassSchedule> classes = new LinkedHashMap<>();

        private Builder(ZoneId zone) {
            this.zone = zone;
        }

        /** Sets the academic year; required. */
        public Builder academicYear(AcademicYear year) {
            this.academicYear = Objects.requireNonNull(year, "year");
            return this;
        }

        /** Sets the school week of the classes added after this call; five days if never set. */
        public Builder schoolWeek(SchoolWeek week) {
            this.schoolWeek = Objects.requireNonNull(week, "week");
            return this;
        }

        /** Adds a study period. */
        public Builder studyPeriod(StudyPeriod period) {
            studyPeriods.add(Objects.requireNonNull(period, "period"));
            return this;
        }

        /** Adds a holiday period. */
        public Builder holidays(Holidays period) {
            holidays.add(Objects.requireNonNull(period, "period"));
            return this;
        }

        /** Adds public non-working days (нерабочие праздничные и выходные дни). */
        public Builder publicNonWorkingDays(LocalDate... days) {
            for (LocalDate day : days) {
                publicNonWorkingDays.add(Objects.requireNonNull(day, "day"));
            }
            return this;
        }

        /** Adds days that are working days by a transfer, usually Saturdays. */
        public Builder transferredWorkingDays(LocalDate... days) {
            for (LocalDate day : days) {
                transferredWorkingDays.add(Objects.requireNonNull(day, "day"));
            }
            return this;
        }

        /**
         * Adds a class or group with the current school week.
         *
         * @throws IllegalArgumentException as {@link ClassSchedule}
         */
        public Builder classSchedule(String code, int grade, BellSchedule bells) {
            return classSchedule(new ClassSchedule(code, grade, schoolWeek, bells));
        }

        /**
         * Adds a class or group.
         *
         * @throws IllegalArgumentException if a class with that code was added before
         */
        public Builder classSchedule(ClassSchedule schedule) {
            Objects.requireNonNull(schedule, "schedule");
            if (classes.putIfAbsent(schedule.code(), schedule) != null) {
                throw new IllegalArgumentException("class " + schedule.code() + " added twice");
            }
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @throws IllegalStateException if no academic year was set, a study period lies outside
         *     it, two periods of one level overlap, or a day is both a public non-working day and
         *     a transferred working day
         */
        public SchoolCalendar build() {
            if (academicYear == null) {
                throw new IllegalStateException("academicYear is required");
            }
            for (StudyPeriod period : studyPeriods) {
                if (!academicYear.contains(period.firstDay())
                        || !academicYear.contains(period.lastDay())) {
                    throw new IllegalStateException(period.kind() + " " + period.number() + " ("
                            + period.firstDay() + "–" + period.lastDay()
                            + ") lies outside the academic year " + academicYear.label());
                }
            }
            for (int i = 0; i < studyPeriods.size(); i++) {
                for (int j = i + 1; j < studyPeriods.size(); j++) {
                    requireDisjoint(studyPeriods.get(i), studyPeriods.get(j));
                }
            }
            for (LocalDate day : transferredWorkingDays) {
                if (publicNonWorkingDays.contains(day)) {
                    throw new IllegalStateException(
                            day + " is both a public non-working day and a transferred working day");
                }
            }
            return new SchoolCalendar(this);
        }

        private static void requireDisjoint(StudyPeriod a, StudyPeriod b) {
            boolean shareLevel = a.levels().stream().anyMatch(b.levels()::contains);
            boolean overlap = !a.lastDay().isBefore(b.firstDay()) && !b.lastDay().isBefore(a.firstDay());
            if (shareLevel && overlap) {
                throw new IllegalStateException(a.kind() + " " + a.number() + " and " + b.kind()
                        + " " + b.number() + " overlap for a common education level");
            }
        }
    }
}
