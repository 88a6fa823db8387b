package org.schooljournal.core.diary;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.log.FoldedStreams;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.notification.Contacts;
import org.schooljournal.core.notification.GuardianContact;
import org.schooljournal.core.notification.Notifications;
import org.schooljournal.core.notification.OutboxItem;
import org.schooljournal.core.notification.OutboxSource;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;

/**
 * The diaries' outboxes as the dispatch reads them (NTF-3): before each dispatch it queues the
 * digests due to guardians with a daily or weekly schedule, at the latest slot of their schedule,
 * if their settings were set by then and no digest was queued for it; a dispatcher's claim to send
 * one, and each attempt, are recorded in the diary stream by the notifier — a claim if the item is
 * due, an attempt if it is still pending. It remembers,
 * per guardian and child, the latest slot it queued a digest for or found nothing new at, read
 * from the diary stream the first time; what a digest carries is always decided on the diary
 * stream itself.
 */
final class DiaryOutbox implements OutboxSource {

    private final Log log;
    private final FoldedStreams<DiaryState, DiaryEvent> streams;
    private final Diaries diaries;
    private final Map<String, Instant> lastDigests = new ConcurrentHashMap<>();

    DiaryOutbox(Log log, FoldedStreams<DiaryState, DiaryEvent> streams, Diaries diaries) {
        this.log = log;
        this.streams = streams;
        this.diaries = diaries;
    }

    @Override
    public List<String> streams(String schoolId) {
        return log.store().streamIds(SchoolStreams.diaryPrefix(schoolId)).stream()
                .filter(stream -> owns(schoolId, stream)).toList();
    }

    @Override
    public boolean owns(String schoolId, String stream) {
        return SchoolStreams.diaryStudent(schoolId, stream).isPresent();
    }

    @Override
    public Map<String, OutboxItem> outbox(String schoolId, String stream) {
        String student = SchoolStreams.diaryStudent(schoolId, stream).orElseThrow();
        return streams.load(stream, DiaryState.empty(student)).state().outbox();
    }

    @Override
    public boolean claim(String schoolId, String stream, String key, String dispatcher, Duration lease) {
        String student = SchoolStreams.diaryStudent(schoolId, stream).orElseThrow();
        return diaries.append(schoolId, student, Notifications.NOTIFIER, (state, now) ->
                OutboxItem.claimable(state.outbox(), key, now)
                        ? List.of(new DigestClaimed(key, dispatcher, now, now.plus(lease)))
                        : List.of());
    }

    @Override
    public void record(String schoolId, String stream, Attempt attempt) {
        String student = SchoolStreams.diaryStudent(schoolId, stream).orElseThrow();
        diaries.append(schoolId, student, Notifications.NOTIFIER, (state, now) -> OutboxItem.pending(state.outbox(), attempt.key())
                ? List.of(new DigestAttempted(attempt.key(), attempt.outcome(), attempt.reason(), attempt.at(),
                        attempt.nextAttemptAt()))
                : List.of());
    }

    @Override
    public List<String> queueDue(SchoolState school, Instant at) {
        List<String> queuedIn = new ArrayList<>();
        ZoneId zone = school.profile().orElseThrow().zone();
        for (GuardianContact contact : Contacts.of(school).byGuardian().values()) {
            Optional<Instant> slot = contact.schedule().latestSlot(at, zone);
            if (slot.isEmpty() || !contact.mayBeEmailed()
                    || contact.settingsSince().filter(since -> !since.isAfter(slot.get())).isEmpty()) {
                continue;
            }
            for (Student student : Roster.of(school).studentsOf(contact.guardianId())) {
                if (queue(school, contact, student, slot.get(), at, zone)) {
                    queuedIn.add(SchoolStreams.diary(school.schoolId(), student.personId()));
                }
            }
        }
        return queuedIn;
    }

    /** Queues a guardian's digest of a child for the slot if it is due and carries anything; returns whether it did. */
    private boolean queue(SchoolState school, GuardianContact contact, Student student, Instant slot, Instant at,
            ZoneId zone) {
        String memo = school.schoolId() + "/" + contact.guardianId() + "/" + student.personId();
        Instant known = lastDigests.computeIfAbsent(memo, m -> diaries.stream(school.schoolId(), student.personId())
                .lastDigest(contact.guardianId()).orElse(Instant.MIN));
        if (!known.isBefore(slot)) {
            return false;
        }
        Instant since = known.equals(Instant.MIN) ? slot.minus(contact.schedule().interval()) : known;
        Map<JournalKey, JournalState> studentJournals = diaries.journalsOf(school, student.personId(),
                since.atZone(zone).toLocalDate(), at.atZone(zone).toLocalDate());
        boolean[] queued = {false};
        diaries.append(school.schoolId(), student.personId(), Notifications.NOTIFIER, (state, now) -> {
            if (state.lastDigest(contact.guardianId()).filter(last -> !last.isBefore(slot)).isPresent()) {
                return List.of();
            }
            Optional<DigestQueued> digest = Digest.due(school, contact, student, studentJournals, state, slot, at);
            queued[0] = digest.isPresent();
            return digest.<List<DiaryEvent>>map(List::of).orElse(List.of());
        });
        lastDigests.put(memo, slot);
        return queued[0];
    }
}
