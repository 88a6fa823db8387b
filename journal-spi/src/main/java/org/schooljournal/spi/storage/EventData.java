package org.schooljournal.spi.storage;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * One event as the engine hands it to a store: its identity, type and schema version, the payload
 * bytes (opaque to the store), who recorded it and when, and its link in the stream's hash chain
 * (ARC-4): the previous envelope's hash, its own hash, and the algorithm that made them.
 *
 * <p>This record is immutable and thread-safe: the payload is copied in and out.
 *
 * @param eventId the event's identity; appending the same event again is idempotent
 * @param type the event's type name
 * @param schemaVersion the version of the payload's schema, 1 or more
 * @param payload the serialised event; any bytes
 * @param actor who recorded the event (ACC-7)
 * @param recordedAt when it was recorded (ACC-7); the engine gives microseconds at most, which
 *     every store keeps exactly
 * @param previousHash the hash of the stream's previous envelope, lower-case hex; empty for the first
 * @param hash this envelope's hash, lower-case hex
 * @param hashAlgorithm the algorithm of both hashes, such as {@code SHA-256}
 */
public record EventData(
        UUID eventId,
        String type,
        int schemaVersion,
        byte[] payload,
        String actor,
        Instant recordedAt,
        String previousHash,
        String hash,
        String hashAlgorithm) {

    /**
     * Checks and copies the event.
     *
     * @throws IllegalArgumentException if a text is blank (the previous hash may be empty), the
     *     schema version is below 1, or a hash is not hex
     */
    public EventData {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(previousHash, "previousHash");
        requireText("type", type);
        requireText("actor", actor);
        requireText("hash", hash);
        requireText("hashAlgorithm", hashAlgorithm);
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be at least 1, was " + schemaVersion);
        }
        requireHex("previousHash", previousHash);
        requireHex("hash", hash);
        payload = payload.clone();
    }

    private static void requireText(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    private static void requireHex(String field, String value) {
        if (value.length() % 2 != 0
                || !value.chars().allMatch(c -> HexFormat.isHexDigit(c) && !Character.isUpperCase(c))) {
            throw new IllegalArgumentException(field + " must be lower-case hexadecimal, was " + value);
        }
    }

    /** Returns a copy of the payload. */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /**
     * Copies the payload into an array at an offset, without a copy of its own in between: for a
     * reader that writes the bytes elsewhere anyway, such as the verification of the hash chain
     * (issue 13).
     *
     * @throws IndexOutOfBoundsException if the payload does not fit there
     */
    public void copyPayload(byte[] destination, int offset) {
        System.arraycopy(payload, 0, destination, offset, payload.length);
    }

    /** Returns the payload's length, without copying it. */
    public int payloadLength() {
        return payload.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventData that
                && eventId.equals(that.eventId) && type.equals(that.type)
                && schemaVersion == that.schemaVersion && Arrays.equals(payload, that.payload)
                && actor.equals(that.actor) && recordedAt.equals(that.recordedAt)
                && previousHash.equals(that.previousHash) && hash.equals(that.hash)
                && hashAlgorithm.equals(that.hashAlgorithm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventId, type, schemaVersion, Arrays.hashCode(payload), actor, recordedAt,
                previousHash, hash, hashAlgorithm);
    }

    @Override
    public String toString() {
        return "EventData[" + type + " v" + schemaVersion + " " + eventId + " by " + actor + " at "
                + recordedAt + ", " + payload.length + " bytes, " + hashAlgorithm + " " + hash + "]";
    }
}
