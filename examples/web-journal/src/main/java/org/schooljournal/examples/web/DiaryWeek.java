package org.schooljournal.examples.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.schooljournal.core.diary.Diary;
import org.schooljournal.core.diary.DiaryDay;
import org.schooljournal.core.diary.DiaryLesson;
import org.schooljournal.core.diary.DiaryMark;
import org.schooljournal.core.diary.DiaryNote;
import org.schooljournal.core.diary.DiaryResult;
import org.schooljournal.core.diary.DiaryTeacher;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.EntryRef;

/**
 * Says a student's diary week in Russian for the diary page (DRY-3): its days with their lessons,
 * its remarks and notes with when the reader's reading of each was registered (DRY-5), its period
 * marks and its teachers. It only words what the engine's {@link Diary} holds.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DiaryWeek {

    private static final Locale RUSSIAN = Texts.RUSSIAN;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM", RUSSIAN);
    private static final DateTimeFormatter DAY_OF_MONTH = DateTimeFormatter.ofPattern("d MMMM", RUSSIAN);
    private static final DateTimeFormatter DAY_OF_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", RUSSIAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", RUSSIAN);
    private static final String PERIODS = "org.schooljournal.core.diary.periods";

    private final Texts texts;
    private final ZoneId zone;

    DiaryWeek(Texts texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
    }

    /** Returns the Monday of the week the date is in. */
    static LocalDate mondayOf(LocalDate date) {
        return date.with(DayOfWeek.MONDAY);
    }

    /** Returns the week's dates: «20–26 октября 2025», or «27 октября – 2 ноября 2025» across months. */
    String week(LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        if (monday.getMonth() == sunday.getMonth()) {
            return texts.get("week.sameMonth", monday.getDayOfMonth(), DAY_OF_YEAR.format(sunday));
        }
        return texts.get("week.twoMonths", DAY_OF_MONTH.format(monday), DAY_OF_YEAR.format(sunday));
    }

    /** Returns the days of the diary, each with its lessons or why there is no school. */
    List<DiaryView.Day> days(Diary diary) {
        List<DiaryView.Day> days = new ArrayList<>();
        for (DiaryDay day : diary.days()) {
            Optional<String> noSchool = day.schoolDay() ? Optional.empty() : Optional.of(noSchool(day));
            days.add(new DiaryView.Day(DAY.format(day.date()), noSchool, day.lessons().stream().map(this::lesson).toList()));
        }
        return days;
    }

    private String noSchool(DiaryDay day) {
        if (day.holidays().isPresent()) {
            return texts.get("day.holidays." + day.holidays().get().name());
        }
        return texts.get(day.publicDayOff() ? "day.publicDayOff" : "day.off");
    }

    private DiaryView.Lesson lesson(DiaryLesson lesson) {
        List<String> flags = new ArrayList<>();
        if (lesson.moved()) {
            flags.add(texts.get("lesson.moved"));
        }
        if (lesson.controlWork()) {
            flags.add(texts.get("lesson.controlWork"));
        }
        String teacher = lesson.substitute().map(s -> texts.get("lesson.substitute", s, lesson.teacher()))
                .orElse(lesson.teacher());
        List<String> homework = new ArrayList<>();
        lesson.homework().ifPresent(homework::add);
        lesson.ownHomework().ifPresent(own -> homework.add(texts.get("lesson.ownHomework", own)));
        return new DiaryView.Lesson(lesson.slot(), texts.get("lesson.time", TIME.format(lesson.start()),
                TIME.format(lesson.end())), lesson.subject(), teacher, flags,
                lesson.topic().orElse(texts.get("none")), homework, lesson.marks().stream().map(this::mark).toList(),
                lesson.absence().map(this::absence).orElse(""));
    }

    private String mark(DiaryMark mark) {
        String text = "1".equals(mark.weight()) ? texts.get("mark", mark.value(), mark.work())
                : texts.get("mark.weighted", mark.value(), mark.work(), mark.weight().replace('.', ','));
        if (mark.comment().isPresent()) {
            text = texts.get("mark.comment", text, mark.comment().get());
        }
        return mark.corrected() ? texts.get("corrected.after", text) : text;
    }

    private String absence(String code) {
        return AbsenceCode.ofCode(code).map(c -> texts.get("absence." + c.name(), c.code()))
                .orElse(texts.get("absence.other", code));
    }

    /**
     * Returns the remarks, messages and notes of the diary, each remark and message with when the
     * reader's reading of it was registered, if the reader's openings are receipts.
     *
     * @param readAt when the reader first read each remark or message, as the diary's stream holds it
     * @param receipts whether the reader's openings are read receipts: a guardian's are (DRY-5)
     */
    List<DiaryView.Note> notes(Diary diary, Map<EntryRef, Instant> readAt, boolean receipts) {
        List<DiaryView.Note> notes = new ArrayList<>();
        for (DiaryNote note : diary.notes()) {
            String about = texts.get("note.about", DAY_OF_MONTH.format(note.date()), note.subject(), note.teacher());
            Optional<String> read = Optional.empty();
            if (receipts && note.kind() != EntryKind.NOTE) {
                read = Optional.of(Optional.ofNullable(readAt.get(note.ref()))
                        .map(at -> texts.get("note.read", DAY_OF_YEAR.format(at.atZone(zone)), TIME.format(at.atZone(zone))))
                        .orElse(texts.get("note.unread")));
            }
            notes.add(new DiaryView.Note(texts.get("note.kind." + note.kind().name()), about, note.text(),
                    note.corrected() ? texts.get("corrected") : "", read));
        }
        return notes;
    }

    /** Returns the period marks and examination results given. */
    List<DiaryView.Result> results(Diary diary) {
        return diary.results().stream().filter(r -> r.value().isPresent())
                .map(r -> new DiaryView.Result(r.subject(), period(r.what()), r.value().get())).toList();
    }

    /** Returns the class's teachers: the homeroom teacher first, then each subject's. */
    List<String> teachers(Diary diary) {
        return diary.teachers().stream().map(this::teacher).toList();
    }

    private String teacher(DiaryTeacher teacher) {
        return teacher.subject().map(subject -> texts.get("teacher.subject", subject, teacher.name()))
                .orElseGet(() -> texts.get("teacher.homeroom", teacher.name()));
    }

    /**
     * Returns the period's name as guardians read it, «1 четверть», from the diary's own bundle in
     * journal-core; an examination as it is named.
     */
    static String period(String what) {
        String[] parts = what.split("-", 2);
        if (parts.length == 2) {
            try {
                String pattern = ResourceBundle.getBundle(PERIODS, Locale.ROOT).getString(parts[0]);
                return new java.text.MessageFormat(pattern, RUSSIAN).format(new Object[] {parts[1]});
            } catch (MissingResourceException notAPeriod) {
                return what;
            }
        }
        return what;
    }

    /** Returns whether the diary shows the result as a forecast still to come. */
    static boolean forecast(DiaryResult result) {
        return result.value().isEmpty() && result.forecast().isPresent();
    }
}
