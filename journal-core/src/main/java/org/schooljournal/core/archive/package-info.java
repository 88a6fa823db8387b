/**
 * The archive of a school's log (ARC-4, ARC-5, ARC-6): integrity checks over the retention
 * period, and backup to a single portable file with restore from it. Both cover the school's
 * whole log: its own stream {@code school-<id>} and every stream whose id starts with
 * {@code school-<id>/} — each journal's, {@code school-<id>/journal/<holder>/<subject>} — each a
 * hash chain of its own (the slash keeps {@code school-<id>1…} of another school out). The
 * {@link org.schooljournal.core.archive.Archive} facet runs both for the engine's store.
 *
 * <h2>Integrity (ARC-4, ARC-6)</h2>
 *
 * <p>{@link org.schooljournal.core.archive.IntegrityCheck#school(String)} walks every stream of a
 * school with {@link org.schooljournal.core.archive.ChainVerifier} and returns an
 * {@link org.schooljournal.core.archive.IntegrityReport}: per stream
 * ({@link org.schooljournal.core.archive.StreamIntegrity}) the envelopes checked, the first that
 * does not verify (sequence, position, event id, reason) and the head hash — the hash of
 * the stream's last envelope, which vouches for the whole stream —; totals; the first bad
 * envelope of the school named with its stream; and the overall verdict. The school's own stream
 * comes first, then the others in the natural order of their ids. A school without events is
 * NOT_FOUND, never "intact": a removed log must not look like a verified one; a school whose own
 * stream is gone while its journals remain is INTEGRITY.
 *
 * <p>The engine's check, {@link org.schooljournal.core.archive.Archive#verify(String)}, also
 * decodes every event and compares the heads the school's log recorded: checkpoints
 * ({@link org.schooljournal.core.archive.HeadsCheckpointed}, recorded by
 * {@link org.schooljournal.core.archive.Archive#checkpoint(String)} after a verified walk) and the
 * records of a year's archive ({@link org.schooljournal.core.archive.HeadRecord}); and, given one,
 * a checkpoint's manifest kept outside the store
 * ({@link org.schooljournal.core.archive.CheckpointManifest}), which anchors the school's own
 * stream too. A stream deleted, truncated or changed after an anchor is an
 * {@link org.schooljournal.core.archive.AnchorBreak} naming that anchor. A chain alone cannot tell
 * that its last envelopes were removed, that it was rewritten wholesale with new hashes (the hashes
 * are not keyed), nor that a whole stream was removed; what each layer shows, and what none can,
 * is in docs/integrity.md.
 *
 * <h2>Signatures (ACC-8)</h2>
 *
 * <p>{@link org.schooljournal.core.archive.DetachedSignature} signs any file of the archive — a
 * checkpoint's manifest, a backup, a printout — with the signature port's
 * {@link org.schooljournal.spi.signature.Signer}, beside it as {@code <file>.p7s};
 * {@link org.schooljournal.core.archive.SignedCheckpoint#read} checks a manifest's signature before
 * the manifest is used, and {@code engine.archive().verify(schoolId, signedCheckpoint)} reports
 * who vouched for it ({@link org.schooljournal.core.archive.SignedIntegrityReport}). No signature
 * library is used here: adapters/signature-gost implements the port (docs/signatures.md).
 *
 * <h2>Backup and restore (ARC-5)</h2>
 *
 * <p>{@link org.schooljournal.core.archive.Backup#export} writes every stream of one school to
 * one file; {@link org.schooljournal.core.archive.Restore#into} brings it back into any store that
 * holds no stream of that school; {@link org.schooljournal.core.archive.Backup#verify} checks a
 * file without importing it. The format, version
 * {@value org.schooljournal.core.archive.Backup#FORMAT_VERSION}, fully described in
 * {@code docs/backup-format.md}:
 *
 * <ul>
 *   <li>JSON Lines, printable ASCII, LF after every line, each line a flat JSON object in one
 *       canonical form (fixed field order, no spaces, non-ASCII escaped as {@code \}{@code uXXXX}
 *       in lower case). A reader re-encodes each line and refuses any byte of difference.
 *   <li>The manifest: line 1 names the format {@value org.schooljournal.core.archive.Backup#FORMAT}
 *       and its version, the school, the number of streams and of envelopes, {@code createdAt}
 *       from the clock passed in, and the SHA-256 digest of all envelope lines; then one line per
 *       stream, the school's own first, then the others in the natural order of their ids: its
 *       id, envelope count, first and last sequence, head hash and its algorithm.
 *   <li>One line per envelope, stream after stream in the manifest's order, each in sequence
 *       order: stream id, sequence, the position in the source store (kept for the
 *       record; a restore gets new ones), event id, type, schema version, actor, recorded-at,
 *       previous hash, hash, hash algorithm, and the payload in padded standard Base64.
 *   <li>The last line, the trailer: the SHA-256 digest of the manifest's lines and of every byte
 *       before the trailer.
 * </ul>
 *
 * <p>So every byte is covered: the manifest by its digest in the trailer, the envelope lines by
 * their digest in the manifest and by the hash chains, the trailer by the canonical form and the
 * values it must have, the end of the file by the final newline, and all of it by the file digest.
 * Version 1 files (one stream, the school's own; no stream lines; envelope lines without stream
 * id) are still read, checked and restored.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Every fault of a file is INTEGRITY, naming the line, the byte offset, the stream or the
 *       envelope (stream, sequence and event id), found before the first append, so that a
 *       refused restore imports nothing. A format version this library does not read is
 *       INTEGRITY too: it cannot be checked.
 *   <li>Restoring into a store that holds any stream of the school — its own or any under its
 *       prefix, in the file or not — is CONFLICT (the store's state conflicts with the restore,
 *       as an append at a stale version does), and imports nothing; so restoring the same file
 *       twice refuses the second.
 *   <li>Export verifies every chain first and refuses a school one of whose streams does not
 *       verify (INTEGRITY, with the first bad envelope and its stream): a backup that could never
 *       be restored is no backup; run the integrity check to see the damage. Export never
 *       overwrites a file (VALIDATION), writes under a temporary name, forces the file to the
 *       device, reads it back through the same checks as a restore, and only then moves it to
 *       the target.
 *   <li>The journals are walked before the school's own stream, and restored after it: a journal's
 *       events are decided on the school's state, so a backup taken while commands run never holds
 *       a journal event without the school events it was decided on, and a store being restored
 *       never holds a journal without its school. Each stream is a consistent prefix; for a
 *       backup of one instant across streams, make it while no command runs.
 *   <li>Restore appends in batches ({@value org.schooljournal.core.archive.Restore#DEFAULT_BATCH} by
 *       default), stream after stream. The file is fully checked before, but a store failing or
 *       another writer appending between two batches leaves the envelopes imported so far (a
 *       verifiable prefix of each stream touched) in the store; the exception says how many, per
 *       stream. The store is append-only, so nothing is rolled back.
 * </ul>
 */
package org.schooljournal.core.archive;
