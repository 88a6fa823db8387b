package org.schooljournal.core.journal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.ArrayList;
import java.util.List;
import org.schooljournal.core.school.SchoolId;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;

/**
 * Corrects an entry — a topic, homework, an absence, a mark, a note, a period mark — by the
 * controlled procedure of MRK-10: the original and every earlier value stay in the entry's history
 * with their authors, and the correction names its author, instant and reason. «н» becomes «б» or
 * «ну» this way when a guardian brings a document. An empty value removes the entry (a mark given
 * to the wrong student, say), which stays in the history too. The subject teacher corrects while
 * the period is open; the administration always (MRK-9).
 *
 * @param schoolId the school
 * @param holderCode the class or group
 * @param subjectCode the subject
 * @param entry the entry's number in the journal
 * @param value the new value as the journal shows it; empty to remove the entry
 * @param reason why, such as «справка от врача № 123»
 */
public record CorrectEntry(
        @NotNull @Pattern(regexp = SchoolId.PATTERN) String schoolId,
        @NotBlank String holderCode,
        @NotBlank String subjectCode,
        @Positive int entry,
        @NotNull String value,
        @NotBlank String reason) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState journal) {
        JournalScope scope = JournalScope.of(context, journal(), this);
        JournalEntry corrected = journal.entry(entry).orElseThrow(() ->
                NotFoundException.of(this, "entry", entry, "is not an entry of journal " + journal.key()));
        JournalGate.requireCorrect(context, scope, journal, corrected, this);
        String newValue = value.strip();
        requireFits(corrected, newValue, journal.grading());
        if (newValue.equals(corrected.current().value())) {
            return List.of();
        }
        List<JournalEvent> events = new ArrayList<>();
        events.add(new EntryCorrected(entry, newValue, context.actor().personId(), context.now(), reason.strip()));
        if (corrected.kind() == EntryKind.ATTENDANCE && corrected.current().value().equals(AbsenceCode.UNEXCUSED.code())
                && !newValue.isEmpty() && !newValue.equals(AbsenceCode.UNEXCUSED.code())) {
            events.addAll(JournalNotices.excused(context, journal, corrected, newValue));
        }
        return events;
    }

    private void requireFits(JournalEntry corrected, String newValue, GradingSystem grading) {
        if (newValue.isEmpty()) {
            return;
        }
        boolean fits = switch (corrected.kind()) {
            case ATTENDANCE -> AbsenceCode.ofCode(newValue).isPresent();
            case MARK -> grading.allows(newValue);
            case PERIOD_MARK -> grading.allows(newValue) || SpecialMark.ofCode(newValue).isPresent();
            case TOPIC, HOMEWORK, NOTE, EXAM_RESULT, REMARK, GUARDIAN_MESSAGE -> true;
        };
        if (!fits) {
            throw InvalidCommandException.of(this, "value", newValue, "does not fit entry " + entry + ", "
                    + corrected.kind() + switch (corrected.kind()) {
                        case ATTENDANCE -> ": an absence code is «н», «б» or «ну» (ATT-1)";
                        case PERIOD_MARK -> ": a period mark is one of " + grading.marks()
                                + " or «осв», «н/а», «безотм» (MRK-7)";
                        default -> ": the grading system " + grading + " allows " + grading.marks() + " (MRK-1)";
                    });
        }
    }
}
