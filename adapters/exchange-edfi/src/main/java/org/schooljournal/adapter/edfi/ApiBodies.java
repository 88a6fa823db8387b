package org.schooljournal.adapter.edfi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The same data as the interchange files, as JSON bodies of the Ed-Fi API resources (EXC-1) for a
 * host that posts them: {@code POST /ed-fi/studentSectionAttendanceEvents} and
 * {@code POST /ed-fi/grades} of an Ed-Fi API for Data Standard v5. References are flat objects of
 * their identities' fields, descriptors URIs, and the school year the API's number of the year the
 * school year ends (2027 for 2026-2027). Written with Jackson.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApiBodies {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ApiBodies() {
    }

    /** Returns the body of a {@code studentSectionAttendanceEvents} resource for the event. */
    public static String studentSectionAttendanceEvent(SectionAttendanceEvent event) {
        Objects.requireNonNull(event, "event");
        ObjectNode body = JSON.createObjectNode();
        body.put("attendanceEventCategoryDescriptor", event.category().descriptor());
        body.put("eventDate", event.eventDate().toString());
        section(body.putObject("sectionReference"), event.section());
        body.putObject("studentReference").put("studentUniqueId", event.studentUniqueId());
        event.reason().ifPresent(reason -> body.put("attendanceEventReason", reason));
        event.arrivalTime().ifPresent(time -> body.put("arrivalTime", TIME.format(time)));
        if (!event.classPeriods().isEmpty()) {
            ArrayNode periods = body.putArray("classPeriods");
            for (int lesson : event.classPeriods()) {
                periods.addObject().putObject("classPeriodReference")
                        .put("classPeriodName", Integer.toString(lesson))
                        .put("schoolId", event.section().schoolId());
            }
        }
        return text(body);
    }

    /** Returns the body of a {@code grades} resource for the grade. */
    public static String grade(SectionGrade grade) {
        Objects.requireNonNull(grade, "grade");
        ObjectNode body = JSON.createObjectNode();
        body.put("gradeTypeDescriptor", grade.type().descriptor());
        GradingPeriod period = grade.gradingPeriod();
        body.putObject("gradingPeriodReference")
                .put("gradingPeriodDescriptor", period.descriptor())
                .put("gradingPeriodName", period.name())
                .put("schoolId", period.schoolId())
                .put("schoolYear", period.apiSchoolYear());
        ObjectNode association = body.putObject("studentSectionAssociationReference");
        association.put("beginDate", grade.beginDate().toString());
        section(association, grade.section());
        association.put("studentUniqueId", grade.studentUniqueId());
        body.put("letterGradeEarned", grade.earned().letter());
        grade.earned().numeric().ifPresent(number -> body.put("numericGradeEarned", number));
        grade.earned().description().ifPresent(text -> body.put("gradeEarnedDescription", text));
        return text(body);
    }

    private static void section(ObjectNode reference, Section section) {
        reference.put("localCourseCode", section.localCourseCode())
                .put("schoolId", section.schoolId())
                .put("schoolYear", section.apiSchoolYear())
                .put("sectionIdentifier", section.sectionIdentifier())
                .put("sessionName", section.sessionName());
    }

    private static String text(ObjectNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of texts and numbers always writes: " + e.getMessage(), e);
        }
    }
}
