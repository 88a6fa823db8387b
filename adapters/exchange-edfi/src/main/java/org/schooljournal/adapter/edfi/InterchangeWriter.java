package org.schooljournal.adapter.edfi;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes Ed-Fi Data Standard v5 interchange files (EXC-1) with the JDK's StAX writer: the section
 * attendance events as an {@code InterchangeStudentAttendance}, the grades as an
 * {@code InterchangeStudentGrade}, UTF-8, indented, every reference by its identity (school,
 * session, course offering, section, pupil, grading period) as the schema orders it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InterchangeWriter {

    /** The namespace of Ed-Fi Data Standard v5's interchange schemas. */
    public static final String NAMESPACE = "http://ed-fi.org/5.0.0";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** The JDK's StAX writer hands its bytes on one by one; a buffer gathers them. */
    private static final int BUFFER = 1 << 16;
    /** The line breaks and indents of the levels the interchanges reach, made once. */
    private static final String[] INDENTS = indents(16);

    private InterchangeWriter() {
    }

    /**
     * Writes the events as an {@code InterchangeStudentAttendance} of
     * {@code StudentSectionAttendanceEvent}s; the stream stays open.
     *
     * @throws IllegalArgumentException if there is no event: an interchange holds at least one
     * @throws IOException if the stream cannot be written
     */
    public static void attendance(List<SectionAttendanceEvent> events, OutputStream out) throws IOException {
        requireSome("events", events);
        Objects.requireNonNull(out, "out");
        write(out, "InterchangeStudentAttendance", xml -> {
            for (SectionAttendanceEvent event : events) {
                xml.open("StudentSectionAttendanceEvent");
                xml.open("AttendanceEvent");
                xml.leaf("EventDate", event.eventDate().toString());
                xml.leaf("AttendanceEventCategory", event.category().descriptor());
                if (event.reason().isPresent()) {
                    xml.leaf("AttendanceEventReason", event.reason().get());
                }
                xml.close();
                student(xml, event.studentUniqueId());
                section(xml, event.section());
                if (event.arrivalTime().isPresent()) {
                    xml.leaf("ArrivalTime", TIME.format(event.arrivalTime().get()));
                }
                for (int lesson : event.classPeriods()) {
                    xml.open("ClassPeriodReference");
                    xml.open("ClassPeriodIdentity");
                    school(xml, event.section().schoolId());
                    xml.leaf("ClassPeriodName", Integer.toString(lesson));
                    xml.close();
                    xml.close();
                }
                xml.close();
            }
        });
    }

    /**
     * Writes the grades as an {@code InterchangeStudentGrade} of {@code Grade}s; the stream stays open.
     *
     * @throws IllegalArgumentException if there is no grade: an interchange holds at least one
     * @throws IOException if the stream cannot be written
     */
    public static void grades(List<SectionGrade> grades, OutputStream out) throws IOException {
        requireSome("grades", grades);
        Objects.requireNonNull(out, "out");
        write(out, "InterchangeStudentGrade", xml -> {
            for (SectionGrade grade : grades) {
                xml.open("Grade");
                xml.leaf("LetterGradeEarned", grade.earned().letter());
                if (grade.earned().numeric().isPresent()) {
                    xml.leaf("NumericGradeEarned", grade.earned().numeric().get().toPlainString());
                }
                xml.leaf("GradeType", grade.type().descriptor());
                xml.open("StudentSectionAssociationReference");
                xml.open("StudentSectionAssociationIdentity");
                student(xml, grade.studentUniqueId());
                section(xml, grade.section());
                xml.leaf("BeginDate", grade.beginDate().toString());
                xml.close();
                xml.close();
                xml.open("GradingPeriodReference");
                xml.open("GradingPeriodIdentity");
                school(xml, grade.gradingPeriod().schoolId());
                xml.leaf("GradingPeriod", grade.gradingPeriod().descriptor());
                xml.leaf("GradingPeriodName", grade.gradingPeriod().name());
                xml.leaf("SchoolYear", grade.gradingPeriod().interchangeSchoolYear());
                xml.close();
                xml.close();
                if (grade.earned().description().isPresent()) {
                    xml.leaf("GradeEarnedDescription", grade.earned().description().get());
                }
                xml.close();
            }
        });
    }

    private static String[] indents(int levels) {
        String[] indents = new String[levels];
        for (int i = 0; i < levels; i++) {
            indents[i] = "\n" + "  ".repeat(i);
        }
        return indents;
    }

    private static void requireSome(String field, List<?> items) {
        Objects.requireNonNull(items, field);
        if (items.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty: an Ed-Fi interchange holds at least one"
                    + " element (its schema's choice has minOccurs 1), was []");
        }
    }

    private static void student(Xml xml, String studentUniqueId) throws XMLStreamException {
        xml.open("StudentReference");
        xml.open("StudentIdentity");
        xml.leaf("StudentUniqueId", studentUniqueId);
        xml.close();
        xml.close();
    }

    private static void section(Xml xml, Section section) throws XMLStreamException {
        xml.open("SectionReference");
        xml.open("SectionIdentity");
        xml.leaf("SectionIdentifier", section.sectionIdentifier());
        xml.open("CourseOfferingReference");
        xml.open("CourseOfferingIdentity");
        xml.leaf("LocalCourseCode", section.localCourseCode());
        school(xml, section.schoolId());
        xml.open("SessionReference");
        xml.open("SessionIdentity");
        xml.leaf("SessionName", section.sessionName());
        xml.leaf("SchoolYear", section.interchangeSchoolYear());
        school(xml, section.schoolId());
        xml.close();
        xml.close();
        xml.close();
        xml.close();
        xml.close();
        xml.close();
    }

    private static void school(Xml xml, long schoolId) throws XMLStreamException {
        xml.open("SchoolReference");
        xml.open("SchoolIdentity");
        xml.leaf("SchoolId", Long.toString(schoolId));
        xml.close();
        xml.close();
    }

    private static void write(OutputStream out, String root, Body body) throws IOException {
        try {
            BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER);
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(buffered, StandardCharsets.UTF_8.name());
            writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            writer.setDefaultNamespace(NAMESPACE);
            Xml xml = new Xml(writer);
            xml.open(root);
            writer.writeDefaultNamespace(NAMESPACE);
            body.write(xml);
            xml.close();
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
            writer.close();
            buffered.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the Ed-Fi " + root + ": " + e.getMessage(), e);
        }
    }

    /** The body of an interchange, written between its root's tags. */
    private interface Body {
        void write(Xml xml) throws XMLStreamException;
    }

    /** A StAX writer that indents: two spaces a level, a leaf's text on its line. */
    private static final class Xml {

        private final XMLStreamWriter writer;
        private int depth;

        Xml(XMLStreamWriter writer) {
            this.writer = writer;
        }

        void open(String name) throws XMLStreamException {
            indent();
            writer.writeStartElement(NAMESPACE, name);
            depth++;
        }

        void leaf(String name, String text) throws XMLStreamException {
            indent();
            writer.writeStartElement(NAMESPACE, name);
            writer.writeCharacters(text);
            writer.writeEndElement();
        }

        void close() throws XMLStreamException {
            depth--;
            indent();
            writer.writeEndElement();
        }

        private void indent() throws XMLStreamException {
            writer.writeCharacters(depth < INDENTS.length ? INDENTS[depth] : "\n" + "  ".repeat(depth));
        }
    }
}
