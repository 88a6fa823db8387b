package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.FRIDAY;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.SUBSTITUTE;
import static org.schooljournal.core.journal.JournalSchool.WEDNESDAY;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.feed.FeedCursor;
import org.schooljournal.core.feed.FeedData;
import org.schooljournal.core.feed.FeedItem;
import org.schooljournal.core.feed.FeedPage;
import org.schooljournal.core.roster.LinkGuardian;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.roster.TransferStudent;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.spi.JournalException;

/**
 * EXC-2 and PD-2 under random use: a consumer that is killed at any point and restarts from its
 * last saved cursor misses nothing and, dropping repeats by id, handles each item once, in order;
 * a guardian's or a student's feed carries exactly what their diaries show — never another
 * student's data, the class's items only of the days their child is in the class.
 */
class FeedPropertiesTest {

    private static final List<String> STUDENTS = List.of(IVANOV, ALEKSEEVA, YOLKIN);
    /** The second guardian has two children; Yolkin has two guardians. */
    private static final Map<String, List<String>> CHILDREN = Map.of("g-ivanova", List.of(IVANOV),
            "g-alekseev", List.of(ALEKSEEVA, YOLKIN), "g-yolkina", List.of(YOLKIN));
    private static final List<LessonRef> MATHS = List.of(new LessonRef(MONDAY, 1), new LessonRef(WEDNESDAY, 2),
            new LessonRef(FRIDAY, 1));
    private static final ObjectMapper JSON = new ObjectMapper();

    enum Act {
        MARK, ABSENT, LATE, REMARK, MESSAGE, TOPIC, HOMEWORK, OWN_HOMEWORK, CORRECT, SUBSTITUTE
    }

    /** One step: what, about which student and lesson (chosen by a number). */
    record Step(Act act, int n) {
    }

    static Gen<Step> steps() {
        return Generate.enumValues(Act.class).zip(integers().between(0, 9_999), Step::new);
    }

    /**
     * Returns 5А's school with three guardians, where Yolkin moves to 5Б on Wednesday, after the
     * steps the teacher and the head took on Friday afternoon; a step the journal refuses (a second
     * topic of a lesson, a mark of an absent student) changes nothing and is left out.
     */
    static JournalSchool school(List<Step> steps) {
        JournalSchool school = JournalSchool.setUp();
        CHILDREN.forEach((guardian, children) -> {
            school.school(new RegisterGuardian(ID, guardian, "Родитель", "Ученика", "", children.get(0)));
            children.stream().skip(1).forEach(child -> school.school(new LinkGuardian(ID, guardian, child)));
        });
        school.school(new OpenClass(ID, "5Б", 5, SUBSTITUTE.personId()));
        school.school(new TransferStudent(ID, YOLKIN, "5Б", WEDNESDAY));
        school.at(FRIDAY, LocalTime.of(15, 0));
        steps.forEach(step -> run(school, step));
        return school;
    }

    private static void run(JournalSchool school, Step step) {
        LessonRef lesson = MATHS.get(step.n() % MATHS.size());
        String student = STUDENTS.get(step.n() / MATHS.size() % STUDENTS.size());
        JournalCommand command = switch (step.act()) {
            case MARK -> JournalSchool.mark(lesson.date(), lesson.slot(), student, String.valueOf(2 + step.n() % 4),
                    WorkKind.values()[step.n() % 3]);
            case ABSENT -> JournalSchool.absence(lesson.date(), lesson.slot(), student,
                    AbsenceCode.values()[step.n() % 3]);
            case LATE -> new AddTeacherNote(ID, MATH_5A, lesson, Optional.of(student), NoteKind.LATENESS,
                    "опоздал [" + student + "]");
            case REMARK -> new MakeRemark(ID, MATH_5A, student, "замечание [" + student + "]", Copies.NONE);
            case MESSAGE -> new MessageGuardians(ID, MATH_5A, student, "сообщение [" + student + "]", Copies.NONE);
            case TOPIC -> new RecordTopic(ID, MATH_5A, lesson, "Тема " + step.n(), LessonKind.LESSON);
            case HOMEWORK -> new AssignHomework(ID, MATH_5A, lesson, Optional.empty(), "№ " + step.n(), Optional.empty());
            case OWN_HOMEWORK -> new AssignHomework(ID, MATH_5A, lesson, Optional.of(student),
                    "№ " + step.n() + " [" + student + "]", Optional.empty());
            case CORRECT -> school.engine.host().journal(ID, MATH_5A).entries(e -> e.present()
                    && e.kind() == EntryKind.MARK).stream().findFirst()
                    .map(e -> CorrectEntry.mark(ID, new EntryRef(MATH_5A, e.number()), Mark.of("3"), "ошибка"))
                    .orElse(null);
            case SUBSTITUTE -> new RecordSubstitution(ID, MATH_5A, lesson, SUBSTITUTE.personId());
        };
        if (command == null) {
            return;
        }
        try {
            school.engine.execute(step.act() == Act.SUBSTITUTE ? JournalSchool.HEAD : MATH, command);
        } catch (JournalException refused) {
            // refused: changed nothing, and the feed carries nothing of it
        }
    }

    /** Reads a whole feed in pages of a size. */
    private static List<FeedItem> all(JournalSchool school, Optional<Actor> reader, int pageSize) {
        List<FeedItem> items = new ArrayList<>();
        FeedCursor cursor = FeedCursor.start();
        FeedPage page;
        do {
            page = read(school, reader, cursor, pageSize);
            items.addAll(page.items());
            cursor = page.next();
        } while (!page.end());
        return items;
    }

    private static FeedPage read(JournalSchool school, Optional<Actor> reader, FeedCursor after, int pageSize) {
        return reader.map(actor -> school.engine.feed().read(actor, ID, after, pageSize))
                .orElseGet(() -> school.engine.host().feed(ID, after, pageSize));
    }

    /** The oracle: whether a reader whose diaries are those students' sees a host's item (PD-2, DRY-6). */
    private static boolean shows(FeedItem item, List<String> students, boolean guardian) {
        if (item.subject().isPresent()) {
            return students.contains(item.subject().get()) && (guardian || !item.type().equals(FeedData.Message.TYPE));
        }
        LocalDate date = LocalDate.parse(data(item).get("date").asText());
        return students.stream().anyMatch(student -> !student.equals(YOLKIN) || date.isBefore(WEDNESDAY));
    }

    private static JsonNode data(FeedItem item) {
        try {
            return JSON.readTree(item.toJson()).get("data");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @Tag("EXC-2")
    @DisplayName("EXC-2: a consumer killed at any point restarts from its last saved cursor, misses nothing and handles each item once")
    void restartsMissNothing() {
        JournalSchool school = school(List.of(new Step(Act.TOPIC, 0), new Step(Act.MARK, 0), new Step(Act.ABSENT, 4),
                new Step(Act.REMARK, 7), new Step(Act.MESSAGE, 3), new Step(Act.HOMEWORK, 1), new Step(Act.MARK, 5),
                new Step(Act.CORRECT, 0), new Step(Act.LATE, 8), new Step(Act.SUBSTITUTE, 2)));
        AtomicInteger kills = new AtomicInteger();
        AtomicInteger appended = new AtomicInteger();
        qt().withFixedSeed(20261016L).withExamples(40).withShrinkCycles(0)
                .forAll(lists().of(integers().between(1, 25)).ofSizeBetween(1, 6),
                        lists().of(integers().between(-3, 25)).ofSizeBetween(1, 30),
                        integers().between(0, CHILDREN.size()))
                .checkAssert((sizes, killPoints, who) -> {
                    Optional<Actor> reader = who == CHILDREN.size() ? Optional.empty()
                            : Optional.of(Actor.of(List.copyOf(CHILDREN.keySet()).get(who)));
                    FeedCursor saved = FeedCursor.start(); // what the consumer keeps, surviving its kills
                    Set<String> seen = new HashSet<>();
                    List<String> handled = new ArrayList<>();
                    for (int round = 0; round < 1_000; round++) {
                        FeedPage page = read(school, reader, saved, sizes.get(round % sizes.size()));
                        int killAt = round < killPoints.size() ? killPoints.get(round) : -1; // a consumer is killed finitely often
                        boolean killed = killAt >= 0 && killAt < page.items().size();
                        List<FeedItem> reached = killed ? page.items().subList(0, killAt + 1) : page.items();
                        for (FeedItem item : reached) {
                            if (seen.add(item.id())) {
                                handled.add(item.id());
                            }
                        }
                        if (killed) {
                            kills.incrementAndGet(); // dropped before saving the page's cursor: read again
                            continue;
                        }
                        saved = page.next();
                        boolean goesOn = round == 2; // the school goes on meanwhile: the end moves
                        if (goesOn) {
                            run(school, new Step(Act.REMARK, appended.incrementAndGet()));
                        }
                        if (page.end() && !goesOn) {
                            break;
                        }
                    }

                    assertThat(handled).as("each item once, in order, none missed")
                            .containsExactlyElementsOf(all(school, reader, 10_000).stream().map(FeedItem::id).toList());
                });
        assertThat(kills.get()).as("consumers were killed mid-page").isPositive();
    }

    @Test
    @Tag("EXC-2")
    @Tag("PD-2")
    @DisplayName("PD-2: a guardian's or a student's feed is exactly what their diaries show, never another student's data")
    void readersSeeTheirOwnOnly() {
        AtomicInteger items = new AtomicInteger();
        qt().withFixedSeed(20261012L).withExamples(15).withShrinkCycles(0)
                .forAll(lists().of(steps()).ofSizeBetween(5, 30), integers().between(1, 20))
                .checkAssert((steps, pageSize) -> {
                    JournalSchool school = school(steps);
                    List<FeedItem> host = all(school, Optional.empty(), pageSize);
                    items.addAndGet(host.size());
                    List<Map.Entry<Actor, List<String>>> readers = new ArrayList<>();
                    CHILDREN.forEach((guardian, children) -> readers.add(Map.entry(Actor.of(guardian), children)));
                    STUDENTS.forEach(student -> readers.add(Map.entry(Actor.of(student), List.of(student))));
                    for (Map.Entry<Actor, List<String>> reader : readers) {
                        boolean guardian = CHILDREN.containsKey(reader.getKey().personId());
                        List<FeedItem> feed = all(school, Optional.of(reader.getKey()), pageSize);

                        assertThat(feed).as(reader.getKey().personId()).containsExactlyElementsOf(
                                host.stream().filter(item -> shows(item, reader.getValue(), guardian)).toList());
                        for (FeedItem item : feed) {
                            STUDENTS.stream().filter(other -> !reader.getValue().contains(other)).forEach(other ->
                                    assertThat(item.toJson()).as(reader.getKey().personId()).doesNotContain(other));
                        }
                    }
                });
        assertThat(items.get()).as("the steps made items").isGreaterThan(50);
    }
}
