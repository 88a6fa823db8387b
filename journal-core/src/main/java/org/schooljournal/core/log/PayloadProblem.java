package org.schooljournal.core.log;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.schooljournal.core.validation.Excerpt;

/**
 * Why a stored payload does not decode, in the log's words: where in the payload (the path of
 * fields, the line and column) and what is wrong, never the library's message, which names the
 * engine's internal classes; the original exception stays the cause.
 *
 * <p>This class is stateless and thread-safe.
 */
final class PayloadProblem {

    private PayloadProblem() {
    }

    /** Returns the problem of a failed read, in one phrase. */
    static String of(Exception e) {
        if (e instanceof ClassCastException) {
            return "its payload is not a JSON object";
        }
        if (e instanceof JsonParseException parse) {
            return "its payload is not well-formed JSON" + at(parse.getLocation());
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return "its payload cannot be read";
        }
        String where = path(mapping);
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return "its payload has a field " + Excerpt.of(unknown.getPropertyName()) + " the type does not know, at "
                    + where;
        }
        if (mapping instanceof InvalidFormatException format) {
            return "the value " + Excerpt.of(String.valueOf(format.getValue())) + " at " + where
                    + " is not of the field's form";
        }
        if (mapping instanceof ValueInstantiationException refused && refused.getCause() != null) {
            return "its values are refused at " + where + ": " + Excerpt.of(String.valueOf(refused.getCause().getMessage()));
        }
        return "a value at " + where + " is missing or of the wrong kind" + at(mapping.getLocation());
    }

    /** Returns the path of fields to the problem, such as {@code lesson.slot} or {@code items[2]}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(Excerpt.of(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "the payload's top" : "field " + path;
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
