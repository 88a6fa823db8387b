package org.schooljournal.core.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.schooljournal.core.compromise.InvalidatedOperation;
import org.schooljournal.core.compromise.OperationsInvalidated;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.EntryCorrected;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.EntryRecorded;
import org.schooljournal.core.journal.EntryRejudged;
import org.schooljournal.core.journal.EntryTiming;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.LessonRescheduled;
import org.schooljournal.core.journal.MarkExcluded;
import org.schooljournal.core.journal.NoteKind;
import org.schooljournal.core.journal.PeriodMarkDeferred;
import org.schooljournal.core.journal.SubstitutionRecorded;

/**
 * Maps the stored events the feed carries to its items (EXC-2): each journal event type to
 * {@link FeedData}'s records, and a compromise's act to one invalidation per entry it declares
 * invalid (PD-4). Total over what the log holds: an entry the feed cannot place (a mark without its
 * student), a correction of one, and an act's operation on no journal entry yield nothing.
 * This class has no instances; it is thread-safe.
 */
final class FeedMapping {

    /** The stored types of a journal's stream that the feed carries; it decodes no other. */
    static final Set<String> JOURNAL_TYPES = Set.of("EntryRecorded", "EntryCorrected", "SubstitutionRecorded",
            "LessonRescheduled", "PeriodMarkDeferred", "MarkExcluded", "EntryRejudged");

    /** The stored type of a school's stream that the feed carries: a compromise's act. */
    static final String INVALIDATED = "OperationsInvalidated";

    /** An item and whose diary shows it. */
    record Mapped(FeedItem item, Audience audience) {
    }

    /** The journal entry an invalidated operation recorded or corrected. */
    record Target(JournalKey journal, JournalEntry entry) {
    }

    private FeedMapping() {
    }

    /**
     * Returns the items of a journal's stored event.
     *
     * @param source the journal's {@link #source}, which a page computes once per journal
     * @param entries the journal's entries by number, as the journal holds them now
     */
    static List<Mapped> journal(URI source, JournalKey key, UUID eventId, Instant time, Object event,
            IntFunction<Optional<JournalEntry>> entries) {
        String id = id(eventId, 0);
        if (event instanceof EntryRecorded recorded) {
            return recorded(key, recorded).map(data -> List.of(mapped(id, source, time, data,
                    Audience.of(key, recorded.kind(), recorded.studentId(), recorded.lesson())))).orElse(List.of());
        }
        if (event instanceof EntryCorrected corrected) {
            return entries.apply(corrected.number()).flatMap(entry -> typeOf(entry.kind(), entry.details())
                    .map(type -> mapped(id, source, time, new FeedData.Correction(key.holderCode(),
                            key.subjectCode(), entry.number(), type, entry.studentId(),
                            entry.lesson().map(LessonRef::date), entry.lesson().map(LessonRef::slot), corrected.value(),
                            corrected.value().isEmpty(), corrected.reason()), Audience.of(key, entry))))
                    .map(List::of).orElse(List.of());
        }
        if (event instanceof MarkExcluded excluded) {
            return entries.apply(excluded.number()).filter(entry -> entry.kind() == EntryKind.MARK)
                    .flatMap(entry -> entry.studentId().map(student -> mapped(id, source, time,
                            new FeedData.Exclusion(key.holderCode(), key.subjectCode(), entry.number(), student,
                                    excluded.reason()), Audience.of(key, entry))))
                    .map(List::of).orElse(List.of());
        }
        if (event instanceof EntryRejudged rejudged) {
            return entries.apply(rejudged.entry()).flatMap(entry -> typeOf(entry.kind(), entry.details())
                    .map(type -> mapped(id, source, time, new FeedData.Rejudgement(key.holderCode(),
                            key.subjectCode(), entry.number(), type, entry.studentId(), rejudged.timing().late()),
                            Audience.of(key, entry))))
                    .map(List::of).orElse(List.of());
        }
        if (event instanceof SubstitutionRecorded substitution) {
            return List.of(mapped(id, source, time, new FeedData.Substitution(key.holderCode(),
                    key.subjectCode(), substitution.lesson().date(), substitution.lesson().slot(),
                    substitution.teacherId()), Audience.lesson(key, substitution.lesson())));
        }
        if (event instanceof LessonRescheduled moved) {
            return List.of(mapped(id, source, time, new FeedData.Move(key.holderCode(), key.subjectCode(),
                    moved.from().date(), moved.from().slot(), moved.to().date(), moved.to().slot(), moved.reason()),
                    Audience.lesson(key, moved.from())));
        }
        if (event instanceof PeriodMarkDeferred deferred) {
            return List.of(mapped(id, source, time, new FeedData.Deferral(key.holderCode(), key.subjectCode(),
                    deferred.deferral().studentId(), deferred.deferral().period(), deferred.deferral().dueDate(),
                    deferred.deferral().reason()), Audience.student(key, deferred.deferral().studentId())));
        }
        return List.of();
    }

    /**
     * Returns the items of a compromise's act: one invalidation for each operation that recorded
     * or corrected a journal's entry, its index among the act's operations in its id.
     *
     * @param targets the entry each operation recorded or corrected, if it did
     */
    static List<Mapped> invalidated(String schoolId, UUID eventId, Instant time, OperationsInvalidated act,
            Function<InvalidatedOperation, Optional<Target>> targets) {
        List<Mapped> items = new ArrayList<>();
        for (int i = 0; i < act.operations().size(); i++) {
            InvalidatedOperation operation = act.operations().get(i);
            int index = i;
            targets.apply(operation).filter(target -> typeOf(target.entry().kind(), target.entry().details()).isPresent())
                    .ifPresent(target -> items.add(mapped(id(eventId, index),
                            source(schoolId, Optional.of(target.journal())), time, new FeedData.Invalidation(
                                    target.journal().holderCode(), target.journal().subjectCode(),
                                    target.entry().number(), id(operation.eventId(), 0), target.entry().studentId(),
                                    act.report()), Audience.of(target.journal(), target.entry()))));
        }
        return items;
    }

    /** Returns the data of a recorded entry, if the feed carries its kind. */
    private static Optional<FeedData> recorded(JournalKey key, EntryRecorded entry) {
        String holder = key.holderCode();
        String subject = key.subjectCode();
        Optional<LocalDate> date = entry.lesson().map(LessonRef::date);
        int slot = entry.lesson().map(LessonRef::slot).orElse(0);
        Optional<String> student = entry.studentId();
        Map<String, String> details = entry.details();
        boolean late = entry.timing().filter(EntryTiming::late).isPresent();
        String value = entry.value();
        return switch (entry.kind()) {
            case MARK -> both(date, student).map(d -> new FeedData.Mark(holder, subject, entry.number(), d,
                    slot, student.get(), value, details.getOrDefault("work", ""), weight(details),
                    Optional.ofNullable(details.get("comment")), late));
            case ATTENDANCE -> both(date, student).map(d -> new FeedData.Absence(holder, subject, entry.number(), d,
                    slot, student.get(), value, AbsenceCode.ofCode(value).map(Enum::name).orElse(""), late));
            case NOTE -> date.map(d -> lateness(details) && student.isPresent()
                    ? new FeedData.Lateness(holder, subject, entry.number(), d, slot, student.get(), value)
                    : new FeedData.Note(holder, subject, entry.number(), d, slot, student,
                            details.getOrDefault("kind", ""), value));
            case HOMEWORK -> date.map(d -> new FeedData.Homework(holder, subject, entry.number(), d, slot, student,
                    value, Optional.ofNullable(details.get("manner"))));
            case TOPIC -> date.map(d -> new FeedData.Topic(holder, subject, entry.number(), d, slot, value,
                    details.getOrDefault("kind", "")));
            case REMARK -> student.map(s -> new FeedData.Remark(holder, subject, entry.number(), date, s, value));
            case GUARDIAN_MESSAGE -> student.map(s -> new FeedData.Message(holder, subject, entry.number(), date, s,
                    value));
            case PERIOD_MARK -> student.flatMap(s -> entry.period().map(period -> new FeedData.PeriodMark(holder,
                    subject, entry.number(), s, period, value)));
            case EXAM_RESULT -> student.map(s -> new FeedData.ExamResult(holder, subject, entry.number(), s,
                    details.getOrDefault("exam", ""), value, instant(details.get("obtainedAt")), late));
        };
    }

    /** Returns the feed type of the items of an entry's kind, if the feed carries it. */
    static Optional<String> typeOf(EntryKind kind, Map<String, String> details) {
        return switch (kind) {
            case MARK -> Optional.of(FeedData.Mark.TYPE);
            case ATTENDANCE -> Optional.of(FeedData.Absence.TYPE);
            case NOTE -> Optional.of(lateness(details) ? FeedData.Lateness.TYPE : FeedData.Note.TYPE);
            case HOMEWORK -> Optional.of(FeedData.Homework.TYPE);
            case TOPIC -> Optional.of(FeedData.Topic.TYPE);
            case REMARK -> Optional.of(FeedData.Remark.TYPE);
            case GUARDIAN_MESSAGE -> Optional.of(FeedData.Message.TYPE);
            case PERIOD_MARK -> Optional.of(FeedData.PeriodMark.TYPE);
            case EXAM_RESULT -> Optional.of(FeedData.ExamResult.TYPE);
        };
    }

    /** Returns the id of the index-th item of a stored event. */
    static String id(UUID eventId, int index) {
        return eventId + "/" + index;
    }

    /** Returns the source of a school's items, or of one journal's: {@code /schools/<id>/journals/<holder>/<subject>}. */
    static URI source(String schoolId, Optional<JournalKey> journal) {
        String path = "/schools/" + schoolId + journal.map(key -> "/journals/" + key.holderCode() + "/"
                + key.subjectCode()).orElse("");
        try {
            return URI.create(new URI(null, null, path, null).toASCIIString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a school's and journal's codes make no path: " + path, e);
        }
    }

    /** Returns an item and its audience; the item's subject is the audience's student. */
    private static Mapped mapped(String id, URI source, Instant time, FeedData data, Audience audience) {
        return new Mapped(new FeedItem(id, source, time, audience.student(), data), audience);
    }

    private static boolean lateness(Map<String, String> details) {
        return NoteKind.LATENESS.name().equals(details.get("kind"));
    }

    private static int weight(Map<String, String> details) {
        String weight = details.getOrDefault("weight", "1");
        return weight.matches("[0-9]{1,6}") ? Integer.parseInt(weight) : 1;
    }

    /** Returns an instant as the log wrote it, or empty if none or not one: mapping never fails. */
    private static Optional<Instant> instant(String text) {
        try {
            return Optional.ofNullable(text).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static <T> Optional<LocalDate> both(Optional<LocalDate> date, Optional<T> other) {
        return other.isPresent() ? date : Optional.empty();
    }
}
