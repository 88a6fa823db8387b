package org.schooljournal.examples.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.AddTeacherNote;
import org.schooljournal.core.journal.AssignHomework;
import org.schooljournal.core.journal.CorrectEntry;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.journal.JournalCommand;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonKind;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.NoteKind;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.journal.RecordAbsence;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.RecordTopic;
import org.schooljournal.core.journal.SetPeriodMark;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.spi.JournalException;

/**
 * The journal page's forms, each a POST that the engine decides with the session's actor: an entry
 * in a cell (an absence «н», «б», «ну», ATT-1; a mark, MRK-1; a lateness «оп15», a teacher's note,
 * LES-7), a correction with its reason
 * (MRK-10), a lesson's topic (LES-1) and homework (LES-3), a period mark (MRK-7). Done, the browser
 * is sent back to the page at the form's place (POST/redirect/GET); refused, the page is answered
 * again (400) with the engine's refusal next to the field it names, and nothing has changed.
 *
 * <p>This class is thread-safe.
 */
final class JournalForms {

    /** The entries' form. */
    static final String ENTRIES = "/entries";
    /** The corrections' form. */
    static final String CORRECTIONS = "/corrections";
    /** The topics' form. */
    static final String TOPICS = "/topics";
    /** The homework's form. */
    static final String HOMEWORK = "/homework";
    /** The period marks' form. */
    static final String PERIOD_MARKS = "/period-marks";

    private static final Pattern LESSON = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(\\d{1,2})");
    /** A student's lateness to the lesson as typed in a cell: «оп15», «оп 15» — 15 minutes late. */
    private static final Pattern LATENESS = Pattern.compile("(?iu)оп\\s*(\\d{1,3})");
    private static final String JOURNAL = "/journal/{class}/{subject}";

    private final JournalScreen screen;
    private final Site site;
    private final Texts texts;

    private JournalForms(JournalScreen screen, Site site) {
        this.screen = screen;
        this.site = site;
        this.texts = screen.texts();
    }

    static void routes(JournalScreen screen, Site site, RoutesConfig routes) {
        JournalForms forms = new JournalForms(screen, site);
        routes.post(JOURNAL + ENTRIES, forms.recorder(forms::entry));
        routes.post(JOURNAL + CORRECTIONS, forms.recorder(forms::correction));
        routes.post(JOURNAL + TOPICS, forms.recorder(forms::topic));
        routes.post(JOURNAL + HOMEWORK, forms.recorder(forms::homework));
        routes.post(JOURNAL + PERIOD_MARKS, forms.recorder(forms::periodMark));
    }

    /**
     * Lets the form's handler run only for one who may record in the journal (ACC-2), by the
     * engine's rule, as the page shows its forms; anyone else gets the site's 403 before any field
     * is read — a homeroom teacher, who reads the journal (ACC-3), included.
     */
    private Handler recorder(Handler form) {
        return ctx -> {
            JournalKey key = JournalScreen.key(ctx);
            JournalFortnight.requireRecords(WebSession.signedIn(ctx), site.school(), key,
                    site.engine().host().journal(site.schoolId(), key));
            form.handle(ctx);
        };
    }

    /** An entry in a cell: «н», «б», «ну» (ATT-1, ATT-2) or a mark (MRK-1, MRK-2). */
    private void entry(Context ctx) {
        JournalKey key = JournalScreen.key(ctx);
        String value = field(ctx, "value").strip();
        String student = field(ctx, "student");
        Optional<LessonRef> lesson = lesson(ctx);
        String target = lesson.map(l -> JournalFortnight.cellId(l, student)).orElse(JournalRefusal.PAGE);
        if (lesson.isEmpty()) {
            refuse(ctx, key, new JournalRefusal(target, "lesson", badLesson(ctx), value));
        } else if (value.isEmpty()) {
            refuse(ctx, key, new JournalRefusal(target, "value", texts.get("refused.empty", label("value")), value));
        } else {
            Matcher late = LATENESS.matcher(value);
            if (late.matches()) {
                int minutes = Integer.parseInt(late.group(1));
                if (minutes < 1) {
                    refuse(ctx, key, new JournalRefusal(target, "value", texts.get("refused.value", label("value"), value,
                            texts.get("refused.lateness")), value));
                    return;
                }
                execute(ctx, key, new AddTeacherNote(site.schoolId(), key, lesson.get(), Optional.of(student),
                        NoteKind.LATENESS, texts.get("note.lateness", minutes)), target, value);
                return;
            }
            JournalCommand command = AbsenceCode.ofCode(value)
                    .<JournalCommand>map(code -> new RecordAbsence(site.schoolId(), key, lesson.get(), student, code))
                    .orElseGet(() -> RecordMark.of(site.schoolId(), key, lesson.get(), student, Mark.of(value),
                            WorkKind.CLASSWORK));
            execute(ctx, key, command, target, value);
        }
    }

    /** A correction of one of a cell's entries, with its reason (MRK-10). */
    private void correction(Context ctx) {
        JournalKey key = JournalScreen.key(ctx);
        String value = field(ctx, "value").strip();
        String student = field(ctx, "student");
        Optional<LessonRef> lesson = lesson(ctx);
        String target = lesson.map(l -> JournalFortnight.cellId(l, student)).orElse(JournalRefusal.PAGE);
        Optional<Integer> entry = number(field(ctx, "entry"));
        if (lesson.isEmpty()) {
            refuse(ctx, key, new JournalRefusal(target, "lesson", badLesson(ctx), value));
        } else if (entry.isEmpty()) {
            refuse(ctx, key, new JournalRefusal(target, "entry", texts.get("refused.value", label("entry"),
                    field(ctx, "entry"), texts.get("refused.entry")), value));
        } else {
            execute(ctx, key, new CorrectEntry(site.schoolId(), new EntryRef(key, entry.get()), value,
                    field(ctx, "reason")), target, value);
        }
    }

    /** A lesson's topic and its kind (LES-1, LES-2, LES-6). */
    private void topic(Context ctx) {
        JournalKey key = JournalScreen.key(ctx);
        String topic = field(ctx, "topic");
        Optional<LessonRef> lesson = lesson(ctx);
        String target = lesson.map(l -> "topic-lesson-" + JournalFortnight.ref(l)).orElse(JournalRefusal.PAGE);
        LessonKind kind = LessonKind.LESSON;
        try {
            kind = LessonKind.valueOf(field(ctx, "kind"));
        } catch (IllegalArgumentException notAKind) {
            // a lesson, the usual kind
        }
        if (lesson.isEmpty()) {
            refuse(ctx, key, new JournalRefusal(target, "lesson", badLesson(ctx), topic));
        } else {
            execute(ctx, key, new RecordTopic(site.schoolId(), key, lesson.get(), topic, kind), target, topic);
        }
    }

    /** A lesson's homework for the class (LES-3, LES-4). */
    private void homework(Context ctx) {
        JournalKey key = JournalScreen.key(ctx);
        String content = field(ctx, "content");
        Optional<LessonRef> lesson = lesson(ctx);
        String target = lesson.map(l -> "homework-lesson-" + JournalFortnight.ref(l)).orElse(JournalRefusal.PAGE);
        if (lesson.isEmpty()) {
            refuse(ctx, key, new JournalRefusal(target, "lesson", badLesson(ctx), content));
        } else {
            execute(ctx, key, new AssignHomework(site.schoolId(), key, lesson.get(), Optional.empty(), content,
                    Optional.empty()), target, content);
        }
    }

    /** A student's period mark (MRK-7). */
    private void periodMark(Context ctx) {
        JournalKey key = JournalScreen.key(ctx);
        String value = field(ctx, "value").strip();
        String student = field(ctx, "student");
        String target = JournalFortnight.periodId(student);
        PeriodRef period;
        try {
            period = PeriodRef.parse(field(ctx, "period"));
        } catch (IllegalArgumentException notAPeriod) {
            refuse(ctx, key, new JournalRefusal(target, "period", texts.get("refused.value", label("period"),
                    field(ctx, "period"), notAPeriod.getMessage()), value));
            return;
        }
        if (value.isEmpty()) {
            refuse(ctx, key, new JournalRefusal(target, "value", texts.get("refused.empty", label("value")), value));
        } else {
            execute(ctx, key, new SetPeriodMark(site.schoolId(), key, period, student, Mark.of(value)), target, value);
        }
    }

    /**
     * Has the engine execute the command as the session's actor; sends the browser back to the
     * form's place, or answers the page with the refusal. An access refusal is the site's 403.
     */
    private void execute(Context ctx, JournalKey key, JournalCommand command, String target, String value) {
        Actor actor = WebSession.signedIn(ctx);
        try {
            site.engine().execute(actor, command);
        } catch (AccessDeniedException denied) {
            throw denied;
        } catch (InvalidCommandException invalid) {
            InvalidCommandException.Violation violation = invalid.violations().get(0);
            String field = violation.field().equals("reason") ? "reason" : "value";
            String message = violation.value().isBlank() || violation.value().equals("Optional.empty")
                    ? texts.get("refused.empty", label(violation.field())) + " — " + violation.rule()
                    : texts.get("refused.value", label(violation.field()), violation.value(), violation.rule());
            refuse(ctx, key, new JournalRefusal(target, field, message, value));
            return;
        } catch (JournalException refused) {
            refuse(ctx, key, new JournalRefusal(target, "value",
                    texts.get("refused." + refused.code().name(), refused.getMessage()), value));
            return;
        }
        ctx.redirect(JournalFortnight.address(key, from(ctx), target.equals(JournalRefusal.PAGE) ? "" : target),
                HttpStatus.SEE_OTHER);
    }

    private void refuse(Context ctx, JournalKey key, JournalRefusal refusal) {
        screen.show(ctx, key, from(ctx), Optional.of(refusal));
    }

    private LocalDate from(Context ctx) {
        return screen.from(ctx.formParam("from"));
    }

    private String label(String field) {
        String known = "field." + field;
        try {
            return texts.get(known);
        } catch (java.util.MissingResourceException unknown) {
            return field;
        }
    }

    private String badLesson(Context ctx) {
        return texts.get("refused.value", label("lesson"), field(ctx, "lesson"), texts.get("refused.lesson"));
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }

    private static Optional<LessonRef> lesson(Context ctx) {
        Matcher matcher = LESSON.matcher(field(ctx, "lesson"));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LessonRef(LocalDate.parse(matcher.group(1)), Integer.parseInt(matcher.group(2))));
        } catch (DateTimeParseException | IllegalArgumentException notALesson) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> number(String text) {
        try {
            int number = Integer.parseInt(text.strip());
            return number >= 1 ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
