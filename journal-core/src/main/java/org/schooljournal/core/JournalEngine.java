package org.schooljournal.core;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.archive.Archive;
import org.schooljournal.core.archive.Checkpoints;
import org.schooljournal.core.compromise.CompromiseRecords;
import org.schooljournal.core.compromise.Compromises;
import org.schooljournal.core.compromise.InvalidationSources;
import org.schooljournal.core.diary.Diaries;
import org.schooljournal.core.diary.DiaryStates;
import org.schooljournal.core.feed.Feed;
import org.schooljournal.core.identity.Identity;
import org.schooljournal.core.identity.SubjectBindings;
import org.schooljournal.core.feed.FeedPages;
import org.schooljournal.core.journal.JournalCommand;
import org.schooljournal.core.journal.JournalStates;
import org.schooljournal.core.journal.Journals;
import org.schooljournal.core.journal.Recorded;
import org.schooljournal.core.log.Caching;
import org.schooljournal.core.log.EventCodec;
import org.schooljournal.core.log.EventFamily;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.notification.Contacts;
import org.schooljournal.core.notification.Dispatch;
import org.schooljournal.core.notification.Notifications;
import org.schooljournal.core.notification.Outboxes;
import org.schooljournal.core.printout.Printouts;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.reports.Reports;
import org.schooljournal.core.retention.ArchiveRecords;
import org.schooljournal.core.retention.Retention;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.school.CommandId;
import org.schooljournal.core.school.Receipt;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolPart;
import org.schooljournal.core.school.SchoolStates;
import org.schooljournal.core.school.Schools;
import org.schooljournal.core.validation.CommandValidator;
import org.schooljournal.rules.ruleset.RuleSet;
import org.schooljournal.rules.ruleset.RuleSets;
import org.schooljournal.spi.Bootstrap;
import org.schooljournal.spi.notify.Notifier;
import org.schooljournal.spi.notify.NotifierProvider;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.spi.storage.EventStoreProvider;

/**
 * The engine a vendor embeds: one object, built once, whose work is done by a facet per concept
 * of the regulation (docs/architecture.md). Commands — everything that changes the log — go
 * through {@link #execute}; reads and workflows through the facets:
 *
 * <pre>{@code
 * JournalEngine engine = JournalEngine.builder().clock(Clock.systemUTC()).build();   // discovers the store
 * engine.execute(Actor.of("admin-1"), new RegisterSchool("86-001", "МБОУ СОШ № 1", SchoolCalendar.YUGRA));
 * SchoolState school = engine.schools().state(Actor.of("admin-1"), "86-001");   // the administration; engine.host().school(id) for the host
 * }</pre>
 *
 * <p>Each command is validated (Hibernate Validator), its actor's right checked, its events
 * decided, hash-chained and appended to its stream — the school's, {@code school-<id>}, or a
 * journal's — under the version it was decided on; bad input and denied access change nothing.
 * Closing the engine closes the store it discovered, not one it was given. This class is
 * thread-safe.
 */
public final class JournalEngine implements AutoCloseable {

    private final EventStore store;
    private final boolean ownsStore;
    private final Schools schools;
    private final Journals journals;
    private final Diaries diaries;
    private final Notifications notifications;
    private final Reports reports;
    private final Archive archive;
    private final Retention retention;
    private final Compromises compromises;
    private final Feed feed;
    private final Identity identity;
    private final Host host;

    private JournalEngine(Builder builder, EventStore store, boolean ownsStore, Notifier notifier) {
        this.store = store;
        this.ownsStore = ownsStore;
        List<SchoolPart<?>> parts = List.of(Programme.PART, Roster.PART, Contacts.PART, ArchiveRecords.PART,
                CompromiseRecords.PART, Checkpoints.PART, Printouts.PART, SubjectBindings.PART);
        List<EventFamily<?, ?>> families = new ArrayList<>(Schools.eventFamilies(parts));
        families.addAll(List.of(Journals.eventFamily(), Diaries.eventFamily(), Identity.eventFamily()));
        Log log = new Log(store, new EventCodec(families), builder.clock,
                new Caching(builder.cachedEvents, builder.snapshotEvery));
        CommandValidator validator = new CommandValidator();
        Outboxes outboxes = new Outboxes();
        SchoolStates schoolStates = new SchoolStates(log, builder.ruleSet, parts);
        JournalStates journalStates = new JournalStates(log);
        this.schools = new Schools(log, validator, schoolStates);
        InvalidationSources invalidated = new InvalidationSources();
        this.compromises = new Compromises(log, schools, schoolStates, outboxes, invalidated);
        this.journals = new Journals(log, validator, schoolStates, journalStates, outboxes, invalidated);
        DiaryStates diaryStates = new DiaryStates(log);
        this.diaries = new Diaries(log, schoolStates, journalStates, diaryStates, outboxes, invalidated);
        this.notifications = new Notifications(log, schools);
        this.reports = new Reports(log, schoolStates, journalStates, diaryStates);
        this.archive = new Archive(log, schools, schoolStates);
        this.retention = new Retention(log, schools, schoolStates, journalStates, reports, archive);
        FeedPages feedPages = new FeedPages(log, schoolStates, journalStates);
        this.feed = new Feed(schoolStates, feedPages);
        this.identity = new Identity(log, schools, schoolStates);
        this.host = new Host(schoolStates, journalStates, new Dispatch(log, schoolStates, outboxes,
                builder.dispatchRescan), notifier, feedPages);
    }

    /** Starts an engine. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Executes a command to a school's own stream as the actor: its registration, roles and
     * structure, programme, roster, guardians' contacts.
     *
     * @return what was appended; nothing when the command changed nothing
     * @see Schools#execute
     */
    public Receipt execute(Actor actor, SchoolCommand command) {
        return schools.execute(actor, command);
    }

    /**
     * Executes a command to a journal as the actor.
     *
     * @return the entries made, to follow with a correction, and what was appended
     * @see Journals#execute
     */
    public Recorded execute(Actor actor, JournalCommand command) {
        return journals.execute(actor, command);
    }

    /**
     * Executes a command to a school's own stream that the host gave an id, so that repeating it
     * is safe: if the log holds it already, nothing is appended and the first receipt is returned
     * ({@link CommandId}; docs/architecture.md, "How a command flows").
     *
     * @throws org.schooljournal.spi.JournalException CONFLICT if the id names another command
     * @see Schools#execute(Actor, SchoolCommand, CommandId)
     */
    public Receipt execute(Actor actor, SchoolCommand command, CommandId id) {
        return schools.execute(actor, command, id);
    }

    /**
     * Executes a command to a journal that the host gave an id, so that repeating it is safe: if
     * the log holds it already, nothing is appended and what it first recorded is returned
     * ({@link CommandId}).
     *
     * @throws org.schooljournal.spi.JournalException CONFLICT if the id names another command
     * @see Journals#execute(Actor, JournalCommand, CommandId)
     */
    public Recorded execute(Actor actor, JournalCommand command, CommandId id) {
        return journals.execute(actor, command, id);
    }

    /** Returns the schools facet: a school's state to the administration, its rules. */
    public Schools schools() {
        return schools;
    }

    /** Returns the journals facet: a journal as a reader may see it. */
    public Journals journals() {
        return journals;
    }

    /** Returns the diaries facet: a student's diary, its paper extract, a teacher's «sent». */
    public Diaries diaries() {
        return diaries;
    }

    /** Returns the guardians' contacts facet: e-mail confirmation. */
    public Notifications notifications() {
        return notifications;
    }

    /** Returns the reports facet: the summary sheet, missed lessons, lesson statistics, set-up. */
    public Reports reports() {
        return reports;
    }

    /** Returns the archive facet, a host facet (PD-2): integrity, backup and restore of a school's log. */
    public Archive archive() {
        return archive;
    }

    /** Returns the retention facet: archiving a closed year and purging journals. */
    public Retention retention() {
        return retention;
    }

    /** Returns the compromise facet: reporting a compromised account and its act (PD-4). */
    public Compromises compromises() {
        return compromises;
    }

    /**
     * Returns the event feed facet: what a separate diary system needs, as CloudEvents, from a
     * cursor (EXC-2; docs/exchange.md).
     */
    public Feed feed() {
        return feed;
    }

    /**
     * Returns the identity facet: binding subjects of identity providers to the school's people,
     * and a verified sign-in made the bound person's actor (ACC-6, PD-3; docs/identity.md).
     */
    public Identity identity() {
        return identity;
    }

    /** Returns the host facet: the host's own processes, dispatch and states, with no reader checked (PD-2). */
    public Host host() {
        return host;
    }

    /** Closes the store if the engine discovered it; one it was given is the host's. */
    @Override
    public void close() {
        if (ownsStore) {
            store.close();
        }
    }

    /**
     * Builds a {@link JournalEngine}. Not thread-safe.
     */
    public static final class Builder {

        private EventStore store;
        private Optional<String> storageProvider = Optional.empty();
        private Map<String, String> storageSettings = Map.of();
        private Notifier notifier;
        private Optional<String> notifierProvider = Optional.empty();
        private Map<String, String> notifierSettings = Map.of();
        private Clock clock;
        private RuleSet ruleSet = RuleSets.yugra2020();
        private Duration dispatchRescan = Notifications.RESCAN;
        private long cachedEvents = Caching.DEFAULT_MAX_EVENTS;
        private int snapshotEvery = Caching.DEFAULT_SNAPSHOT_EVERY;

        private Builder() {
        }

        /** Uses this store; otherwise a provider is discovered (the in-memory store by default). */
        public Builder eventStore(EventStore eventStore) {
            this.store = Objects.requireNonNull(eventStore, "eventStore");
            return this;
        }

        /** Chooses the storage provider by id, with its settings, instead of the discovered one. */
        public Builder storageProvider(String id, Map<String, String> settings) {
            this.storageProvider = Optional.of(Objects.requireNonNull(id, "id"));
            this.storageSettings = Map.copyOf(settings);
            return this;
        }

        /**
         * Uses this notification channel; otherwise a provider is discovered like the store (the
         * logging channel by default).
         */
        public Builder notifier(Notifier channel) {
            this.notifier = Objects.requireNonNull(channel, "channel");
            return this;
        }

        /** Chooses the notification provider by id, with its settings, instead of the discovered one. */
        public Builder notifierProvider(String id, Map<String, String> settings) {
            this.notifierProvider = Optional.of(Objects.requireNonNull(id, "id"));
            this.notifierSettings = Map.copyOf(settings);
            return this;
        }

        /** Uses this clock, required: the engine never reads the system clock ({@code Clock.systemUTC()}). */
        public Builder clock(Clock engineClock) {
            this.clock = Objects.requireNonNull(engineClock, "engineClock");
            return this;
        }

        /** Uses this rule set as every school's default; Yugra's 2020 set otherwise. */
        public Builder ruleSet(RuleSet rules) {
            this.ruleSet = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * Sets how often a dispatch reads every outbox stream of a school (10 minutes by default;
         * zero: every time); in between it reads the streams this engine queued in (docs/notify.md).
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder dispatchRescan(Duration interval) {
            if (interval.isNegative()) {
                throw new IllegalArgumentException("dispatchRescan must not be negative, was " + interval);
            }
            this.dispatchRescan = interval;
            return this;
        }

        /**
         * Sets how much folded state the engine holds in memory, counted in events: a stream
         * weighs as many as it holds (a year's class journal about 16 500, a school's stream a
         * few hundred), and beyond the limit the engine evicts the streams least used. An evicted
         * stream is loaded again when next used — from its stored snapshot and what follows it
         * when the store keeps snapshots (the JDBC store does), otherwise by folding its events —
         * with the same state. 3 000 000 by default, about 2 GB of journal states
         * (docs/benchmarks.md, issue 13).
         *
         * @throws IllegalArgumentException if below 1
         */
        public Builder cachedEvents(long events) {
            if (events < 1) {
                throw new IllegalArgumentException("cachedEvents must be 1 or more, was " + events);
            }
            this.cachedEvents = events;
            return this;
        }

        /**
         * Sets how many events a journal folds past its stored snapshot before the engine stores a
         * new one, when the store keeps snapshots ({@link org.schooljournal.spi.storage.SnapshotStore});
         * the engine also stores one when it evicts a journal. 1 000 by default.
         *
         * @throws IllegalArgumentException if below 1
         */
        public Builder snapshotEvery(int events) {
            if (events < 1) {
                throw new IllegalArgumentException("snapshotEvery must be 1 or more, was " + events);
            }
            this.snapshotEvery = events;
            return this;
        }

        /**
         * Builds the engine, discovering the store and the channel not given ({@link Bootstrap}).
         *
         * @throws org.schooljournal.spi.JournalException CONFIGURATION if a chosen provider or any is missing
         * @throws IllegalStateException if no clock was given
         */
        public JournalEngine build() {
            if (clock == null) {
                throw new IllegalStateException("a clock is required: the engine never reads the system clock;"
                        + " pass Clock.systemUTC() in production");
            }
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Notifier channel = notifier != null ? notifier
                    : Bootstrap.find(NotifierProvider.PORT, NotifierProvider.class, notifierProvider, loader)
                            .create(notifierSettings);
            return store != null ? new JournalEngine(this, store, false, channel)
                    : new JournalEngine(this, Bootstrap.find(EventStoreProvider.PORT, EventStoreProvider.class,
                            storageProvider, loader).create(storageSettings), true, channel);
        }
    }
}
