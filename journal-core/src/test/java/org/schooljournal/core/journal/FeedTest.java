package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.HEAD;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.SUBSTITUTE;
import static org.schooljournal.core.journal.JournalSchool.WEDNESDAY;
import static org.schooljournal.core.journal.JournalSchool.ZONE;
import static org.schooljournal.core.journal.JournalSchool.absence;
import static org.schooljournal.core.journal.JournalSchool.mark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.compromise.Compromise;
import org.schooljournal.core.compromise.ReportCompromise;
import org.schooljournal.core.feed.FeedCursor;
import org.schooljournal.core.feed.FeedData;
import org.schooljournal.core.feed.FeedItem;
import org.schooljournal.core.feed.FeedPage;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.school.DeclareTechnicalFailure;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.SchoolKey;

/**
 * EXC-2: the event feed a separate diary system reads — what the journal records, as CloudEvents
 * items of the feed's own schema, page by page from a cursor — and who may read what of it (PD-2).
 */
@Tag("EXC-2")
@DisplayName("EXC-2: the event feed for a separate diary system")
class FeedTest {

    private static final Actor MOTHER = Actor.of("g-ivanova");
    private static final Actor FATHER = Actor.of("g-alekseev");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JournalSchool school = JournalSchool.setUp();

    @BeforeEach
    void guardians() {
        school.school(new RegisterGuardian(ID, MOTHER.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));
        school.school(new RegisterGuardian(ID, FATHER.personId(), "Алексеев", "Павел", "Ильич", ALEKSEEVA));
    }

    private void at(int hour, int minute) {
        school.at(MONDAY, LocalTime.of(hour, minute));
    }

    private List<FeedItem> all(FeedReader reader) {
        List<FeedItem> items = new ArrayList<>();
        FeedCursor cursor = FeedCursor.start();
        FeedPage page;
        do {
            page = reader.read(cursor, 7);
            items.addAll(page.items());
            cursor = page.next();
        } while (!page.end());
        return items;
    }

    private List<FeedItem> host() {
        return all((cursor, max) -> school.engine.host().feed(ID, cursor, max));
    }

    private List<FeedItem> of(Actor reader) {
        return all((cursor, max) -> school.engine.feed().read(reader, ID, cursor, max));
    }

    private static List<String> types(List<FeedItem> items) {
        return items.stream().map(FeedItem::type).toList();
    }

    /** Reads a page of the feed. */
    @FunctionalInterface
    private interface FeedReader {
        FeedPage read(FeedCursor after, int maxEvents);
    }

    @Test
    @DisplayName("a lesson's topic, homework, marks, absence, lateness, remark and a correction are items, in the order recorded")
    void carriesWhatTheJournalRecords() throws Exception {
        at(8, 40);
        school.engine.execute(MATH, new RecordTopic(ID, MATH_5A, new LessonRef(MONDAY, 1),
                "Сложение дробей", LessonKind.LESSON));
        school.engine.execute(MATH, absence(MONDAY, 1, ALEKSEEVA, AbsenceCode.ILLNESS));
        Recorded mark = school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL));
        school.engine.execute(MATH, new AddTeacherNote(ID, MATH_5A, new LessonRef(MONDAY, 1), Optional.of(IVANOV),
                NoteKind.LATENESS, "опоздал на 10 минут"));
        school.engine.execute(MATH, new AssignHomework(ID, MATH_5A, new LessonRef(MONDAY, 1), Optional.empty(),
                "№ 123", Optional.empty()));
        school.engine.execute(MATH, new MakeRemark(ID, MATH_5A, IVANOV, "Разговаривал на уроке", Copies.NONE));
        school.engine.execute(MATH, CorrectEntry.mark(ID, new EntryRef(MATH_5A, mark.entries().get(0)), Mark.of("4"),
                "ошибка при вводе"));

        List<FeedItem> items = host();

        assertThat(types(items)).containsExactly(FeedData.Topic.TYPE, FeedData.Absence.TYPE, FeedData.Mark.TYPE,
                FeedData.Lateness.TYPE, FeedData.Homework.TYPE, FeedData.Remark.TYPE, FeedData.Correction.TYPE);
        FeedData.Mark recorded = (FeedData.Mark) items.get(2).data();
        assertThat(recorded).isEqualTo(new FeedData.Mark("5А", "math", mark.entries().get(0), MONDAY, 1, IVANOV, "5",
                "ORAL", 1, Optional.empty(), false));
        assertThat(items.get(2).subject()).contains(IVANOV);
        assertThat(items.get(0).subject()).isEmpty();
        assertThat(items.get(2).id()).isEqualTo(mark.appended().get(0).event().eventId() + "/0");
        FeedData.Correction correction = (FeedData.Correction) items.get(6).data();
        assertThat(correction.entry()).isEqualTo(recorded.entry());
        assertThat(correction.of()).isEqualTo(FeedData.Mark.TYPE);
        assertThat(correction.value()).isEqualTo("4");
        JsonNode line = JSON.readTree(items.get(1).toJson());
        assertThat(line.get("specversion").asText()).isEqualTo("1.0");
        assertThat(line.get("data").get("code").asText()).isEqualTo("б");
        assertThat(line.get("data").get("reason").asText()).isEqualTo("ILLNESS");
    }

    @Test
    @Tag("MRK-13")
    @DisplayName("MRK-13: an exam result is an item of its student, read by their guardians only, and its correction names it")
    void carriesExamResults() {
        at(10, 0);
        Instant obtained = LocalDateTime.of(MONDAY, LocalTime.of(9, 0)).atZone(ZONE).toInstant();
        Recorded result = school.engine.execute(MATH, new RecordExamResult(ID, MATH_5A, IVANOV, "ВПР", "4", obtained));
        school.engine.execute(MATH, CorrectEntry.text(ID, new EntryRef(MATH_5A, result.entries().get(0)), "5",
                "ошибка при переносе из протокола"));

        List<FeedItem> items = of(MOTHER);

        assertThat(types(items)).containsExactly(FeedData.ExamResult.TYPE, FeedData.Correction.TYPE);
        assertThat(items.get(0).data()).isEqualTo(new FeedData.ExamResult("5А", "math", result.entries().get(0),
                IVANOV, "ВПР", "4", Optional.of(obtained), false));
        assertThat(items.get(0).subject()).contains(IVANOV);
        FeedData.Correction correction = (FeedData.Correction) items.get(1).data();
        assertThat(correction.of()).isEqualTo(FeedData.ExamResult.TYPE);
        assertThat(correction.entry()).isEqualTo(result.entries().get(0));
        assertThat(correction.value()).isEqualTo("5");
        assertThat(of(FATHER)).isEmpty();
    }

    @Test
    @Tag("MRK-11")
    @DisplayName("MRK-11: a mark's exclusion from the average is an item of its student, with the reason, read by their guardians only")
    void carriesExclusions() {
        at(8, 40);
        Recorded mark = school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "2", WorkKind.ORAL));
        school.engine.execute(MATH, new ExcludeMarkFromAverage(ID, new EntryRef(MATH_5A, mark.entries().get(0)),
                "пересдана"));

        List<FeedItem> items = of(MOTHER);

        assertThat(types(items)).containsExactly(FeedData.Mark.TYPE, FeedData.Exclusion.TYPE);
        assertThat(items.get(1).data()).isEqualTo(new FeedData.Exclusion("5А", "math", mark.entries().get(0), IVANOV,
                "пересдана"));
        assertThat(items.get(1).subject()).contains(IVANOV);
        assertThat(of(FATHER)).isEmpty();
    }

    @Test
    @Tag("ARC-7")
    @DisplayName("ARC-7: an entry judged again after a declared technical failure is an item of its student with the new verdict")
    void carriesRejudgements() {
        at(12, 30);
        Recorded absence = school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        school.at(MONDAY.plusDays(1), LocalTime.of(13, 0));
        school.engine.execute(DEPUTY, new DeclareTechnicalFailure(ID,
                LocalDateTime.of(MONDAY, LocalTime.of(8, 0)).atZone(ZONE).toInstant(),
                LocalDateTime.of(MONDAY, LocalTime.of(12, 0)).atZone(ZONE).toInstant(), "нет интернета в школе"));

        List<FeedItem> items = of(MOTHER);

        assertThat(types(items)).containsExactly(FeedData.Absence.TYPE, FeedData.Rejudgement.TYPE);
        assertThat(((FeedData.Absence) items.get(0).data()).late()).as("the original verdict").isTrue();
        assertThat(items.get(1).data()).isEqualTo(new FeedData.Rejudgement("5А", "math", absence.entries().get(0),
                FeedData.Absence.TYPE, Optional.of(IVANOV), false));
        assertThat(items.get(1).subject()).contains(IVANOV);
        assertThat(of(FATHER)).isEmpty();
    }

    @Test
    @DisplayName("a substitution and a moved lesson are items of the class, which its students' guardians read")
    void carriesTimetableChanges() {
        at(8, 0);
        school.engine.execute(HEAD, new RecordSubstitution(ID, MATH_5A, new LessonRef(MONDAY, 1), SUBSTITUTE.personId()));
        school.engine.execute(HEAD, new RescheduleLesson(ID, MATH_5A, new LessonRef(WEDNESDAY, 2),
                new LessonRef(WEDNESDAY, 3), "экскурсия"));

        assertThat(types(host())).containsExactly(FeedData.Substitution.TYPE, FeedData.Move.TYPE);
        assertThat(types(of(MOTHER))).containsExactly(FeedData.Substitution.TYPE, FeedData.Move.TYPE);
    }

    @Test
    @Tag("PD-4")
    @DisplayName("PD-4: a value of an operation the act declares invalid stays in the feed, and the act adds an item naming it")
    void carriesInvalidations() {
        at(8, 40);
        Recorded mark = school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "2", WorkKind.ORAL));
        at(10, 0);
        Instant discovered = LocalDateTime.of(MONDAY, LocalTime.of(8, 0)).atZone(ZONE).toInstant();
        Compromise reported = school.engine.compromises().report(HEAD, new ReportCompromise(ID, MATH.personId(),
                discovered, discovered.plusSeconds(600), "пароль стал известен постороннему лицу"));
        school.engine.compromises().drawUpAct(HEAD, ID, reported.number());

        List<FeedItem> items = of(MOTHER);

        assertThat(types(items)).containsExactly(FeedData.Mark.TYPE, FeedData.Invalidation.TYPE);
        FeedData.Invalidation invalidation = (FeedData.Invalidation) items.get(1).data();
        assertThat(invalidation.invalidates()).isEqualTo(items.get(0).id());
        assertThat(invalidation.entry()).isEqualTo(mark.entries().get(0));
        assertThat(invalidation.act()).isEqualTo(reported.number());
        assertThat(items.get(1).subject()).contains(IVANOV);
        assertThat(of(FATHER)).isEmpty();
    }

    @Nested
    @Tag("PD-2")
    @DisplayName("PD-2: who reads what")
    class Readers {

        @BeforeEach
        void entries() {
            at(8, 40);
            school.engine.execute(MATH, new RecordTopic(ID, MATH_5A, new LessonRef(MONDAY, 1), "Дроби", LessonKind.LESSON));
            school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL));
            school.engine.execute(MATH, mark(MONDAY, 1, ALEKSEEVA, "3", WorkKind.ORAL));
            school.engine.execute(MATH, new MessageGuardians(ID, MATH_5A, IVANOV, "Прошу зайти в школу", Copies.NONE));
        }

        @Test
        @DisplayName("a guardian reads their child's items and the class's, never another student's")
        void guardian() {
            List<FeedItem> items = of(MOTHER);

            assertThat(types(items)).containsExactly(FeedData.Topic.TYPE, FeedData.Mark.TYPE, FeedData.Message.TYPE);
            assertThat(items).allMatch(item -> item.subject().isEmpty() || item.subject().get().equals(IVANOV));
            assertThat(items).noneMatch(item -> item.toJson().contains(ALEKSEEVA));
        }

        @Test
        @DisplayName("a student reads their own items and the class's, but not the messages to their guardians (DRY-6)")
        void student() {
            assertThat(types(of(Actor.of(IVANOV)))).containsExactly(FeedData.Topic.TYPE, FeedData.Mark.TYPE);
        }

        @Test
        @DisplayName("the host reads everything")
        void host() {
            assertThat(types(FeedTest.this.host())).containsExactly(FeedData.Topic.TYPE, FeedData.Mark.TYPE,
                    FeedData.Mark.TYPE, FeedData.Message.TYPE);
        }

        @Test
        @DisplayName("a teacher, who reads journals, and a stranger are refused, naming PD-2")
        void others() {
            for (Actor reader : List.of(MATH, Actor.of("stranger"))) {
                assertThatThrownBy(() -> school.engine.feed().read(reader, ID, FeedCursor.start(), 10))
                        .isInstanceOfSatisfying(AccessDeniedException.class,
                                e -> assertThat(e.requirement()).isEqualTo("PD-2"));
            }
        }
    }

    @Nested
    @DisplayName("cursors")
    class Cursors {

        @Test
        @DisplayName("a cursor's text reads back; the start is p0")
        void roundTrip() {
            assertThat(FeedCursor.parse("p0")).isEqualTo(FeedCursor.start());
            assertThat(FeedCursor.parse(new FeedCursor(4711).toString())).isEqualTo(new FeedCursor(4711));
        }

        @Test
        @DisplayName("a text that is no cursor is refused, naming the field, the text and the rule")
        void invalid() {
            for (String text : List.of("", "4711", "p-1", "p01", "x12", "p99999999999999999999", "p 1")) {
                assertThatThrownBy(() -> FeedCursor.parse(text)).as(text)
                        .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                            assertThat(e.violations()).singleElement().satisfies(v -> {
                                assertThat(v.field()).isEqualTo("cursor");
                                assertThat(v.value()).isEqualTo(text);
                                assertThat(v.rule()).contains("cursor this feed gave");
                            });
                        });
            }
        }

        @Test
        @DisplayName("a page past the end is empty, keeps its cursor and says it is at the end")
        void pastTheEnd() {
            List<EventEnvelope> log = school.store.readSchool(SchoolKey.of("school-" + ID), 1,
                    10_000);
            FeedCursor end = school.engine.host().feed(ID, FeedCursor.start(), 10_000).next();

            FeedPage page = school.engine.host().feed(ID, end, 5);

            assertThat(end.position()).isEqualTo(log.get(log.size() - 1).position());
            assertThat(page.items()).isEmpty();
            assertThat(page.next()).isEqualTo(end);
            assertThat(page.end()).isTrue();
        }

        @Test
        @DisplayName("a page reads between 1 and 10 000 stored events")
        void pageSize() {
            for (int max : new int[] {0, -1, 10_001}) {
                assertThatThrownBy(() -> school.engine.host().feed(ID, FeedCursor.start(), max))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEvents");
            }
        }
    }
}
