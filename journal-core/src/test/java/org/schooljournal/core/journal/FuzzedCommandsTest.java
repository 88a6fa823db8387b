package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.schooljournal.core.journal.JournalSchool.ADMIN;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.HEAD;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.QUARTER_1;
import static org.schooljournal.core.journal.JournalSchool.ZONE;
import static org.schooljournal.core.journal.JournalSchool.absence;
import static org.schooljournal.core.journal.JournalSchool.mark;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.adapter.tck.MovingClock;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.StoredEnvelopes;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.notification.DocumentForm;
import org.schooljournal.core.notification.RecordConsent;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.programme.AddRoom;
import org.schooljournal.core.programme.AddStudyGroup;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.GroupKind;
import org.schooljournal.core.programme.PlannedTopic;
import org.schooljournal.core.programme.ScheduleControlWork;
import org.schooljournal.core.programme.SetThematicPlan;
import org.schooljournal.core.programme.SubjectComponent;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.roster.UpdateStudentData;
import org.schooljournal.core.roster.WithdrawStudent;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.DeclareTechnicalFailure;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * The fuzz property of issue 12 (DESIGN.md, principle 9): arbitrary texts — line breaks, NUL, lone
 * surrogates, combining marks, bidirectional controls, slashes, 200 and more characters, the
 * fixture's own identifiers — and arbitrary dates and instants, from {@code MIN} to {@code MAX},
 * given to the commands and reads of a school with a consenting guardian and entries. Each input
 * is either refused (VALIDATION for what its form breaks; another code for what the school lacks)
 * with nothing appended and a one-line message, or appended, and then every read of the school
 * works on a new engine over the same store (a restart).
 */
@DisplayName("Fuzzed commands: refused with nothing appended, or appended with every read working after a restart")
class FuzzedCommandsTest {

    /** The refusals a command may end in; never a JDK exception. */
    /** How many examples to try; {@code -Dfuzz.examples=5000} tries more. */
    private static final int EXAMPLES = Integer.getInteger("fuzz.examples", 300);

    private static final Set<ErrorCode> REFUSALS = EnumSet.of(ErrorCode.VALIDATION, ErrorCode.NOT_FOUND,
            ErrorCode.ACCESS_DENIED, ErrorCode.OUT_OF_TIME, ErrorCode.LOCKED);

    private static final Instant LESSON_TIME = MONDAY.atTime(LocalTime.of(8, 40)).atZone(ZONE).toInstant();

    /** The prepared school every example starts from: guardian subscribed, an «н», a mark, a topic, a remark. */
    private static final InMemoryEventStore PREPARED = prepared();

    /**
     * What one example gives the commands: five texts, two dates, an instant, which probe, and a
     * mask telling which of its text fields a probe fuzzes (the others keep a valid value, so that
     * a command may reach deep).
     */
    record Inputs(List<String> texts, LocalDate date, LocalDate otherDate, Instant instant, int probe, int mask) {

        /** Returns the fuzzed text of field i if the mask says so, or the valid value. */
        String or(int i, String valid) {
            return (mask & (1 << i)) != 0 ? texts.get(i) : valid;
        }

        /** Returns the fuzzed date if the mask says so, or the valid value. */
        LocalDate dateOr(LocalDate valid) {
            return (mask & (1 << 5)) != 0 ? date : valid;
        }

        /** Returns the other fuzzed date if the mask says so, or the valid value. */
        LocalDate otherDateOr(LocalDate valid) {
            return (mask & (1 << 6)) != 0 ? otherDate : valid;
        }

        /** Returns the fuzzed instant if the mask says so, or the valid value. */
        Instant instantOr(Instant valid) {
            return (mask & (1 << 6)) != 0 ? instant : valid;
        }
    }

    /** One command or read, given the inputs, run on an engine of the prepared school. */
    private record Probe(String name, BiConsumer<JournalEngine, Inputs> run) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Probe> PROBES = List.of(
            new Probe("RegisterGuardian", (e, in) -> e.execute(HEAD, new RegisterGuardian(ID, in.or(0, "g-new"),
                    in.or(1, "Петрова"), in.or(2, "Анна"), in.or(3, "Ивановна"), in.or(4, IVANOV)))),
            new Probe("HireStaff", (e, in) -> e.execute(HEAD, new HireStaff(ID, in.or(0, "t-new"), in.or(1, "Петрова"),
                    in.or(2, "Анна"), in.or(3, "")))),
            new Probe("EnrolStudent", (e, in) -> e.execute(HEAD, new EnrolStudent(ID, in.or(0, "s-new"),
                    in.or(1, "Ёлкина"), in.or(2, "Анна"), in.or(3, ""), in.dateOr(LocalDate.of(2015, 2, 1)), in.or(4, "5А"),
                    in.otherDateOr(LocalDate.of(2026, 10, 1))))),
            new Probe("UpdateStudentData", (e, in) -> e.execute(HEAD, new UpdateStudentData(ID, in.or(0, IVANOV),
                    in.or(1, "Иванов"), in.or(2, "Пётр"), in.or(3, "Ильич"), in.dateOr(LocalDate.of(2015, 3, 1))))),
            new Probe("WithdrawStudent", (e, in) -> e.execute(HEAD, new WithdrawStudent(ID, in.or(0, "s-yolkin"),
                    in.dateOr(MONDAY), in.or(1, "переезд")))),
            new Probe("AddSubject", (e, in) -> e.execute(HEAD, new AddSubject(ID, in.or(0, "art"), in.or(1, "ИЗО"),
                    SubjectComponent.SCHOOL))),
            new Probe("AddRoom", (e, in) -> e.execute(HEAD, new AddRoom(ID, in.or(0, "301"), in.or(1, "Спортзал")))),
            new Probe("AddStudyGroup", (e, in) -> e.execute(HEAD, new AddStudyGroup(ID, in.or(0, "5А-иуп"),
                    GroupKind.INDIVIDUAL, List.of(in.or(1, "5А")), 5, in.or(2, IVANOV)))),
            new Probe("OpenClass", (e, in) -> e.execute(HEAD, new OpenClass(ID, in.or(0, "6А"), 6, in.or(1, "t-math")))),
            new Probe("RegisterSchool", (e, in) -> e.execute(ADMIN, new RegisterSchool(in.or(0, "86-002"),
                    in.or(1, "МБОУ СОШ № 2"), ZONE))),
            new Probe("AssignRole", (e, in) -> e.execute(ADMIN, new AssignRole(ID, in.or(0, "t-new"), Role.SUBJECT_TEACHER))),
            new Probe("actor", (e, in) -> e.execute(Actor.of(in.or(0, "admin")), new AssignRole(ID, "t-new",
                    Role.DEPUTY_HEAD))),
            new Probe("ScheduleControlWork", (e, in) -> e.execute(HEAD, new ScheduleControlWork(ID, in.or(1, "5А"),
                    in.or(2, "math"), in.dateOr(MONDAY.plusDays(1)), in.or(0, "тест")))),
            new Probe("SetThematicPlan", (e, in) -> e.execute(HEAD, new SetThematicPlan(ID, "5А", in.or(1, "math"),
                    List.of(new PlannedTopic(in.or(0, "Дроби"), 1 + Math.floorMod(in.probe(), 3)))))),
            new Probe("DeclareTechnicalFailure", (e, in) -> e.execute(HEAD, new DeclareTechnicalFailure(ID,
                    in.instantOr(LESSON_TIME.minusSeconds(3600)), LESSON_TIME, in.or(0, "сбой сети")))),
            new Probe("RecordConsent", (e, in) -> e.execute(HEAD, new RecordConsent(ID, in.or(0, "g-ivanova"),
                    true, in.dateOr(MONDAY), DocumentForm.WRITTEN))),
            new Probe("setContactEmail", (e, in) -> e.notifications().setContactEmail(HEAD, ID, in.or(0, "g-ivanova"),
                    in.or(1, "mother@example.ru"), DocumentForm.WRITTEN)),
            new Probe("RecordAbsence", (e, in) -> e.execute(MATH, new RecordAbsence(ID, MATH_5A,
                    new LessonRef(in.dateOr(MONDAY), 1), in.or(0, "s-yolkin"), AbsenceCode.UNEXCUSED))),
            new Probe("RecordMark", (e, in) -> e.execute(MATH, mark(MONDAY, 1, in.or(0, "s-yolkin"), "5",
                    WorkKind.ORAL).withComment(in.or(1, "молодец")))),
            new Probe("MakeRemark", (e, in) -> e.execute(MATH, new MakeRemark(ID, MATH_5A, in.or(0, IVANOV),
                    in.or(1, "Опоздал"), new Copies(in.mask() % 2 == 0, Optional.of(in.or(2, "")).filter(t -> !t.isEmpty()))))),
            new Probe("MessageGuardians", (e, in) -> e.execute(MATH, new MessageGuardians(ID, MATH_5A,
                    in.or(0, IVANOV), in.or(1, "Собрание в пятницу"), Copies.NONE))),
            new Probe("RecordTopic", (e, in) -> e.execute(MATH, new RecordTopic(ID, MATH_5A,
                    new LessonRef(in.dateOr(MONDAY), 1), in.or(0, "Тождества"), LessonKind.LESSON))),
            new Probe("AssignHomework", (e, in) -> e.execute(MATH, new AssignHomework(ID, MATH_5A,
                    new LessonRef(MONDAY, 1), Optional.of(in.or(0, "")).filter(t -> !t.isEmpty()), in.or(1, "№ 5"),
                    Optional.of(in.or(2, "")).filter(t -> !t.isEmpty())))),
            new Probe("AddTeacherNote", (e, in) -> e.execute(MATH, new AddTeacherNote(ID, MATH_5A, new LessonRef(MONDAY, 1),
                    Optional.of(in.or(0, ALEKSEEVA)), NoteKind.BEHAVIOUR, in.or(1, "Шумела")))),
            new Probe("CorrectEntry", (e, in) -> e.execute(MATH, new CorrectEntry(ID,
                    new EntryRef(MATH_5A, 1 + Math.floorMod(in.probe() + in.mask(), 4)), in.or(0, "б"), in.or(1, "справка")))),
            new Probe("RecordExamResult", (e, in) -> e.execute(HEAD, new RecordExamResult(ID, MATH_5A,
                    in.or(0, IVANOV), in.or(1, "ОГЭ"), in.or(2, "5"), in.instantOr(LESSON_TIME)))),
            new Probe("journal key", (e, in) -> e.execute(MATH, new RecordTopic(ID, new JournalKey(in.or(0, "5А"),
                    in.or(1, "math")), new LessonRef(MONDAY, 1), "Тема", LessonKind.LESSON))),
            new Probe("diary", (e, in) -> e.diaries().read(Actor.of(IVANOV), ID, in.or(0, IVANOV), in.dateOr(MONDAY),
                    in.otherDateOr(MONDAY.plusDays(6)))),
            new Probe("journal page", (e, in) -> e.journals().read(HEAD, ID, MATH_5A).page(in.dateOr(MONDAY), in.otherDateOr(MONDAY.plusDays(6)))),
            new Probe("attendance", (e, in) -> e.reports().attendance(HEAD, ID, in.or(0, "5А"), in.dateOr(MONDAY),
                    in.otherDateOr(MONDAY.plusDays(6)))),
            new Probe("summary sheet", (e, in) -> e.reports().summarySheet(HEAD, ID, in.or(0, "5А"), in.instantOr(LESSON_TIME))));

    private static InMemoryEventStore prepared() {
        JournalSchool school = JournalSchool.setUp();
        Actor mother = Actor.of("g-ivanova");
        school.school(new RegisterGuardian(ID, mother.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));
        school.at(MONDAY.minusDays(3), LocalTime.of(18, 0));
        school.subscribe(mother, "ivanova@example.ru", Schedule.IMMEDIATE);
        school.at(MONDAY, LocalTime.of(8, 40));
        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        school.engine.execute(MATH, mark(MONDAY, 1, ALEKSEEVA, "4", WorkKind.ORAL));
        school.engine.execute(MATH, new RecordTopic(ID, MATH_5A, new LessonRef(MONDAY, 1), "Дроби", LessonKind.LESSON));
        school.engine.execute(MATH, new MakeRemark(ID, MATH_5A, IVANOV, "Не выполнил задание", Copies.NONE));
        return school.store;
    }

    private static Gen<Inputs> inputs() {
        return lists().of(JournalGenerators.texts()).ofSize(5).zip(JournalGenerators.anyDates(),
                        JournalGenerators.anyDates(), JournalGenerators.anyInstants(),
                        (t, d, other, instant) -> new Inputs(t, d, other, instant, 0, 0))
                .zip(integers().between(0, PROBES.size() - 1), integers().between(1, 127), (in, probe, mask) ->
                        new Inputs(in.texts(), in.date(), in.otherDate(), in.instant(), probe, mask));
    }

    @Test
    @Tag("PD-1") @Tag("ATT-5") @Tag("NTF-5") @Tag("ROS-1") @Tag("MRK-10") @Tag("DRY-1")
    @DisplayName("any text, date or instant is refused with nothing appended, or appended with every read working after a restart")
    void refusedOrReadable() {
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        qt().withExamples(EXAMPLES).forAll(inputs()).checkAssert(in -> {
            InMemoryEventStore store = StoreCopy.of(PREPARED);
            long before = StoredEnvelopes.of(store).size();
            JournalEngine engine = JournalEngine.builder().eventStore(store)
                    .clock(new MovingClock(LESSON_TIME)).build();
            Probe probe = PROBES.get(in.probe());
            try {
                probe.run().accept(engine, in);
            } catch (JournalException refused) {
                outcomes.merge(refused.code().name(), 1, Integer::sum);
                assertThat(refused.code()).as("%s refused %s", probe, refused.getMessage()).isIn(REFUSALS);
                assertThat(refused.getMessage()).as("a one-line message of a bounded length")
                        .doesNotContain("\n", "\r", "\u0000").hasSizeLessThan(3000);
                assertThat(StoredEnvelopes.of(store)).as("nothing appended").hasSize((int) before);
                return;
            } catch (IllegalArgumentException | NullPointerException argument) {
                outcomes.merge("argument", 1, Integer::sum);
                StackTraceElement origin = argument.getStackTrace()[0];
                assertThat(origin.getMethodName()).as("%s: only a value's own constructor refuses a plain argument: %s",
                        probe, argument).isIn("<init>", "requireNonNull", "of", "requireText", "requireNotBlank");
                assertThat(StoredEnvelopes.of(store)).as("nothing appended").hasSize((int) before);
                return;
            }
            outcomes.merge(StoredEnvelopes.of(store).size() > before ? "appended" : "unchanged", 1, Integer::sum);
            JournalEngine restarted = JournalEngine.builder().eventStore(store)
                    .clock(new MovingClock(LESSON_TIME.plusSeconds(60))).build();
            EveryRead.of(restarted, ID);
        });
        // Each run draws new inputs; about a quarter append and more are refused, so a tenth is a
        // floor no honest run falls to.
        assertThat(outcomes.getOrDefault("appended", 0)).as("a fuzz that appends nothing proves nothing: %s", outcomes)
                .isGreaterThan(EXAMPLES / 10);
        assertThat(outcomes.getOrDefault("VALIDATION", 0)).as("outcomes %s", outcomes).isGreaterThan(EXAMPLES / 10);
    }

    @Test
    @Tag("PD-1")
    @DisplayName("the prepared school of the fuzz property reads whole, before any fuzzed input")
    void preparedSchoolReads() {
        InMemoryEventStore store = StoreCopy.of(PREPARED);
        JournalEngine engine = JournalEngine.builder().eventStore(store).clock(new MovingClock(LESSON_TIME))
                .build();
        assertThat(EveryRead.of(engine, ID).sent).as("the «н» and the remark, told to the guardian").hasSize(2);
        assertThat(engine.journals().read(HEAD, ID, MATH_5A).page(QUARTER_1.firstDay(), QUARTER_1.lastDay()).rows())
                .hasSize(3);
    }
}
