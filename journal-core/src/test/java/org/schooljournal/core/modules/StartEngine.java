package org.schooljournal.core.modules;

import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * A host's start, run by {@link QuietStartTest} in a JVM of its own (Hibernate Validator announces
 * itself once a JVM): it captures everything {@code java.util.logging} receives, then either
 * starts an engine and executes one command ({@code engine}), or bootstraps Hibernate Validator
 * alone as a host would ({@code validator}), and prints each record as
 * {@code LOG <level> <logger> <message>}.
 */
public final class StartEngine {

    private StartEngine() {
    }

    /**
     * Runs the start.
     *
     * @param args {@code engine} or {@code validator}
     */
    public static void main(String[] args) {
        Logger root = Logger.getLogger("");
        SimpleFormatter formatter = new SimpleFormatter();
        root.addHandler(new Handler() {
            @Override
            public void publish(LogRecord logRecord) {
                System.out.println("LOG " + logRecord.getLevel().getName() + " " + logRecord.getLoggerName() + " "
                        + formatter.formatMessage(logRecord));
            }

            @Override
            public void flush() {
                System.out.flush();
            }

            @Override
            public void close() {
            }
        });
        root.setLevel(Level.ALL);
        if (args[0].equals("engine")) {
            try (JournalEngine engine = JournalEngine.builder()
                    .clock(Clock.fixed(Instant.parse("2026-08-25T05:00:00Z"), ZoneOffset.UTC)).build()) {
                engine.execute(Actor.of("admin"), new RegisterSchool("86-001", "Школа", SchoolCalendar.YUGRA));
            }
        } else {
            Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory().close();
        }
        System.out.println("DONE");
    }
}
