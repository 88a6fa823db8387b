package org.schooljournal.core.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.schooljournal.core.programme.CurriculumProfile;

/**
 * The fulfilment of the curricula (REP-6), for all profiles: per journal, the lessons the
 * timetable had from one date to another and those given (with a recorded topic), beside the
 * curriculum's weekly hours and the thematic plan's hours for the year; and per profile, the sums.
 * Read as of an instant.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param from the first date
 * @param to the last date
 * @param asOf the instant the report reads the journals as of
 * @param lines each journal's fulfilment, by class or group in the school's order, then subject
 * @param profiles the sums per profile, in the order of {@link CurriculumProfile}
 */
public record CurriculumReport(String schoolId, LocalDate from, LocalDate to, Instant asOf, List<Line> lines,
        List<ProfileLine> profiles) {

    /**
     * One journal's fulfilment.
     *
     * @param holderCode the class or group
     * @param subjectCode the subject
     * @param subject the subject's name
     * @param profile the profile of the class's or group's curriculum; {@code UNIVERSAL} without one
     * @param weeklyHours the subject's weekly hours in the curriculum, if set
     * @param plannedHours the hours of the thematic plan for the year, if set
     * @param timetabled the lessons of the timetable on the school days of the dates
     * @param given the lessons among them given
     */
    public record Line(String holderCode, String subjectCode, String subject, CurriculumProfile profile,
            Optional<BigDecimal> weeklyHours, OptionalInt plannedHours, int timetabled, int given) {

        /** Checks the parts. */
        public Line {
            Objects.requireNonNull(holderCode, "holderCode");
            Objects.requireNonNull(subjectCode, "subjectCode");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(weeklyHours, "weeklyHours");
            Objects.requireNonNull(plannedHours, "plannedHours");
        }

        /** Returns the lessons given per lesson timetabled, in per cent to one decimal; empty if none was timetabled. */
        public Optional<BigDecimal> fulfilledPercent() {
            return Percent.of(given, timetabled);
        }
    }

    /**
     * A profile's sums.
     *
     * @param profile the profile
     * @param journals the journals of its classes and groups
     * @param timetabled their lessons timetabled
     * @param given the lessons among them given
     */
    public record ProfileLine(CurriculumProfile profile, int journals, int timetabled, int given) {

        /** Returns the lessons given per lesson timetabled, in per cent to one decimal; empty if none was timetabled. */
        public Optional<BigDecimal> fulfilledPercent() {
            return Percent.of(given, timetabled);
        }
    }

    /** Copies the lists. */
    public CurriculumReport {
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        lines = List.copyOf(lines);
        profiles = List.copyOf(profiles);
    }
}
