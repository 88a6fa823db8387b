package org.schooljournal.core.programme;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The curriculum (учебный план) of a class or a study group — an individual curriculum (ИУП) for a
 * group of one student — with its profile: the hours of each subject per week (YR-6). Hours may be
 * fractional (0.5: one lesson every other week); they are kept without trailing zeros, so that
 * {@code 2.0} and {@code 2} are the same hours.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param holderCode the class or group
 * @param profile the profile
 * @param weeklyHours the hours per week of each subject, by subject code, in the order given
 */
public record Curriculum(String holderCode, CurriculumProfile profile, Map<String, BigDecimal> weeklyHours) {

    /**
     * Checks the parts and normalises the hours.
     *
     * @throws IllegalArgumentException if there are no subjects or some hours are not positive
     */
    public Curriculum {
        Objects.requireNonNull(holderCode, "holderCode");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(weeklyHours, "weeklyHours");
        if (weeklyHours.isEmpty()) {
            throw new IllegalArgumentException("the curriculum of " + holderCode + " needs at least one subject");
        }
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        weeklyHours.forEach((subject, hours) -> copy.put(Objects.requireNonNull(subject, "subject"),
                normalised(holderCode, subject, hours)));
        weeklyHours = Collections.unmodifiableMap(copy);
    }

    private static BigDecimal normalised(String holderCode, String subject, BigDecimal hours) {
        Objects.requireNonNull(hours, "hours");
        if (hours.signum() <= 0) {
            throw new IllegalArgumentException("hours of " + subject + " in the curriculum of " + holderCode
                    + " must be positive, were " + hours.toPlainString());
        }
        BigDecimal stripped = hours.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Returns whether the curriculum has hours of that subject. */
    public boolean includes(String subjectCode) {
        return weeklyHours.containsKey(subjectCode);
    }

    /** Returns the hours of every subject in a week. */
    public BigDecimal totalWeeklyHours() {
        return weeklyHours.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
