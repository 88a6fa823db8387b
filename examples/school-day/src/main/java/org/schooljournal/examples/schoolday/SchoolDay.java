package org.schooljournal.examples.schoolday;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * The project's runnable example: one school of Yugra, set up for 2025/2026 through the engine —
 * 25 classes, 47 staff, about 600 students and their guardians — then what its people would read:
 * the school's numbers; the report of the year's set-up against its deadline (YR-11) on the
 * morning of 3 September; the start of 5А's class list; one school day of 5А, Friday 24 October
 * 2025, with every deadline the regulation sets and the verdicts of a few entries; the last
 * fortnight of the first quarter in 5А's mathematics journal, 13–24 October, kept through the
 * engine ({@link MathsFortnight}) — the journal's page of marks and absences, its lessons' topics
 * and homework, the entries recorded late, a student's forecast of the quarter mark, the summary
 * sheet of the closed quarter and a correction's history ({@link FortnightPrintout}); three
 * guardians of 5А told of the quarter's last day by e-mail — at once, in the daily digest at 16:00
 * and in Saturday's weekly digest — and the teacher's «sent» with which remark each has read
 * ({@link GuardiansWeek}, {@link GuardiansPrintout}); and the verification of the school's
 * hash-chained log.
 *
 * <p>The log is kept in an embedded H2 database in the data folder ({@link JournalStorage}), so a
 * second run reopens the school instead of setting it up again, and prints the same; with
 * {@code --memory} it is kept in memory. The commands {@code verify} and {@code backup <file>}
 * check the database's log and back it up ({@link Administration}); the command line is read by
 * {@link Arguments}.
 */
public final class SchoolDay {

    /** The exit code of a run that did what it was asked. */
    static final int OK = 0;
    /** The exit code when the school's log does not verify. */
    static final int BROKEN = 1;
    /** The exit code when the run cannot do what it was asked: a bad command line, no database. */
    static final int CANNOT = 2;

    /**
     * Hibernate Validator, which the engine validates commands with, announces its version at
     * INFO through java.util.logging; the example's readers need not see it, so the example, as
     * any host application configures its logging, raises that logger's level (kept here, since
     * java.util.logging holds its loggers weakly).
     */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    /**
     * The logging notification channel, through which the guardians' mails go when the example runs
     * plainly, writes each one at INFO; the example prints what each guardian received itself
     * ({@link GuardiansPrintout}), so it raises that logger's level too.
     */
    private static final Logger NOTIFY_LOG = Logger.getLogger("org.schooljournal.notify");

    /** How many lines of 5А's class list are printed. */
    static final int LIST_LINES = 10;

    private final YugraSchool school;
    private final JournalStorage storage;
    private final PrintStream out;
    private final RussianText russian;

    SchoolDay(YugraSchool school, JournalStorage storage, PrintStream out) {
        this.school = school;
        this.storage = storage;
        this.out = out;
        this.russian = new RussianText(school.calendar().zone());
    }

    /**
     * Runs the example: {@code [--memory | --data <folder>] [verify | backup <file>]}; exits with
     * a non-zero code when the log does not verify (1) or the run cannot do what it was asked (2).
     */
    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(Level.WARNING);
        NOTIFY_LOG.setLevel(Level.WARNING);
        int status = run(List.of(args), new PrintStream(System.out, true, StandardCharsets.UTF_8), Clock.systemUTC());
        if (status != OK) {
            System.exit(status);
        }
    }

    /**
     * Runs the example with the command line and returns the exit code.
     *
     * @param clock the clock of the administrator's commands (a backup's time of creation); the
     *     school day runs on its own clock, standing at {@link YugraSchool#SET_UP_AT}
     */
    static int run(List<String> args, PrintStream out, Clock clock) {
        RussianText russian = new RussianText(SchoolCalendar.YUGRA);
        Optional<Arguments> parsed = Arguments.parse(args);
        if (parsed.isEmpty()) {
            out.println(russian.text("usage", String.join(" ", args)));
            return CANNOT;
        }
        Arguments arguments = parsed.get();
        Administration administration = new Administration(arguments.storage(), clock, russian, out);
        return switch (arguments.command()) {
            case DAY -> day(arguments.storage(), russian, out);
            case VERIFY -> administration.verify();
            case BACKUP -> administration.backup(arguments.backupFile().orElseThrow());
        };
    }

    private static int day(JournalStorage storage, RussianText russian, PrintStream out) {
        try (YugraSchool school = YugraSchool.open(storage)) {
            if (school.origin() == YugraSchool.Origin.INCOMPLETE) {
                out.println(russian.text("log.incomplete", YugraSchool.ID, storage, school.events(),
                        storage.folder().orElseThrow()));
                return CANNOT;
            }
            new SchoolDay(school, storage, out).print();
            return OK;
        }
    }

    /**
     * Returns the folder the printed forms go to: {@code printouts} in the data folder, or in the
     * system's temporary folder when the log is kept in memory.
     */
    private Path printouts() {
        return storage.folder().map(folder -> folder.resolve("printouts"))
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "school-journal-printouts"));
    }

    /**
     * Returns the folder the exchange files go to: {@code exchange} in the data folder, or in the
     * system's temporary folder when the log is kept in memory.
     */
    private Path exchange() {
        return storage.folder().map(folder -> folder.resolve("exchange"))
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "school-journal-exchange"));
    }

    /**
     * Prints where the school's log is kept — the only line that tells one run from another — and
     * what the school's people would read.
     */
    void print() {
        SchoolSummary summary = new SchoolSummary(school, russian, out);
        summary.printStorage(storage);
        summary.printHeader();
        out.println();
        new SetupProgress(school, russian, out).print();
        out.println();
        LocalDate listDate = YugraSchool.FIRST_DAY;
        new ClassListExcerpt(school, russian, out).print(FifthGrade.CLASS, listDate, LIST_LINES);
        out.println();
        new DayDeadlines(school, russian, out).print();
        out.println();
        new FortnightPrintout(school, russian, out).print();
        out.println();
        new GuardiansPrintout(school, russian, out).print();
        out.println();
        new FormsPrintout(school, russian, out).print(printouts());
        out.println();
        new ExchangeExport(school, russian, out).print(exchange());
        out.println();
        summary.printChain();
    }
}
