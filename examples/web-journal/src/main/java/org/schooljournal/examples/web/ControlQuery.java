package org.schooljournal.examples.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * What the control page is asked to show (its form, in the query string): a class or the whole
 * school, the dates of REP-5's control, and the study period of the success rates (REP-1). A value
 * left out takes its default — the current study period up to today, and the last period ended —
 * and a value that cannot be read is kept as given, with its field's error, so the page shows it
 * next to the field and reads nothing.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param classCode the class, or empty for the whole school
 * @param from the first date
 * @param to the last date
 * @param period the period of the success rates
 * @param given the values as given, by field, for the form to show again
 * @param errors the fields that could not be read, each with its value, by field
 */
public record ControlQuery(Optional<String> classCode, LocalDate from, LocalDate to, PeriodRef period,
        Map<String, String> given, Map<String, String> errors) {

    /** The fields of the form. */
    static final String CLASS = "class";
    static final String FROM = "from";
    static final String TO = "to";
    static final String PERIOD = "period";

    /** Copies the maps. */
    public ControlQuery {
        given = Map.copyOf(given);
        errors = Map.copyOf(errors);
    }

    /** Reads the query string of the request, against the school's calendar on the day. */
    static ControlQuery of(Context ctx, SchoolCalendar calendar, LocalDate today) {
        Map<String, String> given = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : new String[] {CLASS, FROM, TO, PERIOD}) {
            String value = ctx.queryParam(field);
            if (value != null && !value.isBlank()) {
                given.put(field, value.strip());
            }
        }
        StudyPeriod current = calendar.studyPeriods().stream().filter(p -> p.contains(today))
                .max(java.util.Comparator.comparing(StudyPeriod::firstDay)).or(() -> lastEnded(calendar, today)).orElse(calendar.studyPeriods().get(0));
        LocalDate from = date(given, errors, FROM).orElse(current.firstDay());
        LocalDate to = date(given, errors, TO).orElse(today);
        PeriodRef period = Optional.ofNullable(given.get(PERIOD)).flatMap(text -> period(text, calendar))
                .orElseGet(() -> lastEnded(calendar, today).map(PeriodRef::of).orElse(PeriodRef.of(current)));
        if (given.containsKey(PERIOD) && period(given.get(PERIOD), calendar).isEmpty()) {
            errors.put(PERIOD, given.get(PERIOD));
        }
        return new ControlQuery(Optional.ofNullable(given.get(CLASS)), from, to, period, given, errors);
    }

    /** Returns the value to show in a field: as given, else the default in use. */
    public String value(String field) {
        return switch (field) {
            case FROM -> given.getOrDefault(FROM, from.toString());
            case TO -> given.getOrDefault(TO, to.toString());
            case PERIOD -> given.getOrDefault(PERIOD, period.toString());
            default -> given.getOrDefault(field, "");
        };
    }

    /** Returns the query string that asks for the same, to append to an address ({@code ?…}). */
    public String queryString() {
        StringBuilder query = new StringBuilder("?");
        classCode.ifPresent(code -> query.append(CLASS).append('=').append(encode(code)).append('&'));
        query.append(FROM).append('=').append(from).append('&').append(TO).append('=').append(to)
                .append('&').append(PERIOD).append('=').append(period);
        return query.toString();
    }

    /** Returns this query with an error for a field, the value given kept. */
    ControlQuery withError(String field, String value) {
        Map<String, String> more = new LinkedHashMap<>(errors);
        more.put(field, value);
        return new ControlQuery(classCode, from, to, period, given, more);
    }

    private static Optional<LocalDate> date(Map<String, String> given, Map<String, String> errors, String field) {
        String text = given.get(field);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            errors.put(field, text);
            return Optional.empty();
        }
    }

    private static Optional<PeriodRef> period(String text, SchoolCalendar calendar) {
        try {
            PeriodRef period = PeriodRef.parse(text);
            return calendar.studyPeriods().stream().map(PeriodRef::of).filter(period::equals).findFirst();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Returns the study period that ended last before the day, if any. */
    private static Optional<StudyPeriod> lastEnded(SchoolCalendar calendar, LocalDate today) {
        return calendar.studyPeriods().stream().filter(p -> p.lastDay().isBefore(today))
                .max(java.util.Comparator.comparing(StudyPeriod::lastDay));
    }

    private static String encode(String part) {
        return java.net.URLEncoder.encode(part, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
