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
 * <p>The public non-working days and transfers come from the {@link ProductionCalendar} the
 * calendar is given (the federal one, for a school of the engine, unless the school says
 * otherwise), and from the school's own days, which win over it: a region's own holidays, a day
 * the school declares working. For a year the production calendar does not cover, only the
 * school's own days count ({@link #uncoveredYears()} reports such years).
 *
 * <p><b>School day</b> of a class: a date of the academic year, within one of the study periods of
 * the class's education level (when that level has any), on a day of the class's school week (or
 * a weekend day made working by a transfer, when the school teaches on those), not a public
 * non-working day (a holiday or a weekday made a day off by a transfer), and not in holidays that
 * apply to the class's grade.
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
    private final ProductionCalendar production;
    private final boolean teachesOnWorkingWeekendDays;

    private SchoolCalendar(Builder builder) {
        this.zone = builder.zone;
        this.academicYear = builder.academicYear;
        this.studyPeriods = List.copyOf(builder.studyPeriods);
        this.holidays = List.copyOf(builder.holidays);
        this.publicNonWorkingDays = Set.copyOf(builder.publicNonWorkingDays);
        this.transferredWorkingDays = Set.copyOf(builder.transferredWorkingDays);
        this.classes = Map.copyOf(builder.classes);
        this.production = builder.production;
        this.teachesOnWorkingWeekendDays = builder.teachesOnWorkingWeekendDays;
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

    /** Returns the production calendar the calendar follows, if any. */
    public Optional<ProductionCalendar> productionCalendar() {
        return Optional.ofNullable(production);
    }

    /**
     * Returns the calendar years of the academic year that the production calendar does not cover,
     * ascending; none when the calendar follows no production calendar.
     */
    public List<Integer> uncoveredYears() {
        if (production == null) {
            return List.of();
        }
        List<Integer> years = new ArrayList<>();
        for (int year = academicYear.firstDay().getYear(); year <= academicYear.lastDay().getYear(); year++) {
            if (!production.covers(year)) {
                years.add(year);
            }
        }
        return List.copyOf(years);
    }

    /**
     * Returns whether the date is a public non-working day: one of the school's own, or a holiday
     * or a weekday made a day off by a transfer in the production calendar (weekends aside).
     */
    public boolean isPublicNonWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (publicNonWorkingDays.contains(date)) {
            return true;
        }
        if (transferredWorkingDays.contains(date)) {
            return false;
        }
        return productionYear(date).map(year -> year.isDayOff(date)).orElse(false);
    }

    private Optional<ProductionYear> productionYear(LocalDate date) {
        return production == null ? Optional.empty() : production.year(date.getYear());
    }

    private boolean isWorkingWeekendDay(LocalDate date) {
        return transferredWorkingDays.contains(date) || !publicNonWorkingDays.contains(date)
                && productionYear(date).map(year -> year.workingWeekendDays().contains(date)).orElse(false);
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
        boolean weekDay = schedule.week().includes(date.getDayOfWeek())
                || teachesOnWorkingWeekendDays && isWorkingWeekendDay(date);
        return academicYear.contains(date)
                && weekDay
                && !isPublicNonWorkingDay(date)
                && holidays.stream().noneMatch(h -> h.covers(date, schedule.grade()))
                && (!levelHasPeriods || studyPeriod(classCode, date).isPresent());
    }

    /** Returns whether the date is a working day (see the class comment). */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (transferredWorkingDays.contains(date)) {
            return true;
        }
        if (publicNonWorkingDays.contains(date)) {
            return false;
        }
        Optional<ProductionYear> year = productionYear(date);
        if (year.isPresent()) {
            return year.get().isWorkingDay(date);
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
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
                + " periods, " + holidays.size() + " holidays, classes " + classCodes()
                + (production == null ? "" : ", " + production) + "]";
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
        private ProductionCalendar production;
        private boolean teachesOnWorkingWeekendDays;

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

        /**
         * Follows a production calendar: its holidays and transfers apply unless the school's own
         * days say otherwise. None if never set.
         */
        public Builder productionCalendar(ProductionCalendar calendar) {
            this.production = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * Sets whether a weekend day made working by a transfer is a school day of every class,
         * whatever its school week; by default it is one only for classes whose week has that day
         * (a six-day week's Saturday), as the regulation leaves it to the school's week (YR-2).
         */
        public Builder teachesOnWorkingWeekendDays(boolean teaches) {
            this.teachesOnWorkingWeekendDays = teaches;
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
