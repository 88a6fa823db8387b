package org.schooljournal.core.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.archive.Checkpoints;
import org.schooljournal.core.compromise.CompromiseRecords;
import org.schooljournal.core.diary.Diaries;
import org.schooljournal.core.identity.Identity;
import org.schooljournal.core.identity.SubjectBindings;
import org.schooljournal.core.journal.Journals;
import org.schooljournal.core.log.EventCodec;
import org.schooljournal.core.log.EventFamily;
import org.schooljournal.core.notification.Contacts;
import org.schooljournal.core.printout.Printouts;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.retention.ArchiveRecords;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.validation.CommandValidator;

/**
 * A school's own stream as the engine folds and decides it, without a store: for the tests that
 * build a school from events or run its commands on a state. Validates, checks the actor's right
 * and decides exactly as {@link Schools#execute} does.
 */
public final class SchoolLog {

    /** The parts of a school's state, as the engine lists them. */
    public static final List<SchoolPart<?>> PARTS = List.of(Programme.PART, Roster.PART, Contacts.PART,
            ArchiveRecords.PART, CompromiseRecords.PART, Checkpoints.PART, Printouts.PART, SubjectBindings.PART);

    private static final List<SchoolPart<?>> ALL = all();
    private static final CommandValidator VALIDATOR = new CommandValidator();

    private SchoolLog() {
    }

    private static List<SchoolPart<?>> all() {
        List<SchoolPart<?>> all = new ArrayList<>();
        all.add(OwnCommand.part());
        all.addAll(PARTS);
        return List.copyOf(all);
    }

    /** Returns the state with the events applied in order. */
    public static SchoolState apply(SchoolState state, List<? extends SchoolEvent> events) {
        SchoolState applied = state;
        for (SchoolEvent event : events) {
            applied = apply(applied, event);
        }
        return applied;
    }

    /** Returns the state with the event applied. */
    public static SchoolState apply(SchoolState state, SchoolEvent event) {
        for (SchoolPart<?> part : ALL) {
            if (part.holds(event)) {
                return part.apply(state, event);
            }
        }
        throw new IllegalArgumentException("no part holds " + event);
    }

    /** Validates the command, checks the actor's right and returns the events it decides, as the engine does. */
    public static List<SchoolEvent> decide(SchoolState state, SchoolCommand command, CommandContext context) {
        VALIDATOR.validate(command);
        return partOf(command).decide(command, state, context);
    }

    /**
     * Checks the actor holds the right the command needs, as the engine does before it decides.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if not
     */
    public static void requireAccess(Actor actor, SchoolCommand command, SchoolState state) {
        partOf(command).requireAccess(command, state, actor);
    }

    /** Returns the right the command needs; empty when its decision checks the actor's right itself. */
    public static Optional<Permission> permissionOf(SchoolCommand command) {
        return partOf(command).permissionOf(command);
    }

    private static SchoolPart<?> partOf(SchoolCommand command) {
        return ALL.stream().filter(p -> p.decides(command)).findFirst().orElseThrow();
    }

    /** Returns the codec of every stored event type of the engine. */
    public static EventCodec codec() {
        List<EventFamily<?, ?>> families = new ArrayList<>(Schools.eventFamilies(PARTS));
        families.add(Journals.eventFamily());
        families.add(Diaries.eventFamily());
        families.add(Identity.eventFamily());
        return new EventCodec(families);
    }

    /** Returns the event after a round trip through the codec: encoded as stored, then decoded. */
    public static SchoolEvent roundTrip(EventCodec codec, SchoolEvent event) {
        EventCodec.Encoded encoded = codec.encode(event);
        return codec.decode(encoded.type(), encoded.schemaVersion(), encoded.payload(), SchoolEvent.class);
    }
}
