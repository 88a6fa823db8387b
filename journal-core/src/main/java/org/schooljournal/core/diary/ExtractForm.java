package org.schooljournal.core.diary;

import java.text.MessageFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.schooljournal.core.diary.ExtractBlock.Heading;
import org.schooljournal.core.diary.ExtractBlock.Paragraph;
import org.schooljournal.core.diary.ExtractBlock.Table;
import org.schooljournal.core.journal.AbsenceCode;

/**
 * Lays a diary out as the paper extract's form (DRY-4), its texts in Russian from
 * {@code extract.properties} (UX-1). Stateless.
 */
final class ExtractForm {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String SEPARATOR = "; ";

    private ExtractForm() {
    }

    static DiaryExtract of(Diary diary, String schoolName, String classCode, ZonedDateTime printedAt) {
        List<String> header = List.of(text("header.school", schoolName),
                text("header.student", diary.student().fullName()), text("header.class", classCode),
                text("header.days", diary.from().format(DATE), diary.to().format(DATE)),
                text("header.printed", printedAt.format(DATE), printedAt.format(TIME)));
        List<ExtractBlock> blocks = new ArrayList<>();
        diary.days().forEach(day -> blocks.addAll(day(day)));
        blocks.add(new Heading(text("results.heading")));
        blocks.add(table("results", diary.results().stream().map(ExtractForm::result).toList()));
        blocks.add(new Heading(text("notes.heading")));
        blocks.add(table("notes", diary.notes().stream().map(ExtractForm::note).toList()));
        blocks.add(new Heading(text("teachers.heading")));
        blocks.add(table("teachers", diary.teachers().stream().map(t -> List.of(t.subject().orElse(text("teachers.homeroom")),
                t.name())).toList()));
        return new DiaryExtract(text("title"), header, blocks, List.of(text("footer.homeroom"), text("footer.received")));
    }

    private static List<ExtractBlock> day(DiaryDay day) {
        String date = text("day", text("day." + day.date().getDayOfWeek()), day.date().format(DATE));
        if (!day.schoolDay()) {
            return List.of(new Heading(day.holidays().map(kind -> text("day.holidays", date, text("holidays." + kind)))
                    .orElseGet(() -> text(day.publicDayOff() ? "day.public" : "day.off", date))));
        }
        return List.of(new Heading(date), table("lessons", day.lessons().stream().map(ExtractForm::lesson).toList()));
    }

    /** Returns a table with the columns of that name, or «нет записей» without rows. */
    private static ExtractBlock table(String name, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return new Paragraph(text("empty"));
        }
        return new Table(List.of(text(name + ".columns").split("\\|")), rows);
    }

    private static List<String> lesson(DiaryLesson lesson) {
        List<String> subject = new ArrayList<>(List.of(lesson.subject()));
        lesson.substitute().ifPresent(name -> subject.add(text("lesson.substitute", name)));
        if (lesson.moved()) {
            subject.add(text("lesson.moved"));
        }
        if (lesson.controlWork()) {
            subject.add(text("lesson.controlWork"));
        }
        String homework = String.join(SEPARATOR, Stream.concat(lesson.homework().stream(),
                lesson.ownHomework().map(own -> text("lesson.ownHomework", own)).stream()).toList());
        String marks = String.join(SEPARATOR, lesson.marks().stream().map(ExtractForm::mark).toList());
        String absence = lesson.absence()
                .map(code -> AbsenceCode.ofCode(code).map(c -> text("absence." + c.name())).orElse(code)).orElse("");
        return List.of(String.valueOf(lesson.slot()),
                text("lesson.time", lesson.start().format(TIME), lesson.end().format(TIME)),
                String.join(SEPARATOR, subject), lesson.topic().orElse(""), homework, marks, absence);
    }

    private static String mark(DiaryMark mark) {
        String shown = "1".equals(mark.weight()) ? text("mark", mark.value(), mark.work())
                : text("mark.weighted", mark.value(), mark.work(), mark.weight());
        String commented = mark.comment().filter(comment -> !comment.isBlank())
                .map(comment -> text("mark.comment", shown, comment)).orElse(shown);
        return mark.corrected() ? text("corrected", commented) : commented;
    }

    private static List<String> result(DiaryResult result) {
        return List.of(result.subject(), PeriodName.of(result.what()), result.value().orElse(""),
                result.forecast().map(String::valueOf).orElse(""));
    }

    private static List<String> note(DiaryNote note) {
        String written = note.corrected() ? text("corrected", note.text()) : note.text();
        return List.of(note.date().format(DATE), text("note." + note.kind()), note.subject(), note.teacher(), written);
    }

    private static String text(String name, Object... arguments) {
        String pattern = ResourceBundle.getBundle("org.schooljournal.core.diary.extract", Locale.ROOT).getString(name);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
