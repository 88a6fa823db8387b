/**
 * A vendor's host on the command line: a Yugra school set up for 2025/26 through the engine and
 * kept in an embedded H2 file ({@link org.schooljournal.examples.schoolday.JournalStorage}), a
 * fortnight of its mathematics journal, what three guardians received, and the administration's
 * {@code verify} and {@code backup} of the log, printed in Russian
 * ({@link org.schooljournal.examples.schoolday.SchoolDay}). It uses journal-core's exported API
 * only, and finds its store by provider id.
 */
package org.schooljournal.examples.schoolday;
