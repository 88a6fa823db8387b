package org.schooljournal.core.log;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.UUID;

/**
 * A command as the host identified it, and the ids of the events it records, derived from that
 * identity (DESIGN.md, principle 9): the same command id in the same school gives the same event
 * ids, so that a repeat after an unclear error or a crash is recognised in the log and appends
 * nothing.
 *
 * <p>An event id of a command is a UUID of version 8 (RFC 9562, "custom"), name-based on SHA-256:
 * its upper 64 bits (the version's four among them) are the first 60 bits of SHA-256 of the school
 * and the command id — the same for every event of the command, the command's <em>key</em> —; its
 * lower 64 bits (the variant's two among them) are 62 bits of SHA-256 of that key's digest, the
 * command's {@linkplain CommandDigest content} and the event's index in the command. So the key
 * finds the command in a stream, and the lower bits tell the same command (same content, same
 * actor) from another one given the same id. Random ids ({@link UUID#randomUUID()}, version 4)
 * never collide with them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CommandStamp {

    private static final int VERSION = 8;

    private final String scope;
    private final String commandId;
    private final byte[] keyDigest;
    private final byte[] content;
    private final long key;

    private CommandStamp(String scope, String commandId, byte[] content) {
        this.scope = scope;
        this.commandId = commandId;
        this.content = content;
        this.keyDigest = sha256("school-journal/command-id", scope, commandId);
        long upper = ByteBuffer.wrap(keyDigest).getLong();
        this.key = (upper & ~0xF000L) | ((long) VERSION << 12);
    }

    /**
     * Stamps a command.
     *
     * @param scope where command ids are unique: the school
     * @param commandId the host's id of the command
     * @param content the digest of the command and its actor ({@link CommandDigest#of})
     */
    public static CommandStamp of(String scope, String commandId, byte[] content) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(commandId, "commandId");
        return new CommandStamp(scope, commandId, content.clone());
    }

    /**
     * Stamps a command given an id by the host, with the digest of the command and its actor.
     *
     * @throws IllegalArgumentException if the command cannot be written as JSON
     */
    public static CommandStamp of(String scope, String commandId, String actorId, Object command) {
        return of(scope, commandId, CommandDigest.of(actorId, command));
    }

    /** Returns the host's id of the command. */
    public String commandId() {
        return commandId;
    }

    /** Returns the school the id is unique in. */
    public String scope() {
        return scope;
    }

    /** Returns the upper 64 bits every event id of this command shares. */
    public long key() {
        return key;
    }

    /** Returns the id of the command's event of that index, from 0. */
    public UUID eventId(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("an event's index in its command is 0 or more, was " + index);
        }
        byte[] lower = sha256("school-journal/command-event", hexOf(keyDigest), hexOf(content),
                Integer.toString(index));
        long bits = ByteBuffer.wrap(lower).getLong();
        return new UUID(key, (bits & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
    }

    /** Returns whether the id is the first event id of a command given an id: version 8. */
    public static boolean derived(UUID eventId) {
        return eventId.version() == VERSION && eventId.variant() == 2;
    }

    /** Returns whether the id was derived from this command's key (this id, this school). */
    public boolean sameKey(UUID eventId) {
        return eventId.getMostSignificantBits() == key;
    }

    @Override
    public String toString() {
        return "command " + commandId + " in " + scope;
    }

    private static byte[] sha256(String... parts) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        for (String part : parts) {
            byte[] utf8 = part.getBytes(StandardCharsets.UTF_8);
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(utf8.length).array());
            digest.update(utf8);
        }
        return digest.digest();
    }

    private static String hexOf(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
