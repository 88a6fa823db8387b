package org.schooljournal.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.RegisterSchool;

/**
 * The one grammar of identifiers ({@link Identifiers}) and its constraints: what a school's and a
 * person's identifier and a code may hold, and that whatever it accepts stays one segment of a
 * stream name and one line of a message.
 */
@DisplayName("One grammar for identifiers: school, person, code")
class IdentifiersTest {

    private final CommandValidator validator = new CommandValidator();

    @ParameterizedTest
    @ValueSource(strings = {"t-math", "1000299654", "auth0|5f7c8ec7c33c6c004bbafe82", "user+school@example.org",
            "system:notifier", "учитель-5а", "директор", "s_1.2", "Ж"})
    @DisplayName("a person's identifier from ЕСИА, an OpenID Connect subject or a host's own logins is accepted")
    void personIdsAccepted(String id) {
        assertThat(Identifiers.isPersonId(id)).isTrue();
        assertThat(Identifiers.isPersonId("x".repeat(Identifiers.PERSON_ID_MAX))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "g-\nx", "g\r", "g\u0000", "g\tx", "a/b", "a%b", "a b", "a\u00A0b", "-a", ".a",
            "e\u0301", "a\uD800", "\u202Ea", "a\u200Bb", "a\"b", "a'b", "a<b", "a\\b"})
    @DisplayName("a person's identifier with a line break, NUL, slash, percent, space, quote, combining mark, lone "
            + "surrogate or bidi control, or not starting with a letter or digit, is refused")
    void personIdsRefused(String id) {
        assertThat(Identifiers.isPersonId(id)).isFalse();
    }

    @Test
    @DisplayName("a person's identifier over 64 characters, a school's over 32, a code over 32 are refused")
    void lengthsBounded() {
        assertThat(Identifiers.isPersonId("x".repeat(65))).isFalse();
        assertThat(Identifiers.isPersonId("𝐀".repeat(33))).as("66 UTF-16 units").isFalse();
        assertThat(Identifiers.isSchoolId("8".repeat(32))).isTrue();
        assertThat(Identifiers.isSchoolId("8".repeat(33))).isFalse();
        assertThat(Identifiers.isCode("к".repeat(32))).isTrue();
        assertThat(Identifiers.isCode("к".repeat(33))).isFalse();
    }

    @Test
    @DisplayName("a school's identifier is ASCII, safe as a file name; a code has letters of any script but no slash")
    void schoolIdsAndCodes() {
        assertThat(List.of("86-001", "school.1", "A_1")).allMatch(Identifiers::isSchoolId);
        assertThat(List.of("86 001", "школа-1", "-86", ".", "..", "a/b", "a\\b", "a:b")).noneMatch(Identifiers::isSchoolId);
        assertThat(List.of("5А", "5А-англ-1", "math", "201", "МАТ")).allMatch(Identifiers::isCode);
        assertThat(List.of("2/14", "a%2F", "5 А", "", "-5")).noneMatch(Identifiers::isCode);
    }

    @Test
    @Tag("ACC-7")
    @DisplayName("a command's identifier field is refused with VALIDATION naming the field, its value escaped, and the rule")
    void constraintNamesFieldValueAndRule() {
        assertThatThrownBy(() -> validator.validate(new AssignRole("86-001", "g-\nx", Role.HEAD)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations()).containsExactly(
                        new InvalidCommandException.Violation("personId", "g-\\nx", Identifiers.PERSON_ID_RULE)));
        assertThatThrownBy(() -> validator.validate(new RegisterSchool("86/001", "МБОУ", java.time.ZoneOffset.UTC)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(InvalidCommandException.Violation::rule).containsExactly(Identifiers.SCHOOL_ID_RULE));
    }

    @Test
    @Tag("ACC-7")
    @DisplayName("ACC-7: the actor every event records is checked by the same grammar, as the field actor")
    void actorChecked() {
        assertThatThrownBy(() -> validator.validate("admin\n", new AssignRole("86-001", "g-1", Role.HEAD)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(InvalidCommandException.Violation::field).containsExactly("actor"));
    }

    @Test
    @DisplayName("whatever a person's identifier the grammar accepts is one segment of a diary's stream, read back the same, "
            + "and holds no control character")
    void acceptedIdsStayOneSegment() {
        List<String> first = List.of("a", "Z", "0", "9", "ж", "Ё", "ß", "𝐀", "ǅ", "٣");
        List<String> rest = List.of("a", "Z", "0", "ж", "Ё", "𝐀", ".", "_", "-", "@", ":", "+", "|");
        qt().withExamples(2000).forAll(arbitrary().pick(first).zip(lists().of(arbitrary().pick(rest)).ofSizeBetween(0, 40),
                        (head, tail) -> head + String.join("", tail)))
                .checkAssert(id -> {
                    assertThat(Identifiers.isPersonId(id)).isTrue();
                    String stream = SchoolStreams.diary("86-001", id);
                    assertThat(SchoolStreams.diaryStudent("86-001", stream)).contains(id);
                    assertThat(stream.substring(SchoolStreams.diaryPrefix("86-001").length())).doesNotContain("/");
                    assertThat(id.chars().noneMatch(Character::isISOControl)).isTrue();
                    assertThat(id).doesNotContain("/", "%", " ");
                });
    }
}
