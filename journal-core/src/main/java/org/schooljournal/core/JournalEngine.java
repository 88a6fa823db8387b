package org.schooljournal.core;

import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.schooljournal.core.access.AccessPolicy;
import org.schooljournal.core.archive.Backup;
import org.schooljournal.core.archive.BackupManifest;
import org.schooljournal.core.archive.IntegrityCheck;
import org.schooljournal.core.archive.IntegrityReport;
import org.schooljournal.core.archive.Restore;
import org.schooljournal.core.log.ChainReport;
import org.schooljournal.core.log.ChainVerifier;
import org.schooljournal.core.log.EventCodec;
import org.schooljournal.core.log.HashChain;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.CommandValidator;
import org.schooljournal.rules.ruleset.RuleSet;
import org.schooljournal.rules.ruleset.RuleSets;
import org.schooljournal.spi.Bootstrap;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.ConcurrencyConflictException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.spi.storage.EventStoreProvider;

/**
 * The engine a vendor embeds: it executes commands as an actor and answers with the school's
 * state. Each command is validated (Hibernate Validator), its actor's right checked, its events
 * decided, hash-chained and appended to the school's stream under the version it was decided on;
 * a conflict with a concurrent command is retried on the fresh state, and reported as CONFLICT
 * after {@link #MAX_ATTEMPTS}. Bad input and denied access change nothing.
 *
 * <pre>{@code
 * JournalEngine engine = JournalEngine.builder().clock(Clock.systemUTC()).build();  // discovers the store
 * engine.execute(Actor.of("admin-1"), new RegisterSchool("86-001", "МБОУ СОШ № 1", SchoolCalendar.YUGRA));
 * SchoolState school = engine.school("86-001");
 * }</pre>
 *
 * <p>Each school is one stream, {@code school-<id>}; schools never block each other. Times of
 * recording are kept to the microsecond, which every store keeps exactly. Closing the engine
 * closes the store it discovered, not one it was given. This class is thread-safe.
 */
public final class JournalEngine implements AutoCloseable {

    /** How many times a command is decided again after a concurrent change of its stream. */
    public static final int MAX_ATTEMPTS = 8;

    private static final int PAGE = 1_000;

    private final EventStore store;
    private final boolean ownsStore;
    private final Clock clock;
    private final RuleSet ruleSet;
    private final EventCodec codec;
    private final CommandValidator validator = new CommandValidator();
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

    /** The state of a school's stream at a version, with the hash of its last envelope. */
    private record Snapshot(long version, String lastHash, SchoolState state) {
    }

    private JournalEngine(Builder builder) {
        this.store = builder.store;
        this.ownsStore = builder.ownsStore;
        this.clock = builder.clock;
        this.ruleSet = builder.ruleSet;
        this.codec = new EventCodec(builder.eventTypes);
    }

    /** Starts an engine. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the stream of a school; see {@link SchoolStreams}. */
    public static String streamOf(String schoolId) {
        return SchoolStreams.of(schoolId);
    }

    /**
     * Executes a command as the actor.
     *
     * @return the envelopes appended; empty when the command changed nothing
     * @throws org.schooljournal.core.validation.InvalidCommandException if the command is invalid
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor lacks the right
     * @throws JournalException NOT_FOUND if the school or what the command refers to does not exist,
     *     CONFLICT if concurrent commands kept changing the school
     */
    public List<EventEnvelope> execute(Actor actor, SchoolCommand command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
        validator.validate(command);
        String schoolId = command.schoolId();
        for (int attempt = 1; ; attempt++) {
            Snapshot snapshot = load(schoolId);
            if (!snapshot.state().registered() && command.permission().isPresent()) {
                throw new JournalException(ErrorCode.NOT_FOUND, command.getClass().getSimpleName()
                        + ": school " + schoolId + " is not registered");
            }
            AccessPolicy.require(actor, command, snapshot.state());
            CommandContext context = new CommandContext(actor, clock.instant().truncatedTo(ChronoUnit.MICROS), ruleSet);
            List<SchoolEvent> events = command.decide(snapshot.state(), context);
            if (events.isEmpty()) {
                return List.of();
            }
            try {
                return append(schoolId, snapshot, events, context);
            } catch (ConcurrencyConflictException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new JournalException(ErrorCode.CONFLICT, command.getClass().getSimpleName()
                            + " on school " + schoolId + " met a concurrent change " + MAX_ATTEMPTS + " times", e);
                }
            }
        }
    }

    /** Returns the school's current state, with every event stored so far applied. */
    public SchoolState school(String schoolId) {
        return load(Objects.requireNonNull(schoolId, "schoolId")).state();
    }

    /** Returns the school's state rebuilt from its stream alone, ignoring what the engine holds. */
    public SchoolState rebuild(String schoolId) {
        return catchUp(schoolId, new Snapshot(0, "", SchoolState.empty(schoolId))).state();
    }

    /** Walks the school's hash chain and names the first envelope that does not verify (ARC-4). */
    public ChainReport verify(String schoolId) {
        return new ChainVerifier(store).verify(streamOf(schoolId));
    }

    /**
     * Checks the school's whole log (ARC-4, ARC-6): the count, the head hash, and the first
     * envelope that does not verify, if any.
     *
     * @throws JournalException NOT_FOUND if the school has no log
     */
    public IntegrityReport integrity(String schoolId) {
        return IntegrityCheck.of(store).school(schoolId);
    }

    /**
     * Exports the school's log to one portable file on any path, external media included (ARC-5;
     * format in docs/backup-format.md).
     *
     * @throws JournalException INTEGRITY if the chain does not verify, VALIDATION if the target exists
     */
    public BackupManifest backup(String schoolId, Path target) {
        return Backup.export(store, schoolId, target, clock);
    }

    /**
     * Imports a backup into the store, where the school's stream must be empty; the whole file is
     * checked before anything is appended (ARC-5).
     *
     * @throws JournalException INTEGRITY if the file is truncated or altered, CONFLICT if the
     *     school's stream is not empty
     */
    public IntegrityReport restore(Path source) {
        return Restore.into(store, source);
    }

    /** Closes the store if the engine discovered it. */
    @Override
    public void close() {
        if (ownsStore) {
            store.close();
        }
    }

    /** Returns the rule set. */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** Returns the engine's clock. */
    public Clock clock() {
        return clock;
    }

    private List<EventEnvelope> append(String schoolId, Snapshot snapshot, List<SchoolEvent> events,
            CommandContext context) {
        String stream = streamOf(schoolId);
        List<EventData> data = new ArrayList<>(events.size());
        String previousHash = snapshot.lastHash();
        long sequence = snapshot.version();
        for (SchoolEvent event : events) {
            sequence++;
            String type = codec.typeOf(event);
            byte[] payload = codec.encode(event);
            UUID eventId = UUID.randomUUID();
            String hash = HashChain.hash(HashChain.ALGORITHM, stream, sequence, eventId, type,
                    EventCodec.SCHEMA_VERSION, payload, context.actor().personId(), context.now(), previousHash);
            data.add(new EventData(eventId, type, EventCodec.SCHEMA_VERSION, payload,
                    context.actor().personId(), context.now(), previousHash, hash, HashChain.ALGORITHM));
            previousHash = hash;
        }
        List<EventEnvelope> stored = store.append(stream, snapshot.version(), data);
        SchoolState state = snapshot.state();
        for (SchoolEvent event : events) {
            state = event.applyTo(state);
        }
        remember(schoolId, new Snapshot(snapshot.version() + events.size(), previousHash, state));
        return stored;
    }

    private Snapshot load(String schoolId) {
        Snapshot known = snapshots.getOrDefault(schoolId, new Snapshot(0, "", SchoolState.empty(schoolId)));
        Snapshot current = catchUp(schoolId, known);
        if (current != known) {
            remember(schoolId, current);
        }
        return current;
    }

    private Snapshot catchUp(String schoolId, Snapshot from) {
        Snapshot snapshot = from;
        while (true) {
            List<EventEnvelope> page = store.read(streamOf(schoolId), snapshot.version() + 1, PAGE);
            if (page.isEmpty()) {
                return snapshot;
            }
            SchoolState state = snapshot.state();
            for (EventEnvelope envelope : page) {
                EventData data = envelope.event();
                state = codec.decode(data.type(), data.schemaVersion(), data.payload()).applyTo(state);
            }
            EventEnvelope last = page.get(page.size() - 1);
            snapshot = new Snapshot(last.sequence(), last.event().hash(), state);
        }
    }

    private void remember(String schoolId, Snapshot snapshot) {
        snapshots.merge(schoolId, snapshot, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    }

    /**
     * Builds a {@link JournalEngine}. Not thread-safe.
     */
    public static final class Builder {

        private EventStore store;
        private boolean ownsStore;
        private Optional<String> storageProvider = Optional.empty();
        private Map<String, String> storageSettings = Map.of();
        private Clock clock;
        private RuleSet ruleSet = RuleSets.yugra2020();
        private final List<Class<? extends SchoolEvent>> eventTypes = new ArrayList<>(EventTypes.ALL);

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
         * Uses this clock for the time of recording; required, since the engine never reads the
         * system clock by itself (pass {@code Clock.systemUTC()} in production, a fixed or moving
         * clock in tests).
         */
        public Builder clock(Clock engineClock) {
            this.clock = Objects.requireNonNull(engineClock, "engineClock");
            return this;
        }

        /** Uses this rule set; Yugra's 2020 set otherwise. */
        public Builder ruleSet(RuleSet rules) {
            this.ruleSet = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /** Registers more event types, for extensions of the domain. */
        public Builder eventTypes(Collection<Class<? extends SchoolEvent>> types) {
            eventTypes.addAll(types);
            return this;
        }

        /**
         * Builds the engine, discovering the store if none was given.
         *
         * @throws JournalException CONFIGURATION if no storage provider is found
         * @throws IllegalStateException if no clock was given
         */
        public JournalEngine build() {
            if (clock == null) {
                throw new IllegalStateException("a clock is required: the engine never reads the system clock;"
                        + " pass Clock.systemUTC() in production");
            }
            if (store == null) {
                ClassLoader loader = Thread.currentThread().getContextClassLoader();
                store = Bootstrap.find(EventStoreProvider.PORT, EventStoreProvider.class, storageProvider, loader)
                        .create(storageSettings);
                ownsStore = true;
            }
            return new JournalEngine(this);
        }
    }
}
