package org.schooljournal.examples.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.reports.ControlCounts;

/**
 * What the head's control page shows ({@code control.jte}): the form with its choices and errors,
 * REP-5's counts per teacher and per class, the chosen class's lessons without a topic and late
 * entries, each linked to its day in the journal, the success rates (REP-1) as a chart and a table,
 * and the printouts to download. Every text is Russian, from {@code web/control.properties}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param texts the page's texts
 * @param query what was asked for
 * @param classes the classes to choose from, the whole school first
 * @param periods the study periods to choose from
 * @param errors the Russian error of each field that was refused, by field
 * @param control the control of the journals, unless a field was refused
 * @param success the success rates, unless a field was refused
 * @param printouts the printouts to download
 */
public record ControlView(Texts texts, ControlQuery query, List<Option> classes, List<Option> periods,
        Map<String, String> errors, Optional<Control> control, Optional<Success> success, List<Printout> printouts) {

    /** Copies the collections. */
    public ControlView {
        classes = List.copyOf(classes);
        periods = List.copyOf(periods);
        errors = Map.copyOf(errors);
        printouts = List.copyOf(printouts);
    }

    /**
     * A choice of a select.
     *
     * @param value its value
     * @param label what it says
     * @param selected whether it is chosen
     */
    public record Option(String value, String label, boolean selected) {
    }

    /**
     * The control of the journals as the page shows it (REP-5).
     *
     * @param range the dates, as text
     * @param asOf when the journals were read, as text
     * @param byTeacher the counts per teacher
     * @param byClass the counts per class, each linked to the class's lists
     * @param total the counts of all
     * @param classCode the class whose lists are shown, if one was chosen
     * @param missing the class's journals with lessons without a topic
     * @param late the class's late entries
     */
    public record Control(String range, String asOf, List<CountLine> byTeacher, List<CountLine> byClass,
            CountLine total, Optional<String> classCode, List<MissingJournal> missing, List<LateLine> late) {

        /** Copies the lists. */
        public Control {
            byTeacher = List.copyOf(byTeacher);
            byClass = List.copyOf(byClass);
            missing = List.copyOf(missing);
            late = List.copyOf(late);
        }
    }

    /**
     * One line of counts.
     *
     * @param name the teacher's name or the class's code
     * @param href where the name links, or empty
     * @param counts the counts
     * @param givenPercent the share of due lessons with a topic, as text
     * @param homeworkPercent the share of given lessons with homework, as text
     */
    public record CountLine(String name, String href, ControlCounts counts, String givenPercent,
            String homeworkPercent) {
    }

    /**
     * A journal's lessons without a topic.
     *
     * @param heading the journal, its teacher and how many
     * @param lessons its lessons, each linked to its day
     */
    public record MissingJournal(String heading, List<Link> lessons) {

        /** Copies the list. */
        public MissingJournal {
            lessons = List.copyOf(lessons);
        }
    }

    /**
     * A link.
     *
     * @param text what it says
     * @param href where it leads
     */
    public record Link(String text, String href) {
    }

    /**
     * A late entry as a line of the table.
     *
     * @param journal the journal's subject
     * @param lesson its lesson, linked to its day
     * @param what what the entry is
     * @param student its student's name, or empty
     * @param deadline the deadline missed, as text
     * @param recorded when it was entered, as text
     * @param lateness how late, in words («с опозданием на …»), and whether a failure caused it
     */
    public record LateLine(String journal, Link lesson, String what, String student, String deadline, String recorded,
            String lateness) {
    }

    /**
     * The success rates (REP-1) of the chosen period.
     *
     * @param heading the section's heading
     * @param caption the table's caption
     * @param lines the table's lines
     * @param chart the same numbers as a chart
     */
    public record Success(String heading, String caption, List<SuccessLine> lines, SuccessChart chart) {

        /** Copies the lines. */
        public Success {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One line of the success table.
     *
     * @param name the class or the subject
     * @param counted the pupils or marks counted
     * @param succeeded those that succeed
     * @param successPercent the success rate, as text
     * @param quality those of «4» and «5»
     * @param qualityPercent the quality, as text
     * @param unmarked those without a mark yet
     */
    public record SuccessLine(String name, int counted, int succeeded, String successPercent, int quality,
            String qualityPercent, int unmarked) {
    }

    /**
     * A printout and its downloads.
     *
     * @param title what it is
     * @param downloads its formats, each a link
     */
    public record Printout(String title, List<Link> downloads) {

        /** Copies the links. */
        public Printout {
            downloads = List.copyOf(downloads);
        }
    }

    /** Returns the error of a field, or empty. */
    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    /** Returns the id of a field's error, for {@code aria-describedby}. */
    public static String errorId(String field) {
        return "error-" + field;
    }

    /** Returns a percentage as the page writes it, «66,7 %», or a dash when nothing was counted. */
    static String percent(Optional<BigDecimal> percent, Texts texts) {
        if (percent.isEmpty()) {
            return texts.get("notAvailable");
        }
        DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Texts.RUSSIAN));
        return texts.get("percent", format.format(percent.get()));
    }

    /** Returns how late, as the page writes it: «2 ч 05 мин», «1 сут. 3 ч», «7 мин». */
    static String duration(Duration lateBy, Texts texts) {
        long minutes = Math.max(0, lateBy.toMinutes());
        if (minutes >= 24 * 60) {
            return texts.get("duration.days", String.valueOf(minutes / (24 * 60)), String.valueOf(minutes % (24 * 60) / 60));
        }
        if (minutes >= 60) {
            return texts.get("duration.hours", String.valueOf(minutes / 60), String.format("%02d", minutes % 60));
        }
        return texts.get("duration.minutes", String.valueOf(minutes));
    }
}
