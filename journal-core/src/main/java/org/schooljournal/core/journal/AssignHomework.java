package org.schooljournal.core.journal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.Paragraphs;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;
import org.schooljournal.rules.Entry;

/**
 * Records homework (LES-3): its content and manner (read, learn by heart, pages, exercises), for
 * the whole class or for one student, checked against LES-4 (during the lesson or within 1.5 hours
 * after the end of that class's lessons that day; before the lesson only as far ahead as the rule
 * set allows, none by default, else OUT_OF_TIME).
 *
 * @param schoolId the school
 * @param journal the class or group and the subject
 * @param lesson the lesson
 * @param studentId the student of individual homework; empty for the class's
 * @param content what to do, such as «§ 12, упр. 5–7»
 * @param manner how, such as «выучить наизусть»; empty if the content says it
 */
public record AssignHomework(
        @NotNull @SchoolId String schoolId,
        @NotNull @Valid JournalKey journal,
        @NotNull @Valid LessonRef lesson,
        @NotNull Optional<@PersonId String> studentId,
        @NotBlank @Paragraphs(max = Texts.MESSAGE) String content,
        @NotNull Optional<@Pattern(regexp = Texts.NOT_BLANK, message = "must not be blank") @OneLine(max = Texts.TITLE) String> manner) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState state) {
        NewEntry.Lesson target = NewEntry.lesson(context, state, journal, lesson, this);
        JournalScope scope = target.scope();
        studentId.ifPresent(student -> NewEntry.requireStudent(scope, lesson, student, this));
        NewEntry.requireFirst(state, EntryKind.HOMEWORK, lesson, studentId, this);
        EntryTiming timing = Timing.judge(context, new Entry.Homework(target.time(),
                scope.endOfTimetabledLessons(state, lesson.date(), scope.calendar(this))), this);
        Map<String, String> details = manner.map(m -> Map.of("manner", m.strip())).orElse(Map.of());
        return NewEntry.of(context, state, EntryKind.HOMEWORK, lesson, studentId, details, content.strip(),
                Optional.of(timing));
    }
}
