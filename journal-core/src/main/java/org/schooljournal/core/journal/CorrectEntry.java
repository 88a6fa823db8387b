package org.schooljournal.core.journal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.Paragraphs;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;

/**
 * Corrects an entry — a topic, homework, an absence, a mark, a note, a period mark — by the
 * controlled procedure of MRK-10: the original and every earlier value stay in the entry's history
 * with their authors, and the correction names its author, instant and reason. «н» becomes «б» or
 * «ну» this way when a guardian brings a document. A removal (a mark given to the wrong student,
 * say) stays in the history too. The subject teacher corrects while the period is open; the
 * administration always (MRK-9).
 *
 * <p>The factories say what the new value is: {@link #mark}, {@link #absence}, {@link #text},
 * {@link #removal}. The entry is named by the {@link EntryRef} of the command that made it:
 *
 * <pre>{@code
 * EntryRef absence = engine.execute(teacher, recordAbsence).entry();
 * engine.execute(teacher, CorrectEntry.absence(schoolId, absence, AbsenceCode.ILLNESS, "справка от врача № 123"));
 * }</pre>
 *
 * @param schoolId the school
 * @param entry the entry
 * @param value the new value as the journal shows it; empty to remove the entry
 * @param reason why, such as «справка от врача № 123»
 */
public record CorrectEntry(
        @NotNull @SchoolId String schoolId,
        @NotNull @Valid EntryRef entry,
        @NotNull @Paragraphs(max = Texts.MESSAGE) String value,
        @NotBlank @OneLine(max = Texts.REASON) String reason) implements JournalCommand {

    /** Returns the correction of a mark or a period mark to another mark (MRK-10). */
    public static CorrectEntry mark(String schoolId, EntryRef entry, Mark mark, String reason) {
        Objects.requireNonNull(mark, "mark");
        return new CorrectEntry(schoolId, entry, mark.value(), reason);
    }

    /** Returns the correction of an absence to another code, such as «н» to «б» (ATT-1, MRK-10). */
    public static CorrectEntry absence(String schoolId, EntryRef entry, AbsenceCode code, String reason) {
        Objects.requireNonNull(code, "code");
        return new CorrectEntry(schoolId, entry, code.code(), reason);
    }

    /**
     * Returns the correction of a text entry — a topic, homework, a note, a remark, a message, an
     * exam result — to another text (MRK-10).
     *
     * @throws IllegalArgumentException if the text is blank: a removal is {@link #removal}
     */
    public static CorrectEntry text(String schoolId, EntryRef entry, String text, String reason) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank; a removal is CorrectEntry.removal");
        }
        return new CorrectEntry(schoolId, entry, text, reason);
    }

    /** Returns the removal of an entry, which stays in its history (MRK-10). */
    public static CorrectEntry removal(String schoolId, EntryRef entry, String reason) {
        return new CorrectEntry(schoolId, entry, "", reason);
    }

    /** Returns the journal of the entry. */
    @Override
    public JournalKey journal() {
        return entry.journal();
    }

    List<JournalEvent> decide(JournalContext context, JournalState state) {
        JournalScope scope = JournalScope.of(context, journal(), this);
        JournalEntry corrected = state.entry(entry.number()).orElseThrow(() ->
                NotFoundException.of(this, "entry", entry, "is not an entry of journal " + state.key()));
        JournalGate.requireCorrect(context, scope, state, corrected, this);
        String newValue = value.strip();
        requireFits(corrected, newValue, state.grading());
        if (newValue.equals(corrected.current().value())) {
            return List.of();
        }
        List<JournalEvent> events = new ArrayList<>();
        events.add(new EntryCorrected(entry.number(), newValue, context.actor().personId(), context.now(),
                reason.strip()));
        if (corrected.kind() == EntryKind.ATTENDANCE && corrected.current().value().equals(AbsenceCode.UNEXCUSED.code())
                && !newValue.isEmpty() && !newValue.equals(AbsenceCode.UNEXCUSED.code())) {
            events.addAll(JournalNotices.excused(context, state, corrected, newValue));
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
            throw InvalidCommandException.of(this, "value", newValue, "does not fit entry " + entry.number() + ", "
                    + corrected.kind() + switch (corrected.kind()) {
                        case ATTENDANCE -> ": an absence code is «н», «б» or «ну» (ATT-1)";
                        case PERIOD_MARK -> ": a period mark is one of " + grading.marks()
                                + " or «осв», «н/а», «безотм» (MRK-7)";
                        default -> ": the grading system " + grading + " allows " + grading.marks() + " (MRK-1)";
                    });
        }
    }
}
