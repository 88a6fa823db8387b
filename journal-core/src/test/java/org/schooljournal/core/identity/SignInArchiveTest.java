package org.schooljournal.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.adapter.tck.MovingClock;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.archive.IntegrityReport;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.CommandId;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.Receipt;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.spi.identity.SignInRefusedException;
import org.schooljournal.spi.identity.Subject;
import org.schooljournal.spi.identity.VerifiedSignIn;

@Tag("ACC-6")
@Tag("ARC-5")
@DisplayName("ACC-6, ARC-5: the sign-in streams are verified, backed up and restored with the school's log; binding with a command id is safe to repeat")
class SignInArchiveTest {

    private static final String SCHOOL = "86-001";
    private static final Actor ADMIN = Actor.of("admin");
    private static final Actor HEAD = Actor.of("head");
    private static final Actor TEACHER = Actor.of("t-math");
    private static final Subject PETROVA = Subject.of("https://sso.ugra.example/realms/schools", "sub-petrova");
    private static final Instant MONDAY = Instant.parse("2026-10-12T05:00:00Z");

    private InMemoryEventStore store;
    private MovingClock clock;
    private JournalEngine engine;

    @BeforeEach
    void setUp() {
        store = new InMemoryEventStore();
        clock = new MovingClock(MONDAY);
        engine = JournalEngine.builder().eventStore(store).clock(clock).build();
        engine.execute(ADMIN, new RegisterSchool(SCHOOL, "МБОУ «Средняя школа № 1»", SchoolCalendar.YUGRA));
        engine.execute(ADMIN, new AssignRole(SCHOOL, HEAD.personId(), Role.HEAD));
        engine.execute(HEAD, new HireStaff(SCHOOL, TEACHER.personId(), "Петрова", "Мария", "Ивановна"));
    }

    @Test
    @DisplayName("two days of sign-ins verify with the school's log, and a backup restored elsewhere keeps them and the binding")
    void signInStreamsAreVerifiedAndBackedUp(@TempDir Path directory) {
        engine.identity().bind(HEAD, SCHOOL, PETROVA, TEACHER.personId());
        engine.identity().signIn(SCHOOL, new VerifiedSignIn(PETROVA, "", MONDAY));
        clock.advance(Duration.ofDays(1));
        engine.identity().signIn(SCHOOL, new VerifiedSignIn(PETROVA, "", MONDAY));
        try {
            engine.identity().signIn(SCHOOL, new VerifiedSignIn(Subject.of(PETROVA.issuer(), "sub-x"), "", MONDAY));
        } catch (SignInRefusedException expected) {
            // recorded, as every refusal
        }

        IntegrityReport report = engine.archive().verify(SCHOOL);
        assertThat(report.verified()).as(report.describe()).isTrue();
        assertThat(report.stream("school-86-001/sign-in/2026-10-12")).isPresent();
        assertThat(report.stream("school-86-001/sign-in/2026-10-13")).isPresent();

        Path file = directory.resolve("backup.jsonl");
        engine.archive().backup(SCHOOL, file);
        JournalEngine restored = JournalEngine.builder().eventStore(new InMemoryEventStore()).clock(clock).build();
        assertThat(restored.archive().restore(file).verified()).isTrue();
        assertThat(restored.identity().signIns(HEAD, SCHOOL, LocalDate.of(2026, 10, 12))).hasSize(1);
        assertThat(restored.identity().signIns(HEAD, SCHOOL, LocalDate.of(2026, 10, 13)))
                .extracting(SignInAttempted::granted).containsExactly(true, false);
        assertThat(restored.identity().signIn(SCHOOL, new VerifiedSignIn(PETROVA, "", MONDAY))).isEqualTo(TEACHER);
    }

    @Test
    @DisplayName("a binding given a command id, repeated, appends nothing and returns the first receipt")
    void bindingWithACommandIdIsSafeToRepeat() {
        Receipt first = engine.execute(HEAD, new BindSubject(SCHOOL, PETROVA, TEACHER.personId()), CommandId.of("bind-1"));
        long version = store.version("school-" + SCHOOL);

        Receipt again = engine.execute(HEAD, new BindSubject(SCHOOL, PETROVA, TEACHER.personId()), CommandId.of("bind-1"));

        assertThat(first.appended()).hasSize(1);
        assertThat(again.appended()).isEqualTo(first.appended());
        assertThat(store.version("school-" + SCHOOL)).isEqualTo(version);
    }
}
