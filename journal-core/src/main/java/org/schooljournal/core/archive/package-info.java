/**
 * The archive of a school's log (ARC-4, ARC-5, ARC-6): integrity checks over the retention
 * period, and backup to a single portable file with restore from it.
 *
 * <h2>Integrity (ARC-4, ARC-6)</h2>
 *
 * <p>{@link org.schooljournal.core.archive.IntegrityCheck#school(String)} walks a school's hash
 * chain with {@link org.schooljournal.core.log.ChainVerifier} and returns an
 * {@link org.schooljournal.core.archive.IntegrityReport}: the envelopes checked, the first that
 * does not verify (sequence, global position, event id, reason) and the head hash — the hash of
 * the stream's last envelope, which vouches for the whole chain. A school without events is
 * NOT_FOUND, never "intact": a removed stream must not look like a verified one. The chain alone
 * cannot tell that its last envelopes were removed, nor that it was rewritten wholesale with new
 * hashes (the hashes are not keyed); comparing the head hash at a sequence with one kept elsewhere
 * (a backup's manifest, the printed and signed journal) can.
 *
 * <h2>Backup and restore (ARC-5)</h2>
 *
 * <p>{@link org.schooljournal.core.archive.Backup#export} writes one school's stream to one file;
 * {@link org.schooljournal.core.archive.Restore#into} brings it back into any store whose stream of
 * that school is empty; {@link org.schooljournal.core.archive.Backup#verify} checks a file without
 * importing it. The format, fully described in {@code docs/backup-format.md}:
 *
 * <ul>
 *   <li>JSON Lines, printable ASCII, LF after every line, each line a flat JSON object in one
 *       canonical form (fixed field order, no spaces, non-ASCII escaped as {@code \}{@code uXXXX}
 *       in lower case). A reader re-encodes each line and refuses any byte of difference.
 *   <li>Line 1, the manifest: format {@value org.schooljournal.core.archive.Backup#FORMAT} version
 *       {@value org.schooljournal.core.archive.Backup#FORMAT_VERSION}, school and stream ids,
 *       envelope count, first and last sequence, head hash and its algorithm, {@code createdAt}
 *       from the clock passed in, and the SHA-256 digest of all envelope lines.
 *   <li>One line per envelope: sequence, the global position in the source store (kept for the
 *       record; a restore gets new ones), event id, type, schema version, actor, recorded-at,
 *       previous hash, hash, hash algorithm, and the payload in padded standard Base64.
 *   <li>The last line, the trailer: the SHA-256 digest of the manifest line and of every byte
 *       before the trailer.
 * </ul>
 *
 * <p>So every byte is covered: the manifest by its digest in the trailer, the envelope lines by
 * their digest in the manifest and by the hash chain, the trailer by the canonical form and the
 * values it must have, the end of the file by the final newline, and all of it by the file digest.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Every fault of a file is INTEGRITY, naming the line, the byte offset or the envelope
 *       (sequence and event id), found before the first append, so that a refused restore imports
 *       nothing. A format version this library does not read is INTEGRITY too: it cannot be
 *       checked.
 *   <li>Restoring into a stream that holds events is CONFLICT (the store's state conflicts with
 *       the restore, as an append at a stale version does), and imports nothing; so restoring the
 *       same file twice refuses the second.
 *   <li>Export verifies the chain first and refuses a stream that does not verify (INTEGRITY, with
 *       the first bad envelope): a backup that could never be restored is no backup; run the
 *       integrity check to see the damage. Export never overwrites a file (VALIDATION), writes
 *       under a temporary name, forces the file to the device, reads it back through the same
 *       checks as a restore, and only then moves it to the target.
 *   <li>Restore appends in batches ({@value org.schooljournal.core.archive.Restore#DEFAULT_BATCH} by
 *       default). The file is fully checked before, but a store failing or another writer
 *       appending between two batches leaves the envelopes imported so far (a verifiable prefix)
 *       in the store; the exception says how many. The store is append-only, so nothing is
 *       rolled back.
 * </ul>
 */
package org.schooljournal.core.archive;
