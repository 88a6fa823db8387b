package org.schooljournal.core.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vendor on the module path: a module of its own that requires {@code org.schooljournal.core},
 * compiled with {@code javac} against the built descriptors and run with {@code java
 * --module-path}, with journal-core's run-time dependencies alone (no test library). It builds an
 * engine, whose store and notification channel are discovered on the module path; executes
 * commands of several concepts, validated by Hibernate Validator and written by Jackson; rebuilds
 * the school from its log, read back by Jackson; finds the built-in rule set; and cannot reach the
 * log's internals, neither by compiling against them nor by reflection.
 */
@DisplayName("A vendor on the module path uses the engine and cannot reach org.schooljournal.core.log")
class ModulePathVendorTest {

    private static final String MODULE = """
            module vendor.school {
                requires org.schooljournal.core;
            }
            """;

    private static final String MAIN = """
            package vendor.school;

            import java.lang.reflect.InaccessibleObjectException;
            import java.net.URI;
            import java.time.Clock;
            import java.time.Instant;
            import java.time.LocalDate;
            import java.time.ZoneOffset;
            import java.util.Optional;
            import org.schooljournal.core.JournalEngine;
            import org.schooljournal.core.access.Actor;
            import org.schooljournal.core.feed.FeedCursor;
            import org.schooljournal.core.feed.FeedData;
            import org.schooljournal.core.feed.FeedItem;
            import org.schooljournal.core.access.Role;
            import org.schooljournal.core.notification.DocumentForm;
            import org.schooljournal.core.notification.RecordConsent;
            import org.schooljournal.core.programme.AddRoom;
            import org.schooljournal.core.programme.AddSubject;
            import org.schooljournal.core.programme.SubjectComponent;
            import org.schooljournal.core.roster.EnrolStudent;
            import org.schooljournal.core.roster.RegisterGuardian;
            import org.schooljournal.core.school.AddStudyPeriod;
            import org.schooljournal.core.school.AssignRole;
            import org.schooljournal.core.school.HireStaff;
            import org.schooljournal.core.school.OpenClass;
            import org.schooljournal.core.school.RegisterSchool;
            import org.schooljournal.core.school.SetAcademicYear;
            import org.schooljournal.core.validation.InvalidCommandException;
            import org.schooljournal.rules.calendar.AcademicYear;
            import org.schooljournal.rules.calendar.PeriodKind;
            import org.schooljournal.rules.calendar.SchoolCalendar;
            import org.schooljournal.rules.calendar.StudyPeriod;
            import org.schooljournal.rules.ruleset.RuleSets;

            public final class Main {

                public static void main(String[] args) throws Exception {
                    String id = "86-001";
                    Actor admin = Actor.of("admin");
                    Actor head = Actor.of("head");
                    Clock clock = Clock.fixed(Instant.parse("2026-08-25T05:00:00Z"), ZoneOffset.UTC);
                    try (JournalEngine engine = JournalEngine.builder().clock(clock).build()) {
                        engine.execute(admin, new RegisterSchool(id, "МБОУ «Средняя школа № 1»", SchoolCalendar.YUGRA));
                        engine.execute(admin, new AssignRole(id, head.personId(), Role.HEAD));
                        engine.execute(head, new HireStaff(id, "t-home", "Смирнова", "Елена", "Викторовна"));
                        engine.execute(head, new SetAcademicYear(id,
                                new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 26))));
                        engine.execute(head, new AddStudyPeriod(id, StudyPeriod.of(PeriodKind.QUARTER, 1,
                                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 23))));
                        engine.execute(head, new OpenClass(id, "5А", 5, "t-home"));
                        engine.execute(head, new AddSubject(id, "math", "Математика", SubjectComponent.FEDERAL));
                        engine.execute(head, new AddRoom(id, "201", "Кабинет математики"));
                        engine.execute(head, new EnrolStudent(id, "s-ivanov", "Иванов", "Пётр", "",
                                LocalDate.of(2015, 3, 1), "5А", LocalDate.of(2026, 9, 1)));
                        engine.execute(head, new RegisterGuardian(id, "g-ivanova", "Иванова", "Ольга", "Сергеевна",
                                "s-ivanov"));
                        engine.execute(Actor.of("g-ivanova"), new RecordConsent(id, "g-ivanova", true,
                                LocalDate.of(2026, 8, 25), DocumentForm.ELECTRONIC));
                        System.out.println("registered: " + engine.host().school(id).registered());
                        System.out.println("rebuilt from the log: "
                                + engine.host().rebuildSchool(id).equals(engine.host().school(id)));
                        System.out.println("feed: " + engine.host().feed(id, FeedCursor.start(), 100).items().size()
                                + " items, an item written: " + new FeedItem("e/0", URI.create("/schools/" + id),
                                        Instant.EPOCH, Optional.of("s-ivanov"), new FeedData.Remark("5А", "math", 1,
                                                Optional.empty(), "s-ivanov", "замечание")).toJson()
                                        .contains("holder"));
                        try {
                            engine.execute(admin, new RegisterSchool("86 002", " ", SchoolCalendar.YUGRA));
                            System.out.println("invalid command: accepted");
                        } catch (InvalidCommandException e) {
                            System.out.println("invalid command: refused");
                        }
                    }
                    System.out.println("rule set: " + RuleSets.byId(RuleSets.YUGRA_2020).id());
                    Module core = JournalEngine.class.getModule();
                    System.out.println("module: " + core.getName() + " named " + core.isNamed());
                    System.out.println("log exported: " + core.isExported("org.schooljournal.core.log")
                            + ", opened: " + core.isOpen("org.schooljournal.core.log"));
                    Class<?> chain = Class.forName("org.schooljournal.core.log.HashChain");
                    try {
                        chain.getDeclaredConstructors()[0].setAccessible(true);
                        System.out.println("log reflection: allowed");
                    } catch (InaccessibleObjectException e) {
                        System.out.println("log reflection: refused");
                    }
                }
            }
            """;

    private static final String PEEK = """
            package vendor.school;

            import org.schooljournal.core.log.HashChain;

            final class Peek {
                Class<?> chain() {
                    return HashChain.class;
                }
            }
            """;

    private static String modulePath;

    @BeforeAll
    static void modulePath() {
        modulePath = ChildJvm.runtimePath().stream().map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Compiles the module's sources into out; returns javac's diagnostics, or throws if it failed. */
    private static CompileResult compile(Path dir, Map<String, String> sources) throws IOException {
        Path src = dir.resolve("src");
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        // An explicit, empty class path: javac run in this JVM would otherwise take the tests' own.
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none", "-Xlint:all",
                "-d", out.toString(), "--class-path", out.toString(), "--module-path", modulePath));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        java.util.spi.ToolProvider javac = java.util.spi.ToolProvider.findFirst("javac")
                .orElseThrow(() -> new AssertionError("no javac in " + System.getProperty("java.home")));
        StringWriter diagnostics = new StringWriter();
        PrintWriter writer = new PrintWriter(diagnostics);
        int status = javac.run(writer, writer, arguments.toArray(String[]::new));
        writer.flush();
        return new CompileResult(status, out, diagnostics.toString());
    }

    private record CompileResult(int status, Path out, String diagnostics) {
    }

    @Test
    @DisplayName("it compiles against the exported API, builds an engine with discovered adapters, and cannot reflect into the log")
    void vendorRunsOnTheModulePath(@TempDir Path dir) throws IOException {
        CompileResult compiled = compile(dir, Map.of("module-info.java", MODULE, "vendor/school/Main.java", MAIN));
        assertThat(compiled.status()).as(compiled.diagnostics()).isZero();

        ChildJvm.Run run = ChildJvm.java(List.of("--module-path", modulePath + File.pathSeparator + compiled.out(),
                "--module", "vendor.school/vendor.school.Main"));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.lines()).as(run.toString()).containsExactly(
                "registered: true",
                "rebuilt from the log: true",
                "feed: 0 items, an item written: true",
                "invalid command: refused",
                "rule set: yugra-2020",
                "module: org.schooljournal.core named true",
                "log exported: false, opened: false",
                "log reflection: refused");
        assertThat(run.err()).as("nothing logged at INFO on the module path either").doesNotContain("INFO");
    }

    @Test
    @DisplayName("code that imports org.schooljournal.core.log does not compile: the package is not exported")
    void logDoesNotCompile(@TempDir Path dir) throws IOException {
        CompileResult compiled = compile(dir, Map.of("module-info.java", MODULE, "vendor/school/Peek.java", PEEK));

        assertThat(compiled.status()).isNotZero();
        assertThat(compiled.diagnostics()).contains("package org.schooljournal.core.log is not visible",
                "does not export it");
    }
}
