package org.schooljournal.core.journal;

import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.partitioningBy;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.FRIDAY;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN_5A;
import static org.schooljournal.core.journal.JournalSchool.WEDNESDAY;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
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
import org.schooljournal.core.diary.Diary;
import org.schooljournal.core.diary.DiaryDay;
import org.schooljournal.core.diary.DiaryLesson;
import org.schooljournal.core.diary.DiaryNote;
import org.schooljournal.core.notification.ConfirmEmail;
import org.schooljournal.core.notification.DocumentForm;
import org.schooljournal.core.notification.GuardianContact;
import org.schooljournal.core.notification.RecordConsent;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.notification.SetNotificationSettings;
import org.schooljournal.core.roster.LinkGuardian;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.notify.DeliveryOutcome;
import org.schooljournal.spi.notify.Notification;
import org.schooljournal.spi.notify.Notifier;
import org.schooljournal.core.notification.Contacts;

/**
 * Privacy under random use: whatever guardians, teachers and the clock do, a notification reaches
 * only a consenting guardian at their current confirmed address, and tells only of their own
 * children (NTF-5, NTF-1, PD-1); a diary shows only its student's entries, and the messages to
 * guardians only to the guardians (PD-2, DRY-2, DRY-6).
 */
class PrivacyPropertiesTest {

    private static final List<String> STUDENTS = List.of(IVANOV, ALEKSEEVA, YOLKIN);
    private static final Map<String, String> NAMES = Map.of(IVANOV, "Иванов Пётр", ALEKSEEVA, "Алексеева Анна",
            YOLKIN, "Ёлкин Борис");
    /** The second guardian has two children; Yolkin has two guardians. */
    private static final List<String> GUARDIANS = List.of("g-ivanova", "g-alekseev", "g-yolkina");
    private static final Map<String, List<String>> CHILDREN = Map.of("g-ivanova", List.of(IVANOV),
            "g-alekseev", List.of(ALEKSEEVA, YOLKIN), "g-yolkina", List.of(YOLKIN));
    private static final List<LessonRef> MATHS = List.of(new LessonRef(MONDAY, 1), new LessonRef(WEDNESDAY, 2),
            new LessonRef(FRIDAY, 1), new LessonRef(MONDAY.plusDays(7), 1));
    private static final List<Schedule> SCHEDULES = List.of(Schedule.IMMEDIATE,
            new Schedule(Schedule.Kind.DAILY, LocalTime.of(16, 0)),
            new Schedule(Schedule.Kind.WEEKLY, LocalTime.of(10, 0)));

    private static JournalSchool withGuardians() {
        JournalSchool school = JournalSchool.setUp();
        CHILDREN.forEach((guardian, children) -> {
            school.school(new RegisterGuardian(ID, guardian, "Родитель", "Ученика", "", children.get(0)));
            children.stream().skip(1).forEach(child -> school.school(new LinkGuardian(ID, guardian, child)));
        });
        return school;
    }

    enum Act {
        CONSENT, WITHDRAW, EMAIL, CONFIRM, SETTINGS, ABSENT, MARK, REMARK, MESSAGE, EXCUSE, DISPATCH, CHANNEL, WAIT
    }

    /** One step: what, by or about which guardian, and a number choosing the rest. */
    record Step(Act act, int guardian, int n) {
    }

    static Gen<Step> steps() {
        List<Act> weighted = new ArrayList<>(List.of(Act.values()));
        weighted.addAll(List.of(Act.ABSENT, Act.ABSENT, Act.REMARK, Act.MESSAGE, Act.DISPATCH, Act.DISPATCH, Act.WAIT));
        return Generate.pick(weighted).zip(integers().between(0, 2), integers().between(0, 9_999), Step::new);
    }

    /** The school the steps drive, and its channel: it checks each delivery against the school as it is then. */
    static final class World implements Notifier {
        final JournalSchool school = withGuardians();
        final Map<String, String> owners = new HashMap<>();
        final Map<String, String> tokens = new HashMap<>();
        final List<String> violations = new ArrayList<>();
        boolean up = true;
        int sent;
        int digests;

        @Override
        public DeliveryOutcome deliver(Notification n) {
            String guardian = owners.getOrDefault(n.address(), "?");
            GuardianContact contact = Contacts.of(school.engine.host().school(ID)).of(guardian);
            if (!contact.consenting() || !contact.emailConfirmed() || !contact.email().equals(Optional.of(n.address()))
                    || !contact.mayBeEmailed()) {
                violations.add(n.idempotencyKey() + " to " + n.address() + " while " + contact);
            }
            NAMES.forEach((student, name) -> {
                boolean about = n.body().contains(name) || n.body().contains("[" + student + "]");
                if (about && !CHILDREN.getOrDefault(guardian, List.of()).contains(student)) {
                    violations.add(n.idempotencyKey() + " to " + guardian + " tells of " + name);
                }
            });
            if (!up) {
                return DeliveryOutcome.retryLater("connection refused");
            }
            sent++;
            digests += n.idempotencyKey().contains("/diary/") ? 1 : 0;
            return DeliveryOutcome.sent();
        }

        void run(Step step) {
            String guardian = GUARDIANS.get(step.guardian());
            Actor self = Actor.of(guardian);
            LessonRef lesson = MATHS.get(step.n() % MATHS.size());
            String student = STUDENTS.get(step.n() / MATHS.size() % STUDENTS.size());
            switch (step.act()) {
                case CONSENT, WITHDRAW -> school.engine.execute(self, new RecordConsent(ID, guardian,
                        step.act() == Act.CONSENT, LocalDate.ofInstant(school.clock.instant(), JournalSchool.ZONE),
                        DocumentForm.ELECTRONIC));
                case EMAIL -> {
                    String address = guardian + "-v" + owners.size() + "@example.ru";
                    owners.put(address, guardian);
                    tokens.put(guardian, school.engine.notifications().setContactEmail(self, ID, guardian, address,
                            DocumentForm.ELECTRONIC));
                }
                case CONFIRM -> school.engine.execute(self, new ConfirmEmail(ID, guardian,
                        tokens.getOrDefault(guardian, "-")));
                case SETTINGS -> school.engine.execute(self, new SetNotificationSettings(ID, guardian,
                        step.n() % 5 != 0, step.n() % 7 != 0, SCHEDULES.get(step.n() % 3), DocumentForm.ELECTRONIC));
                case ABSENT -> teach(JournalSchool.absence(lesson.date(), lesson.slot(), student,
                        AbsenceCode.UNEXCUSED));
                case MARK -> teach(JournalSchool.mark(lesson.date(), lesson.slot(), student,
                        String.valueOf(2 + step.n() % 4), WorkKind.ORAL));
                case REMARK -> teach(new MakeRemark(ID, MATH_5A, student, "замечание [" + student + "]",
                        Copies.NONE));
                case MESSAGE -> teach(new MessageGuardians(ID, MATH_5A, student, "сообщение [" + student + "]",
                        Copies.NONE));
                case EXCUSE -> school.engine.journals().read(MATH, ID, MATH_5A).state().entries(e -> e.present()
                        && e.kind() == EntryKind.ATTENDANCE && e.current().value().equals("н")).stream().findFirst()
                        .ifPresent(absence -> teach(CorrectEntry.absence(ID, new EntryRef(MATH_5A, absence.number()),
                                AbsenceCode.ILLNESS, "справка")));
                case DISPATCH -> school.engine.host().dispatch(ID, this);
                case CHANNEL -> up = step.n() % 3 != 0;
                case WAIT -> school.clock.advance(switch (step.n() % 3) {
                    case 0 -> Duration.ofMinutes(1 + step.n() % 90);
                    case 1 -> Duration.ofHours(1 + step.n() % 20);
                    default -> Duration.ofDays(1 + step.n() % 2);
                });
            }
        }

        private void teach(JournalCommand command) {
            school.engine.execute(MATH, command);
        }
    }

    @Test
    @Tag("NTF-5")
    @Tag("NTF-1")
    @Tag("PD-1")
    @DisplayName("NTF-5, NTF-1, PD-1: no notification ever reaches a guardian without consent and a confirmed address")
    void onlyConsentingConfirmedGuardians() {
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger digests = new AtomicInteger();
        qt().withFixedSeed(20261012L).withExamples(30)
                .forAll(lists().of(booleans().all()).ofSize(3), lists().of(steps()).ofSizeBetween(10, 50))
                .checkAssert((ready, steps) -> {
                    World world = new World();
                    world.school.at(MONDAY, LocalTime.of(7, 0));
                    for (int g = 0; g < GUARDIANS.size(); g++) { // n = 3: both switches on, immediate
                        for (Act act : List.of(Act.CONSENT, Act.EMAIL, Act.CONFIRM, Act.SETTINGS)) {
                            if (ready.get(g)) {
                                world.run(new Step(act, g, 3));
                            }
                        }
                    }
                    world.school.at(MONDAY, LocalTime.of(8, 35));
                    for (Step step : steps) {
                        world.school.clock.advance(Duration.ofMinutes(1));
                        try {
                            world.run(step);
                        } catch (JournalException refused) {
                            // an invalid step, such as an entry before its lesson or a used token: the run goes on
                        }
                        assertThat(world.violations).as("after %s in %s", step, steps).isEmpty();
                    }
                    world.up = true;
                    for (Duration wait : List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7))) {
                        world.school.clock.advance(wait);
                        world.school.engine.host().dispatch(ID, world);
                    }
                    assertThat(world.violations).as("%s", steps).isEmpty();
                    sent.addAndGet(world.sent);
                    digests.addAndGet(world.digests);
                });
        assertThat(sent.get()).as("notifications delivered in all runs").isGreaterThan(30);
        assertThat(digests.get()).as("digests delivered in all runs").isPositive();
    }

    enum Kind { MARK, ABSENT, HOMEWORK, NOTE, REMARK, MESSAGE }

    /** A lesson of 5А's week with its journal, teacher and start. */
    record Lesson(JournalKey key, Actor teacher, LessonRef ref, LocalTime start) {
    }

    private static final List<Lesson> WEEK = List.of(
            new Lesson(MATH_5A, MATH, new LessonRef(MONDAY, 1), LocalTime.of(8, 30)),
            new Lesson(RUSSIAN_5A, RUSSIAN, new LessonRef(MONDAY, 2), LocalTime.of(9, 20)),
            new Lesson(RUSSIAN_5A, RUSSIAN, new LessonRef(MONDAY, 3), LocalTime.of(10, 20)),
            new Lesson(MATH_5A, MATH, new LessonRef(WEDNESDAY, 2), LocalTime.of(9, 20)),
            new Lesson(MATH_5A, MATH, new LessonRef(FRIDAY, 1), LocalTime.of(8, 30)));

    /** One entry: what, in which lesson of the week, about which student, and a number choosing the value. */
    record Entry(Kind kind, int lesson, int student, int n) {
    }

    @Test
    @Tag("PD-2")
    @Tag("DRY-2")
    @Tag("DRY-6")
    @DisplayName("PD-2, DRY-2, DRY-6: a student's diary never shows another student's data; "
            + "messages to guardians only to the guardians")
    void diaryShowsOnlyItsStudent() {
        Gen<Entry> entries = Generate.enumValues(Kind.class).zip(integers().between(0, WEEK.size() - 1),
                integers().between(0, 2), integers().between(0, 9_999), Entry::new);
        qt().withFixedSeed(20261012L).withExamples(20).forAll(lists().of(entries).ofSizeBetween(1, 30))
                .checkAssert(PrivacyPropertiesTest::diariesOf);
    }

    /** Records the entries in their lessons' order, then reads each diary as the student and as each guardian. */
    private static void diariesOf(List<Entry> entries) {
        JournalSchool school = withGuardians();
        List<Entry> inOrder = entries.stream().sorted(Comparator.comparingInt(Entry::lesson)).toList();
        Map<String, List<String>> recorded = new HashMap<>(); // student/kind[/date/slot] -> what the diary shows
        for (int i = 0; i < inOrder.size(); i++) {
            Entry entry = inOrder.get(i);
            Lesson lesson = WEEK.get(entry.lesson());
            String student = STUDENTS.get(entry.student());
            String text = "[" + student + "] #" + i;
            AbsenceCode code = AbsenceCode.values()[entry.n() % AbsenceCode.values().length];
            String mark = String.valueOf(2 + entry.n() % 4);
            school.at(lesson.ref().date(), lesson.start().plusMinutes(10 + i % 20));
            try {
                school.engine.execute(lesson.teacher(), command(entry.kind(), lesson, student, text, mark, code));
            } catch (JournalException refused) {
                continue; // such as a second absence of the student in the lesson
            }
            String key = student + "/" + entry.kind() + (EnumSet.of(Kind.MARK, Kind.ABSENT, Kind.HOMEWORK)
                    .contains(entry.kind()) ? "/" + lesson.ref().date() + "/" + lesson.ref().slot() : "");
            recorded.computeIfAbsent(key, k -> new ArrayList<>()).add(switch (entry.kind()) {
                case MARK -> mark + " " + text;
                case ABSENT -> code.code();
                default -> text;
            });
        }
        for (String student : STUDENTS) {
            check(school.engine.diaries().read(Actor.of(student), ID, student, MONDAY, MONDAY.plusDays(6)), recorded, false);
            for (String guardian : GUARDIANS.stream().filter(g -> CHILDREN.get(g).contains(student)).toList()) {
                check(school.engine.diaries().read(Actor.of(guardian), ID, student, MONDAY, MONDAY.plusDays(6)), recorded, true);
            }
        }
    }

    private static JournalCommand command(Kind kind, Lesson lesson, String student, String text, String mark,
            AbsenceCode code) {
        JournalKey journal = lesson.key();
        LessonRef ref = lesson.ref();
        return switch (kind) {
            case MARK -> RecordMark.of(ID, journal, ref, student, Mark.of(mark), WorkKind.ORAL).withComment(text);
            case ABSENT -> new RecordAbsence(ID, journal, ref, student, code);
            case HOMEWORK -> new AssignHomework(ID, journal, ref, Optional.of(student), text, Optional.empty());
            case NOTE -> new AddTeacherNote(ID, journal, ref, Optional.of(student), NoteKind.BEHAVIOUR, text);
            case REMARK -> new MakeRemark(ID, journal, student, text, Copies.NONE);
            case MESSAGE -> new MessageGuardians(ID, journal, student, text, Copies.NONE);
        };
    }

    /**
     * Checks a diary shows exactly its student's recorded marks, absences, own homework, notes and
     * remarks, and messages to the guardians to a guardian only.
     */
    private static void check(Diary diary, Map<String, List<String>> recorded, boolean guardian) {
        String student = diary.student().personId();
        String reader = (guardian ? "a guardian's" : "the student's") + " diary of " + student;
        for (DiaryDay day : diary.days()) {
            for (DiaryLesson lesson : day.lessons()) {
                String at = "/" + day.date() + "/" + lesson.slot();
                assertThat(lesson.marks()).as("%s: marks at %s", reader, at)
                        .extracting(m -> m.value() + " " + m.comment().orElse(""))
                        .containsExactlyInAnyOrderElementsOf(recorded.getOrDefault(student + "/MARK" + at, List.of()));
                List<String> absences = recorded.getOrDefault(student + "/ABSENT" + at, List.of());
                assertThat(lesson.absence().map(absences::contains).orElse(absences.isEmpty()))
                        .as("%s: absence %s at %s, recorded %s", reader, lesson.absence(), at, absences).isTrue();
                List<String> homework = recorded.getOrDefault(student + "/HOMEWORK" + at, List.of());
                assertThat(lesson.ownHomework().map(homework::contains).orElse(homework.isEmpty()))
                        .as("%s: own homework %s at %s, recorded %s", reader, lesson.ownHomework(), at, homework)
                        .isTrue();
            }
        }
        Map<Boolean, Set<String>> notes = diary.notes().stream().collect(partitioningBy(
                note -> note.kind() == EntryKind.GUARDIAN_MESSAGE, mapping(DiaryNote::text, toSet())));
        Set<String> remarks = new HashSet<>(recorded.getOrDefault(student + "/NOTE", List.of()));
        remarks.addAll(recorded.getOrDefault(student + "/REMARK", List.of()));
        assertThat(notes.get(false)).as("%s: notes and remarks", reader).isEqualTo(remarks);
        assertThat(notes.get(true)).as("%s: messages to guardians", reader)
                .isEqualTo(guardian ? Set.copyOf(recorded.getOrDefault(student + "/MESSAGE", List.of())) : Set.of());
    }
}
