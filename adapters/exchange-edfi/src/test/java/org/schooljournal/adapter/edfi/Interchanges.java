package org.schooljournal.adapter.edfi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official Ed-Fi Data Standard v5.0 interchange schemas of the test resources
 * ({@code edfi-xsd/}), each compiled once, and the problems a file has against one of them.
 */
final class Interchanges {

    static final Interchanges ATTENDANCE = new Interchanges("Interchange-StudentAttendance.xsd");
    static final Interchanges GRADE = new Interchanges("Interchange-StudentGrade.xsd");

    private final String file;
    private Schema schema;

    private Interchanges(String file) {
        this.file = file;
    }

    /** Returns every error and warning the file has against the schema, with its line and column; none for a valid file. */
    List<String> problems(byte[] xml) throws IOException, SAXException {
        Validator validator = schema().newValidator();
        List<String> problems = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add(text("warning", e));
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(text("error", e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(text("fatal", e));
            }
        });
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        return problems;
    }

    private static String text(String level, SAXParseException e) {
        return level + " at " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }

    private synchronized Schema schema() throws SAXException {
        if (schema == null) {
            URL url = Objects.requireNonNull(Interchanges.class.getResource("/edfi-xsd/" + file), file);
            schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(url);
        }
        return schema;
    }
}
