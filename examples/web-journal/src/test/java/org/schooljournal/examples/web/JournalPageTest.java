package org.schooljournal.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.examples.schoolday.DemoSchool;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.SchoolRules;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * The teacher's journal page as the server answers it: the fortnight, the deadlines from the rules,
 * entries and their refusals on the page, lateness in words, corrections with their history, the
 * period marks, the lessons' side, and who may see and write it. Writes only 5А's mathematics
 * cells of 10 and 11 November of the pupils of the list's 11th to 14th lines (from 0: 10 to 13) and the lessons' side
 * of 10 November.
 */
class JournalPageTest {

    private static final JournalKey MATHS = DemoSchool.MATHS_5A;
    private static final LessonRef MONDAY = new LessonRef(LocalDate.of(2025, 11, 10), 2);
    private static final LessonRef TUESDAY = new LessonRef(LocalDate.of(2025, 11, 11), 1);

    private final WebFixture web = WebFixture.shared().atDemoStart();
    private final String teacher = web.site().people().all().get(0).id();

    @Test
    @Tag("ACC-2")
    @DisplayName("ACC-2: a teacher who teaches nothing in 5А is refused its journal and its forms with 403")
    void aTeacherOfAnotherClassIsRefused() {
        String other = web.site().people().all().get(1).id();
        WebClient client = new WebClient(web).signIn(other);
        assertThat(client.get(Paths.journal(MATHS)).statusCode()).isEqualTo(403);
        var posted = client.post(Paths.journal(MATHS) + JournalForms.ENTRIES,
                Map.of("lesson", "2025-11-10-2", "student", pupil(13).personId(), "value", "5", "from", "2025-11-10"));
        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(entries(MONDAY, pupil(13))).isEmpty();
    }

    @Test
    @DisplayName("a form of the journal posted without its token is refused (403) and records nothing")
    void aFormWithoutItsTokenIsRefused() {
        WebClient client = new WebClient(web).signIn(teacher);
        var posted = client.postWithout(Paths.journal(MATHS) + JournalForms.ENTRIES,
                Map.of("lesson", "2025-11-10-2", "student", pupil(13).personId(), "value", "5"));
        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(entries(MONDAY, pupil(13))).isEmpty();
    }

    @Test
    @Tag("MRK-2")
    @DisplayName("MRK-2: a mark entered after the end of its lesson's day shows its lateness in words")
    void aLateMarkShowsItsLateness() {
        WebClient client = new WebClient(web).signIn(teacher);
        String cell = JournalFortnight.cellId(MONDAY, pupil(10).personId());
        var posted = client.post(Paths.journal(MATHS) + JournalForms.ENTRIES,
                Map.of("lesson", "2025-11-10-2", "student", pupil(10).personId(), "value", "4", "from", "2025-11-10"));
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location")).contains(Paths.journal(MATHS) + "?from=2025-11-10#" + cell);

        SchoolRules rules = web.site().engine().schools().rules(web.site().school());
        Duration late = Duration.between(rules.limit(new Entry.LessonMarks(time(MONDAY))).effectiveClose().orElseThrow(),
                web.clock().instant());
        String shown = cell(client.get(Paths.journal(MATHS) + "?from=2025-11-10").body(), cell);
        assertThat(shown).contains("<span class=\"value\">4</span>")
                .contains("внесено с опозданием на " + Lateness.words(new Texts("web/journal"), late));
        assertThat(late).isPositive();
    }

    @Test
    @Tag("MRK-10")
    @DisplayName("MRK-10: a correction without a reason is refused on the page naming the field and changes nothing; with one it is made and the history shows both values")
    void aCorrectionNeedsItsReason() {
        WebClient client = new WebClient(web).signIn(teacher);
        Student pupil = pupil(11);
        String cell = JournalFortnight.cellId(TUESDAY, pupil.personId());
        client.post(Paths.journal(MATHS) + JournalForms.ENTRIES,
                Map.of("lesson", "2025-11-11-1", "student", pupil.personId(), "value", "5", "from", "2025-11-10"));
        JournalEntry mark = entries(TUESDAY, pupil).get(0);

        var refused = client.post(Paths.journal(MATHS) + JournalForms.CORRECTIONS, Map.of("lesson", "2025-11-11-1",
                "student", pupil.personId(), "entry", String.valueOf(mark.number()), "value", "4", "reason", "",
                "from", "2025-11-10"));
        assertThat(refused.statusCode()).isEqualTo(400);
        String refusedCell = cell(refused.body(), cell);
        assertThat(refusedCell).contains("class=\"field-error\"").contains("«Причина исправления»")
                .contains("<span class=\"value\">5</span>").contains("aria-invalid=\"true\"");
        assertThat(entries(TUESDAY, pupil).get(0).revisions()).hasSize(1);

        var corrected = client.post(Paths.journal(MATHS) + JournalForms.CORRECTIONS, Map.of("lesson", "2025-11-11-1",
                "student", pupil.personId(), "entry", String.valueOf(mark.number()), "value", "4",
                "reason", "ошибка при вводе", "from", "2025-11-10"));
        assertThat(corrected.statusCode()).isEqualTo(303);
        String shown = cell(client.get(Paths.journal(MATHS) + "?from=2025-11-10").body(), cell);
        assertThat(shown).contains("<span class=\"value\">4</span>").contains("исправлено")
                .contains("«5» — внёс(ла) " + web.site().nameOf(teacher))
                .contains("исправлено на «4» — " + web.site().nameOf(teacher))
                .contains("причина: ошибка при вводе");
    }

    @Test
    @Tag("MRK-1")
    @DisplayName("MRK-1: a value that is no mark of the journal is refused next to its cell, naming the field and the value, and records nothing")
    void aValueThatIsNoMarkIsRefused() {
        WebClient client = new WebClient(web).signIn(teacher);
        Student pupil = pupil(12);
        var refused = client.post(Paths.journal(MATHS) + JournalForms.ENTRIES,
                Map.of("lesson", "2025-11-10-2", "student", pupil.personId(), "value", "7", "from", "2025-11-10"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(cell(refused.body(), JournalFortnight.cellId(MONDAY, pupil.personId())))
                .contains("Поле «Отметка», значение «7»").contains("value=\"7\"");
        assertThat(entries(MONDAY, pupil)).isEmpty();
    }

    @Test
    @Tag("LES-7")
    @DisplayName("LES-7: a lateness typed as «оп15» is recorded as the teacher's note and shown in the cell, which still takes a mark; «оп0» is refused")
    void latenessFromTheKeyboard() {
        WebClient client = new WebClient(web).signIn(teacher);
        Student pupil = pupil(13);
        String cell = JournalFortnight.cellId(TUESDAY, pupil.personId());
        var refused = client.post(Paths.journal(MATHS) + JournalForms.ENTRIES,
                Map.of("lesson", "2025-11-11-1", "student", pupil.personId(), "value", "оп0", "from", "2025-11-10"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(cell(refused.body(), cell)).contains("Поле «Значение», значение «оп0»");
        var posted = client.post(Paths.journal(MATHS) + JournalForms.ENTRIES,
                Map.of("lesson", "2025-11-11-1", "student", pupil.personId(), "value", "оп 15", "from", "2025-11-10"));
        assertThat(posted.statusCode()).isEqualTo(303);
        String shown = cell(client.get(Paths.journal(MATHS) + "?from=2025-11-10").body(), cell);
        assertThat(shown).contains("<span class=\"note\">Опоздание на 15 мин</span>")
                .contains("action=\"" + Paths.journal(MATHS) + JournalForms.ENTRIES + "\"");
    }

    @Test
    @Tag("LES-1")
    @DisplayName("LES-1, LES-3: a lesson's topic and homework are recorded from the page's other side and shown there")
    void topicAndHomework() {
        WebClient client = new WebClient(web).signIn(teacher);
        var topic = client.post(Paths.journal(MATHS) + JournalForms.TOPICS,
                Map.of("lesson", "2025-11-10-2", "topic", "Сравнение обыкновенных дробей", "kind", "LESSON", "from", "2025-11-10"));
        assertThat(topic.statusCode()).isEqualTo(303);
        var homework = client.post(Paths.journal(MATHS) + JournalForms.HOMEWORK,
                Map.of("lesson", "2025-11-10-2", "content", "§ 12, № 450–455", "from", "2025-11-10"));
        assertThat(homework.statusCode()).isEqualTo(303);
        String page = client.get(Paths.journal(MATHS) + "?from=2025-11-10").body();
        assertThat(cell(page, "topic-lesson-2025-11-10-2")).contains("Сравнение обыкновенных дробей").doesNotContain("<form");
        assertThat(cell(page, "homework-lesson-2025-11-10-2")).contains("§ 12, № 450–455").doesNotContain("<form");
    }

    @Test
    @DisplayName("a page asked from any date shows the fortnight from that week's Monday, with an anchor on every lesson's column")
    void anyDateGivesItsFortnight() {
        WebClient client = new WebClient(web).signIn(teacher);
        String page = client.get(Paths.journal(MATHS) + "?from=2025-10-15").body();
        assertThat(page).contains("id=\"lesson-2025-10-13-2\"").contains("id=\"lesson-2025-10-24-2\"")
                .doesNotContain("id=\"lesson-2025-10-10-")
                .contains("href=\"" + Paths.journal(MATHS) + "?from=2025-09-29\"")
                .contains("href=\"" + Paths.journal(MATHS) + "?from=2025-10-27\"");
        assertThat(client.get(Paths.journal(MATHS) + "?from=2300-01-01").statusCode()).as("outside the dates a journal keeps")
                .isEqualTo(400);
        assertThat(client.get(Paths.journal(MATHS)).body()).as("by default: from the Monday of last week")
                .contains("id=\"lesson-2025-11-05-2\"").contains("id=\"lesson-2025-11-12-2\"");
    }

    @Test
    @Tag("ATT-2")
    @DisplayName("ATT-2, MRK-2: each lesson's column shows the deadlines the rules give, the current lesson's counting down")
    void deadlinesFromTheRules() {
        WebClient client = new WebClient(web).signIn(teacher);
        LessonRef now = new LessonRef(WebJournal.DEMO_DAY, WebJournal.DEMO_LESSON);
        SchoolRules rules = web.site().engine().schools().rules(web.site().school());
        var attendance = rules.limit(new Entry.Attendance(time(now))).effectiveClose().orElseThrow();
        var marks = rules.limit(new Entry.LessonMarks(time(now))).effectiveClose().orElseThrow();
        String header = header(client.get(Paths.journal(MATHS)).body(), "lesson-2025-11-12-2");
        assertThat(header).contains("<time datetime=\"" + attendance + "\">")
                .contains("<time datetime=\"" + marks + "\">")
                .contains("осталось " + Lateness.words(new Texts("web/journal"), Duration.between(web.clock().instant(), attendance)));
        assertThat(header(client.get(Paths.journal(MATHS)).body(), "lesson-2025-11-10-2")).contains("срок истёк");
    }

    @Test
    @Tag("MRK-7")
    @DisplayName("MRK-7: the first quarter's marks are shown read-only after its window")
    void periodMarksReadOnly() {
        WebClient client = new WebClient(web).signIn(teacher);
        String page = client.get(Paths.journal(MATHS) + "?from=2025-10-20").body();
        assertThat(page).contains("1-я четверть").doesNotContain(JournalForms.PERIOD_MARKS + "\"");
        String first = cell(page, JournalFortnight.periodId(pupil(0).personId()));
        assertThat(first).containsPattern("<span class=\"value\">[2-5]</span>");
    }

    @Test
    @Tag("MRK-7")
    @DisplayName("MRK-7: in the second quarter's last week the period column takes a mark, which is then shown read-only (a school of its own)")
    void periodMarkInTheWindow() {
        try (WebFixture own = WebFixture.fresh()) {
            StudyPeriod quarter = own.site().calendar().studyPeriod(MATHS.holderCode(), WebJournal.DEMO_DAY).orElseThrow();
            own.clock().set(own.site().calendar().instant(quarter.lastDay(), LocalTime.of(18, 0)));
            Student pupil = Roster.of(own.site().school()).studentsIn(MATHS.holderCode(), quarter.lastDay()).get(0);
            WebClient client = new WebClient(own).signIn(teacher);
            String address = Paths.journal(MATHS) + "?from=" + quarter.lastDay();
            String before = cell(client.get(address).body(), JournalFortnight.periodId(pupil.personId()));
            assertThat(before).contains("action=\"" + Paths.journal(MATHS) + JournalForms.PERIOD_MARKS + "\"");

            var posted = client.post(Paths.journal(MATHS) + JournalForms.PERIOD_MARKS, Map.of("period",
                    PeriodRef.of(quarter).toString(), "student", pupil.personId(), "value", "5", "from", quarter.lastDay().toString()));
            assertThat(posted.statusCode()).isEqualTo(303);
            String after = cell(client.get(address).body(), JournalFortnight.periodId(pupil.personId()));
            assertThat(after).contains("<span class=\"value\">5</span>").doesNotContain("<form");
        }
    }

    @Test
    @Tag("ACC-3")
    @DisplayName("ACC-3: 5А's homeroom teacher reads its mathematics journal without a form to write in it")
    void homeroomTeacherReadsOnly() {
        Optional<String> homeroom = web.site().school().homeroomTeacherOf(MATHS.holderCode()).filter(id -> !id.equals(teacher));
        assertThat(homeroom).isPresent();
        String page = JournalScreen.render(web.site(), Actor.of(homeroom.get()), MATHS, LocalDate.of(2025, 11, 10));
        assertThat(page).contains("id=\"lesson-2025-11-12-2\"").doesNotContain("<form method=\"post\" action=\"" + Paths.journal(MATHS));
        String own = JournalScreen.render(web.site(), Actor.of(teacher), MATHS, LocalDate.of(2025, 11, 10));
        assertThat(own).contains("<form method=\"post\" action=\"" + Paths.journal(MATHS) + JournalForms.ENTRIES);
    }

    /** Returns the pupil of the list's line (from 0) of 5А on the demo day. */
    private Student pupil(int line) {
        return Roster.of(web.site().school()).studentsIn(MATHS.holderCode(), WebJournal.DEMO_DAY).get(line);
    }

    private List<JournalEntry> entries(LessonRef lesson, Student pupil) {
        JournalState state = web.site().engine().host().journal(DemoSchool.ID, MATHS);
        return state.lessonEntries(lesson).stream().filter(e -> e.studentId().equals(Optional.of(pupil.personId()))
                && (e.kind() == EntryKind.MARK || e.kind() == EntryKind.ATTENDANCE)).toList();
    }

    private LessonTime time(LessonRef lesson) {
        return web.site().calendar().lesson(MATHS.holderCode(), lesson.date(), lesson.slot());
    }

    /** Returns a table cell of the page by its id, up to its end. */
    static String cell(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("the page has #" + id).isPositive();
        return page.substring(start, page.indexOf("</td>", start));
    }

    private static String header(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("the page has #" + id).isPositive();
        return page.substring(start, page.indexOf("</th>", start));
    }

}
