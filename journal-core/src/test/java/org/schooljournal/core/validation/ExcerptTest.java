package org.schooljournal.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Values as messages show them ({@link Excerpt}): escaped and cut. */
@DisplayName("Messages cut long values and escape control characters")
class ExcerptTest {

    @Test
    @DisplayName("a 1 MB value is cut after 100 characters with an ellipsis and its length")
    void longValueCut() {
        assertThat(Excerpt.of("a".repeat(1 << 20))).isEqualTo("a".repeat(100) + "…(1048576 characters)");
        assertThat(Excerpt.of("a".repeat(100))).isEqualTo("a".repeat(100));
    }

    @Test
    @DisplayName("line breaks, NUL, escape sequences, bidi controls and lone surrogates are escaped; a pair is kept whole")
    void controlsEscaped() {
        assertThat(Excerpt.of("g-\nx\r\t\u0000\u001B\u202E\uD800")).isEqualTo("g-\\nx\\r\\t\\u0000\\u001B\\u202E\\uD800");
        assertThat(Excerpt.of("😀ё")).isEqualTo("😀ё");
        assertThat(Excerpt.of("a".repeat(99) + "😀b")).as("a surrogate pair is not cut in two")
                .isEqualTo("a".repeat(99) + "…(102 characters)");
    }

    @Test
    @DisplayName("a violation and a NOT_FOUND keep the value as the message shows it: a 1 MB identifier is never echoed whole")
    void exceptionsCut() {
        String huge = "g".repeat(1 << 20);
        InvalidCommandException invalid = new InvalidCommandException("AssignRole",
                List.of(new InvalidCommandException.Violation("personId", huge, Identifiers.PERSON_ID_RULE)));
        assertThat(invalid.getMessage()).hasSizeLessThan(600).contains("…(1048576 characters)");
        NotFoundException missing = NotFoundException.of(ExcerptTest.class, "studentId", huge + "\n",
                "is not a student of school 86-001");
        assertThat(missing.getMessage()).hasSizeLessThan(300).doesNotContain("\n").contains("…(1048577 characters)");
        assertThat(missing.value()).hasSizeLessThan(200);
    }
}
