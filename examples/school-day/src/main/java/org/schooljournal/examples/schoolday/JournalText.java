package org.schooljournal.examples.schoolday;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.roster.Student;

/**
 * Says what the example prints of 5А's mathematics journal in Russian, from the example's bundle
 * of journal texts, {@code journal-messages.properties}, kept next to {@code messages.properties}
 * and read the same way; dates, instants and durations are said by {@link RussianText}.
 */
final class JournalText {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM", RUSSIAN);

    private final ResourceBundle bundle =
            ResourceBundle.getBundle("org.schooljournal.examples.schoolday.journal-messages", RUSSIAN);

    /** Returns the bundle's text for the key, with the arguments put in. */
    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), RUSSIAN).format(arguments);
    }

    /** Returns a day of the year without it, as a journal's column heads it: «13.10». */
    String day(LocalDate date) {
        return DAY.format(date);
    }

    /** Returns the kind of work a mark is for, as a sentence says it: «контрольная работа». */
    String work(WorkKind work) {
        return work.russianName().toLowerCase(RUSSIAN);
    }

    /** Returns a student as a journal's page names them: surname and the name's initial, «Егоров М.». */
    String student(Student student) {
        return student.surname() + " " + student.name().charAt(0) + ".";
    }
}
