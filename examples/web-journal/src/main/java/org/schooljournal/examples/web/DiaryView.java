package org.schooljournal.examples.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the diary page ({@code diary.jte}) shows of a student's week, every text ready in Russian:
 * the days with their lessons (DRY-3), the remarks and notes with when each guardian's reading was
 * registered (DRY-5), the period marks and the forecast with what it takes to reach 5 (MRK-11),
 * and, to a guardian, their notification settings and consent (NTF-2, NTF-3, PD-1).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param texts the page's texts
 * @param studentId the student whose diary it is
 * @param week the week's dates, such as «20–26 октября 2025»
 * @param here the page's address with its week, where the forms return
 * @param previous the previous week's page
 * @param next the next week's page
 * @param children the guardian's children, each a link to their diary, when there is more than one
 * @param days the week's days, Monday first
 * @param notes the remarks, messages and notes of the week, in the order they were written
 * @param results the period marks given
 * @param forecasts the forecasts of the period marks still to come
 * @param teachers the class's teachers, the homeroom teacher first
 * @param settings the reader's notification settings and consent, if the reader is a guardian
 */
public record DiaryView(Texts texts, String studentId, String week, String here, Link previous, Link next, List<Link> children,
        List<Day> days, List<Note> notes, List<Result> results, List<ForecastLine> forecasts, List<String> teachers,
        Optional<Settings> settings) {

    /** The address of the consent's form, after the diary's. */
    static final String CONSENT = "/consent";
    /** The address of the notifications' form, after the diary's. */
    static final String NOTIFICATIONS = "/notifications";

    /** Copies the lists. */
    public DiaryView {
        Objects.requireNonNull(texts, "texts");
        children = List.copyOf(children);
        days = List.copyOf(days);
        notes = List.copyOf(notes);
        results = List.copyOf(results);
        forecasts = List.copyOf(forecasts);
        teachers = List.copyOf(teachers);
        Objects.requireNonNull(settings, "settings");
    }

    /** Returns the address of the form that records a consent or refusal (PD-1). */
    public String consentAction() {
        return Paths.diary(studentId) + CONSENT;
    }

    /** Returns the address of the form that sets the notifications (NTF-2, NTF-3). */
    public String notificationsAction() {
        return Paths.diary(studentId) + NOTIFICATIONS;
    }

    /**
     * A link to another page.
     *
     * @param label what it says
     * @param href where it leads
     * @param current whether it is the page shown
     */
    public record Link(String label, String href, boolean current) {
    }

    /**
     * A day of the week.
     *
     * @param heading the day, such as «понедельник, 20 октября»
     * @param noSchool why there is no school, such as «выходной»; empty on a school day
     * @param lessons the lessons, in order
     */
    public record Day(String heading, Optional<String> noSchool, List<Lesson> lessons) {

        /** Copies the lessons. */
        public Day {
            lessons = List.copyOf(lessons);
        }
    }

    /**
     * A lesson of a day.
     *
     * @param slot its number in the day
     * @param time when, such as «09:25–10:10»
     * @param subject the subject
     * @param teacher the teacher, and the substitute if any
     * @param flags what else to know: moved, a control work
     * @param topic the topic, or a dash
     * @param homework the class's homework and the student's own, or a dash
     * @param marks the marks, each with its kind of work
     * @param absence the absence, said in words, or empty
     */
    public record Lesson(int slot, String time, String subject, String teacher, List<String> flags, String topic,
            List<String> homework, List<String> marks, String absence) {

        /** Copies the lists. */
        public Lesson {
            flags = List.copyOf(flags);
            homework = List.copyOf(homework);
            marks = List.copyOf(marks);
        }
    }

    /**
     * A remark, a message to guardians or a note of a lesson.
     *
     * @param kind what it is, such as «Замечание»
     * @param about the day, the subject and the teacher
     * @param text what it says
     * @param corrected whether it was corrected, said in words, or empty
     * @param read when the reader's reading of it was registered (DRY-5), said in words; empty for a
     *     note, which asks for no receipt, or when the reader's opening is no receipt
     */
    public record Note(String kind, String about, String text, String corrected, Optional<String> read) {
    }

    /**
     * A period mark or an examination result.
     *
     * @param subject the subject
     * @param period the period, such as «1 четверть»
     * @param mark the mark
     */
    public record Result(String subject, String period, String mark) {
    }

    /**
     * The forecast of a period mark still to come (MRK-11).
     *
     * @param subject the subject
     * @param period the period, such as «2 четверть»
     * @param mark the predicted mark
     * @param toReachFive what it takes to reach 5, in a sentence
     * @param explanation the forecast explained: the average, what would lower it, what it left out
     */
    public record ForecastLine(String subject, String period, String mark, String toReachFive, String explanation) {
    }

    /**
     * A guardian's notification settings and consent as the page's forms show them (NTF-2,
     * NTF-3, PD-1).
     *
     * @param consent the latest consent or refusal, said in words, with its date
     * @param consenting whether the latest is a consent
     * @param refusing whether the latest is a refusal; neither when none was recorded
     * @param email the e-mail address's state, said in words
     * @param newMessages the switch "notify of new messages"
     * @param byEmail the switch "notify by e-mail"
     * @param schedule the schedule's kind: IMMEDIATE, DAILY or WEEKLY
     * @param at the hour of a daily or weekly digest, as HH:mm
     * @param summary what reaches the guardian now, in a sentence
     * @param errors the refusals of the last form, by its field
     */
    public record Settings(String consent, boolean consenting, boolean refusing, String email, boolean newMessages, boolean byEmail,
            String schedule, String at, String summary, Map<String, String> errors) {

        private static final Set<String> FIELDS = Set.of(DiarySettings.GIVEN,
                DiarySettings.NEW_MESSAGES, DiarySettings.BY_EMAIL, DiarySettings.SCHEDULE, DiarySettings.AT);

        /** Copies the errors. */
        public Settings {
            errors = Map.copyOf(errors);
        }

        /** Returns the refusal of the field, or empty. */
        public Optional<String> error(String field) {
            return Optional.ofNullable(errors.get(field));
        }

        /** Returns the refusals of fields the forms do not show, such as the engine's of the guardian. */
        public List<String> otherErrors() {
            return errors.entrySet().stream().filter(e -> !FIELDS.contains(e.getKey())).map(Map.Entry::getValue)
                    .sorted().toList();
        }
    }
}
