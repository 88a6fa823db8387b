package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.absence;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.notification.DispatchReport;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.spi.notify.DeliveryOutcome;
import org.schooljournal.spi.notify.Notification;
import org.schooljournal.spi.notify.Notifier;

/**
 * The engine's notification channel, found like its store (DESIGN.md, principle 6): the logging
 * channel of notify-log, on the test class path as journal-core's embedded default, unless the
 * builder is given a channel or chooses a provider. {@code dispatch(schoolId)} sends through that
 * channel. What the logging channel writes ({@code java.util.logging}, the default backend of
 * {@link System.Logger}) is captured from its logger, {@code org.schooljournal.notify}.
 */
@Tag("ATT-5")
@DisplayName("The engine's notification channel: discovered, given or chosen, and used by dispatch(schoolId)")
class NotificationChannelTest {

    private static final Actor MOTHER = Actor.of("g-ivanova");
    private static final String ADDRESS = "ivanova@example.ru";

    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            logged.add(logRecord);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Logger notifyLog;
    private boolean useParentHandlers;

    /** A channel that keeps what it is given. */
    private static final class Recording implements Notifier {
        final List<Notification> sent = new CopyOnWriteArrayList<>();

        @Override
        public DeliveryOutcome deliver(Notification notification) {
            sent.add(notification);
            return DeliveryOutcome.sent();
        }
    }

    @BeforeEach
    void captureTheLoggingChannel() {
        notifyLog = Logger.getLogger("org.schooljournal.notify");
        useParentHandlers = notifyLog.getUseParentHandlers();
        notifyLog.addHandler(capture);
        notifyLog.setUseParentHandlers(false);
    }

    @AfterEach
    void restoreLog() {
        notifyLog.removeHandler(capture);
        notifyLog.setUseParentHandlers(useParentHandlers);
    }

    /** The school on an engine of this builder, with Ivanov's mother subscribed and his «н» queued. */
    private static JournalSchool absenceQueued(JournalEngine.Builder builder) {
        JournalSchool school = JournalSchool.setUp(builder);
        school.school(new RegisterGuardian(ID, MOTHER.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));
        school.at(MONDAY.minusDays(3), LocalTime.of(18, 0));
        school.subscribe(MOTHER, ADDRESS, Schedule.IMMEDIATE);
        school.at(MONDAY, LocalTime.of(8, 40));
        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        return school;
    }

    private List<LogRecord> notificationsLogged() {
        return logged.stream().filter(r -> r.getMessage().startsWith("Notification ")).toList();
    }

    @Test
    @DisplayName("with nothing chosen, the logging channel of notify-log is discovered and dispatch(schoolId) writes to it")
    void loggingChannelIsDiscovered() {
        JournalSchool school = absenceQueued(JournalEngine.builder());

        assertThat(school.engine.host().dispatch(ID)).isEqualTo(new DispatchReport(1, 0, 0));

        assertThat(notificationsLogged()).singleElement().satisfies(logRecord -> {
            assertThat(logRecord.getLevel()).isEqualTo(Level.INFO);
            assertThat(logRecord.getParameters()).contains(ADDRESS, "Отсутствовал на уроке");
        });
    }

    @Test
    @DisplayName("the logging channel chosen by its id is the one dispatch(schoolId) uses")
    void chosenLoggingChannelIsUsed() {
        JournalSchool school = absenceQueued(JournalEngine.builder().notifierProvider("log", Map.of()));

        assertThat(school.engine.host().dispatch(ID)).isEqualTo(new DispatchReport(1, 0, 0));

        assertThat(notificationsLogged()).hasSize(1);
    }

    @Test
    @DisplayName("a channel given to the builder overrides discovery: dispatch(schoolId) sends through it, nothing is logged")
    void givenChannelOverridesDiscovery() {
        Recording channel = new Recording();
        JournalSchool school = absenceQueued(JournalEngine.builder().notifier(channel));

        assertThat(school.engine.host().dispatch(ID)).isEqualTo(new DispatchReport(1, 0, 0));

        assertThat(channel.sent).singleElement().satisfies(notification -> {
            assertThat(notification.address()).isEqualTo(ADDRESS);
            assertThat(notification.subject()).isEqualTo("Отсутствовал на уроке");
        });
        assertThat(notificationsLogged()).isEmpty();
    }
}
