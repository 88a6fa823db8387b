package org.schooljournal.core.journal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.programme.PlannedTopic;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;
import org.schooljournal.rules.Entry;

/**
 * Records a lesson's topic and the kind of lesson (LES-1, LES-2, LES-6): one lesson, one record,
 * so a double lesson is two. The topic is linked to the calendar-thematic plan when it is one of
 * its topics. It is entered from the lesson's start; a topic of the plan as far ahead as the rule
 * set's LES-2 allows (none by default), else OUT_OF_TIME. Recorded by a substitute, it keeps who
 * actually taught (LES-5).
 *
 * @param schoolId the school
 * @param journal the class or group and the subject
 * @param lesson the lesson
 * @param topic the topic
 * @param kind the kind of lesson: a lesson, practical or lab work, excursion, control work
 */
public record RecordTopic(
        @NotNull @SchoolId String schoolId,
        @NotNull @Valid JournalKey journal,
        @NotNull @Valid LessonRef lesson,
        @NotBlank @OneLine(max = Texts.TOPIC) String topic,
        @NotNull LessonKind kind) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState state) {
        NewEntry.Lesson target = NewEntry.lesson(context, state, journal, lesson, this);
        NewEntry.requireFirst(state, EntryKind.TOPIC, lesson, Optional.empty(), this);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("kind", kind.name());
        Programme.of(context.school()).thematicPlan(journal.holderCode(), journal.subjectCode()).ifPresent(plan -> {
            List<PlannedTopic> topics = plan.topics();
            for (int i = 0; i < topics.size(); i++) {
                if (topics.get(i).title().equalsIgnoreCase(topic.strip())) {
                    details.put("plannedTopic", String.valueOf(i + 1));
                    return;
                }
            }
            details.put("plannedTopic", "none");
        });
        boolean planned = details.containsKey("plannedTopic") && !details.get("plannedTopic").equals("none");
        Timing.requireOpen(context, new Entry.Topic(target.time(), planned), this);
        state.substituteOf(lesson).filter(context.actor().personId()::equals)
                .ifPresent(substitute -> details.put("substitute", substitute));
        return NewEntry.of(context, state, EntryKind.TOPIC, lesson, Optional.empty(), details, topic.strip(),
                Optional.empty());
    }
}
