package org.schooljournal.rules.ruleset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Reads a {@code java.time} value only from its ISO-8601 text ({@code "PT20M"}, {@code "--09-05"}),
 * never from a number whose unit would be a guess.
 */
final class IsoTextDeserializer<T> extends StdScalarDeserializer<T> {

    private final Class<T> type;
    private final transient Function<String, T> parse;
    private final String expected;

    IsoTextDeserializer(Class<T> type, Function<String, T> parse, String expected) {
        super(type);
        this.type = type;
        this.parse = parse;
        this.expected = expected;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return type.cast(context.handleUnexpectedToken(type, parser.currentToken(),
                    parser, "expected %s, found %s", expected, parser.currentToken()));
        }
        String text = parser.getText();
        try {
            return parse.apply(text);
        } catch (DateTimeParseException e) {
            return type.cast(context.handleWeirdStringValue(type, text,
                    "expected %s", expected));
        }
    }
}
