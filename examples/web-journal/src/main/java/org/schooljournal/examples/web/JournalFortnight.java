package org.schooljournal.examples.web;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.JournalParties;
import org.schooljournal.core.access.JournalRights;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.EntryTiming;
import org.schooljournal.core.journal.Journal;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalPage;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.NoteKind;
import org.schooljournal.core.journal.PeriodCompleteness;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.journal.Revision;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.SchoolRules;
import org.schooljournal.rules.TimeLimit;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * Makes the journal page's view of a fortnight from one read of the journal: its page (LES-1,
 * ATT-1, MRK-1), its entries' timings and histories (ATT-2, MRK-2, MRK-10), and the deadlines the
 * school's rules give each lesson (journal-rules, not computed here). The work is proportional to
 * the journal and the page: no call to the engine per cell.
 *
 * <p>This class is immutable and thread-safe.
 */
final class JournalFortnight {

    /** The days a page shows: two school weeks, Monday to Sunday. */
    static final int DAYS = 14;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd.MM HH:mm");
    /** How far back a period is looked for, from the fortnight's end. */
    private static final int PERIOD_SEARCH_DAYS = 200;

    private final Site site;
    private final Texts texts;

    JournalFortnight(Site site, Texts texts) {
        this.site = site;
        this.texts = texts;
    }

    /** Returns the Monday of the date's week: a page starts there, whatever date it is asked from. */
    static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Returns the first day of the page shown by default: the Monday of last week. */
    static LocalDate defaultFrom(LocalDate today) {
        return monday(today).minusWeeks(1);
    }

    /** Returns a lesson as the forms and anchors write it: {@code YYYY-MM-DD-N}. */
    static String ref(LessonRef lesson) {
        return lesson.date() + "-" + lesson.slot();
    }

    /** Returns the anchor of a student's cell for a lesson. */
    static String cellId(LessonRef lesson, String studentId) {
        return "c-" + ref(lesson) + "-" + studentId;
    }

    /** Returns the anchor of a student's period mark. */
    static String periodId(String studentId) {
        return "p-" + studentId;
    }

    /** Returns the address of the journal's page from the Monday, to the anchor if one is given. */
    static String address(JournalKey key, LocalDate from, String anchor) {
        return Paths.journal(key) + "?from=" + from + (anchor.isEmpty() ? "" : "#" + anchor);
    }

    /** Returns the id of a lesson's column: {@code lesson-2025-11-05-2} (date and slot). */
    static String lessonId(LessonRef lesson) {
        return "lesson-" + ref(lesson);
    }

    /** Returns the address of a lesson's day: the page of the lesson's fortnight, at its column. */
    static String lessonAddress(JournalKey key, LessonRef lesson) {
        return address(key, monday(lesson.date()), lessonId(lesson));
    }

    /** Returns the view of the journal from the Monday for two weeks, as the actor reads it. */
    JournalView view(Actor actor, Journal journal, LocalDate from, Optional<JournalRefusal> refusal) {
        LocalDate to = from.plusDays(DAYS - 1);
        JournalKey key = journal.key();
        JournalState state = journal.state();
        SchoolState school = site.school();
        SchoolRules rules = site.engine().schools().rules(school);
        SchoolCalendar calendar = rules.calendar();
        Instant now = site.clock().instant();
        boolean editable = records(actor, school, key, state);
        JournalPage page = journal.page(from, to);
        Map<String, String> names = new HashMap<>();

        Map<LessonRef, Map<String, List<JournalEntry>>> cells = new HashMap<>();
        for (JournalEntry entry : state.entries(e -> e.present() && e.studentId().isPresent()
                && (e.kind() == EntryKind.MARK || e.kind() == EntryKind.ATTENDANCE || lateness(e))
                && e.lesson().filter(l -> !l.date().isBefore(from) && !l.date().isAfter(to)).isPresent())) {
            cells.computeIfAbsent(entry.lesson().orElseThrow(), l -> new HashMap<>())
                    .computeIfAbsent(entry.studentId().orElseThrow(), s -> new ArrayList<>()).add(entry);
        }

        List<JournalView.Lesson> lessons = new ArrayList<>();
        for (JournalPage.Lesson lesson : page.lessons()) {
            lessons.add(lesson(key, calendar, rules, now, lesson, refusal));
        }
        Optional<StudyPeriod> period = period(calendar, key.holderCode(), from, to);
        Optional<TimeLimit> window = period.map(p -> rules.limit(new Entry.PeriodMarks(p)));
        List<JournalView.Row> rows = new ArrayList<>();
        for (JournalPage.Row row : page.rows()) {
            String studentId = row.student().personId();
            String name = row.student().fullName();
            List<JournalView.Cell> rowCells = new ArrayList<>();
            for (int i = 0; i < lessons.size(); i++) {
                LessonRef lesson = page.lessons().get(i).lesson();
                List<JournalEntry> entries = cells.getOrDefault(lesson, Map.of()).getOrDefault(studentId, List.of());
                rowCells.add(cell(row.cell(lesson), entries, cellId(lesson, studentId), ref(lesson),
                        texts.get("cell.label", name, lessons.get(i).title()), names, refusal));
            }
            Optional<JournalView.PeriodMark> periodMark = period.map(p -> periodMark(state, p, window.orElseThrow(),
                    studentId, name, editable, now, refusal));
            rows.add(new JournalView.Row(row.number(), studentId, name, rowCells, periodMark));
        }
        return new JournalView(
                texts.get("grid.caption", key.holderCode(), subjectName(school, key), from.format(DAY), to.format(DATE)),
                texts.get("fortnight", from.format(DAY), to.format(DATE)), String.join(", ", state.grading().marks()),
                from.toString(), Paths.journal(key),
                address(key, from.minusWeeks(2), ""), address(key, from.plusWeeks(2), ""), now.toString(), editable,
                lessons, rows,
                period.map(p -> new JournalView.PeriodColumn(PeriodRef.of(p).toString(), periodTitle(p),
                        windowText(window.orElseThrow()))),
                refusal.filter(r -> r.target().equals(JournalRefusal.PAGE)).map(JournalRefusal::message));
    }

    private JournalView.Lesson lesson(JournalKey key, SchoolCalendar calendar, SchoolRules rules, Instant now,
            JournalPage.Lesson lesson, Optional<JournalRefusal> refusal) {
        LessonRef ref = lesson.lesson();
        LessonTime time = calendar.lesson(key.holderCode(), ref.date(), ref.slot());
        String weekday = ref.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Texts.RUSSIAN);
        String slot = texts.get("lesson.slot", ref.slot());
        String id = lessonId(ref);
        return new JournalView.Lesson(id, ref(ref), texts.get("lesson.title", weekday, ref.date().format(DAY), slot),
                ref.date().format(DAY), slot,
                deadline("deadline.attendance", ref.date(), rules.limit(new Entry.Attendance(time)), now),
                deadline("deadline.marks", ref.date(), rules.limit(new Entry.LessonMarks(time)), now),
                lesson.topic(), lesson.homework(),
                refusal.filter(r -> r.target().equals("topic-" + id)).map(JournalRefusal::message),
                refusal.filter(r -> r.target().equals("homework-" + id)).map(JournalRefusal::message));
    }

    private JournalView.Deadline deadline(String key, LocalDate day, TimeLimit limit, Instant now) {
        Instant closes = limit.effectiveClose().orElseThrow();
        ZonedDateTime local = closes.atZone(limit.zone());
        String when = local.toLocalDate().equals(day) ? local.format(TIME)
                : local.toLocalDate().equals(day.plusDays(1)) && local.toLocalTime().equals(LocalTime.MIDNIGHT)
                        ? texts.get("deadline.endOfDay") : local.format(DAY_TIME);
        Timeliness verdict = limit.judge(now).timeliness();
        return new JournalView.Deadline(texts.get(key, when), closes.toString(),
                verdict == Timeliness.ON_TIME
                        ? Optional.of(texts.get("deadline.remaining", Lateness.words(texts, Duration.between(now, closes))))
                        : Optional.empty(),
                verdict == Timeliness.LATE);
    }

    private JournalView.Cell cell(JournalPage.Cell shown, List<JournalEntry> entries, String id, String lesson,
            String label,
            Map<String, String> names, Optional<JournalRefusal> refusal) {
        List<String> late = new ArrayList<>();
        List<JournalView.Choice> choices = new ArrayList<>();
        List<String> history = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        long values = entries.stream().filter(e -> !lateness(e)).count();
        for (JournalEntry entry : entries) {
            if (lateness(entry)) {
                notes.add(entry.current().value());
                continue;
            }
            String what = texts.get("entry." + entry.kind().name(), entry.current().value());
            choices.add(new JournalView.Choice(entry.number(), what));
            if (entry.late()) {
                String words = Lateness.words(texts, entry.timing().map(EntryTiming::lateBy).orElse(Duration.ZERO));
                late.add(values == 1 ? texts.get("late", words) : texts.get("late.which", words, what));
            }
            if (entry.corrected()) {
                history.addAll(history(entry, names));
            }
        }
        Optional<JournalRefusal> here = refusal.filter(r -> r.target().equals(id));
        return new JournalView.Cell(id, lesson, label, shown.text(), shown.corrected(), late, notes, choices, history,
                here.map(JournalRefusal::value).orElse(""), here.map(JournalRefusal::message),
                here.map(JournalRefusal::field).orElse(""));
    }

    /** Returns whether the entry is a teacher's note of a student's lateness to the lesson (LES-7). */
    private static boolean lateness(JournalEntry entry) {
        return entry.kind() == EntryKind.NOTE && entry.detail("kind").equals(Optional.of(NoteKind.LATENESS.name()));
    }

    private List<String> history(JournalEntry entry, Map<String, String> names) {
        List<String> lines = new ArrayList<>();
        for (Revision revision : entry.revisions()) {
            String value = revision.removes() ? texts.get("history.removed") : revision.value();
            String author = names.computeIfAbsent(revision.author(), site::nameOf);
            String when = revision.recordedAt().atZone(site.zone()).format(DAY_TIME);
            String line = revision.reason()
                    .map(reason -> texts.get("history.correction", value, author, when, reason))
                    .orElseGet(() -> texts.get("history.original", value, author, when));
            lines.add(revision.valid() ? line : texts.get("history.invalid", line));
        }
        return lines;
    }

    private JournalView.PeriodMark periodMark(JournalState state, StudyPeriod period, TimeLimit window,
            String studentId, String name, boolean editable, Instant now, Optional<JournalRefusal> refusal) {
        PeriodRef ref = PeriodRef.of(period);
        Optional<JournalEntry> mark = PeriodCompleteness.periodMark(state, ref, studentId);
        boolean open = editable && mark.isEmpty() && !state.closed(ref)
                && window.judge(now).timeliness() != Timeliness.TOO_EARLY;
        String id = periodId(studentId);
        return new JournalView.PeriodMark(mark.map(m -> m.current().value()).orElse(""),
                mark.filter(JournalEntry::late).map(m -> texts.get("late",
                        Lateness.words(texts, m.timing().orElseThrow().lateBy()))),
                open, id, texts.get("period.label", name, periodTitle(period)),
                refusal.filter(r -> r.target().equals(id)).map(JournalRefusal::message));
    }

    /**
     * Returns the period whose marks the page shows: the one whose last week falls in the
     * fortnight, else the last one that ended before it; none if the class has none so far.
     */
    private static Optional<StudyPeriod> period(SchoolCalendar calendar, String classCode, LocalDate from,
            LocalDate to) {
        Optional<StudyPeriod> found = Optional.empty();
        for (LocalDate day = to; day.isAfter(to.minusDays(PERIOD_SEARCH_DAYS)); day = day.minusDays(1)) {
            Optional<StudyPeriod> period = studyPeriod(calendar, classCode, day);
            if (period.isPresent()) {
                StudyPeriod p = period.get();
                if (!p.lastDay().isBefore(from) && p.lastDay().minusDays(6).isAfter(to)) {
                    day = p.firstDay();
                    continue;
                }
                found = period;
                break;
            }
        }
        return found;
    }

    private static Optional<StudyPeriod> studyPeriod(SchoolCalendar calendar, String classCode, LocalDate day) {
        try {
            return calendar.studyPeriod(classCode, day);
        } catch (IllegalArgumentException notAClass) {
            return Optional.empty();
        }
    }

    private String periodTitle(StudyPeriod period) {
        return texts.get("period." + period.kind().name(), period.number());
    }

    private String windowText(TimeLimit window) {
        return texts.get("period.window", window.opensAtLocal().map(t -> t.format(DATE)).orElse("—"),
                window.closesAtLocal().map(t -> t.format(DATE)).orElse("—"));
    }

    private static String subjectName(SchoolState school, JournalKey key) {
        return Programme.of(school).subjectName(key.subjectCode());
    }

    /**
     * Returns whether the actor may record in the journal (ACC-2), by the engine's own rule: the
     * forms are shown only to them; a homeroom teacher reads without them (ACC-3).
     */
    private static boolean records(Actor actor, SchoolState school, JournalKey key, JournalState state) {
        try {
            requireRecords(actor, school, key, state);
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        }
    }

    /** Refuses (AccessDeniedException) unless the actor may record in the journal (ACC-2), by the engine's rule. */
    static void requireRecords(Actor actor, SchoolState school, JournalKey key, JournalState state) {
        JournalParties parties = new JournalParties(key.toString(),
                Programme.of(school).teacherOf(key.holderCode(), key.subjectCode()),
                Set.copyOf(state.substitutions().values()), List.of(key.holderCode()));
        JournalRights.requireRecord(actor, school, parties, Optional.empty(), "record in the journal");
    }
}
