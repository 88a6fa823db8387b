package org.schooljournal.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.schooljournal.core.diary.DiaryEvent;
import org.schooljournal.core.diary.DiaryState;
import org.schooljournal.core.journal.JournalEvent;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.SummarySheet;
import org.schooljournal.core.log.FoldedStreams;
import org.schooljournal.core.log.FoldedStreams.Snapshot;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.ConcurrencyConflictException;

/**
 * The engine's access to what a student's diary is made of: the journals the student may be in,
 * and the student's diary stream with its read receipts and digests (DRY-5, NTF-3).
 */
final class StudentDiaries {

    private final FoldedStreams<JournalState, JournalEvent> journals;
    private final FoldedStreams<DiaryState, DiaryEvent> diaries;
    private final Function<String, Lock> locks;
    private final Supplier<Instant> now;

    StudentDiaries(FoldedStreams<JournalState, JournalEvent> journals, FoldedStreams<DiaryState, DiaryEvent> diaries,
            Function<String, Lock> locks, Supplier<Instant> now) {
        this.journals = journals;
        this.diaries = diaries;
        this.locks = locks;
        this.now = now;
    }

    /** Returns the state of a student's diary stream. */
    DiaryState state(String schoolId, String studentId) {
        return diaries.load(SchoolStreams.diary(schoolId, studentId), DiaryState.empty(studentId)).state();
    }

    /** Returns the journals a student may be in from one date to another: their classes' and their own groups'. */
    Map<JournalKey, JournalState> journalsOf(SchoolState school, String studentId, LocalDate from, LocalDate to) {
        Set<String> holders = new LinkedHashSet<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            school.roster().classOf(studentId, date).ifPresent(holders::add);
        }
        school.programme().groups().values().stream()
                .filter(group -> group.studentId().equals(Optional.of(studentId))).forEach(group -> holders.add(group.code()));
        Map<JournalKey, JournalState> studentJournals = new LinkedHashMap<>();
        for (String holder : holders) {
            for (JournalKey key : SummarySheet.journalsOf(school, holder)) {
                studentJournals.put(key, journals.load(key.stream(school.schoolId()), JournalState.empty(key)).state());
            }
        }
        return studentJournals;
    }

    /**
     * Appends to a student's diary stream what the decision makes of its state, under the
     * stream's lock, deciding again after a concurrent change.
     *
     * @throws JournalException CONFLICT if concurrent changes kept coming
     */
    void append(String schoolId, String studentId, String actorId, Function<DiaryState, List<DiaryEvent>> decide) {
        String stream = SchoolStreams.diary(schoolId, studentId);
        Lock lock = locks.apply(stream);
        lock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                Snapshot<DiaryState> snapshot = diaries.load(stream, DiaryState.empty(studentId));
                List<DiaryEvent> events = decide.apply(snapshot.state());
                if (events.isEmpty()) {
                    return;
                }
                try {
                    diaries.append(stream, snapshot, events, actorId, now.get());
                    return;
                } catch (ConcurrencyConflictException e) {
                    if (attempt == JournalEngine.MAX_ATTEMPTS) {
                        throw new JournalException(ErrorCode.CONFLICT, "the diary stream " + stream
                                + " met a concurrent change " + JournalEngine.MAX_ATTEMPTS + " times", e);
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
