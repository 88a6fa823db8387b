package org.schooljournal.adapter.oneroster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.spi.ErrorCode;

/** Each broken file is refused with its file, line and column, and nothing is applied (EXC-3). */
@Tag("EXC-3")
class BrokenFilesTest {

    private static final byte[] EXPORTED = RosterSchool.example().zip();

    private RosterSchool school;
    private SchoolState before;

    @BeforeEach
    void emptySchool() {
        school = RosterSchool.empty();
        before = school.state();
    }

    /** Returns the first fault the refusal names in the file. */
    private RowError refused(byte[] zip, String file) {
        OneRosterException refusal = catchThrowableOfType(OneRosterException.class, () -> school.importZip(zip));
        assertThat(refusal).as("the import is refused").isNotNull();
        assertThat(refusal.code()).isEqualTo(ErrorCode.VALIDATION);
        assertThat(school.state()).as("nothing applied").isEqualTo(before);
        assertThat(refusal.getMessage()).contains(refusal.errors().get(0).toString());
        return refusal.errors().stream().filter(error -> error.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError("no fault in " + file + ": " + refusal.getMessage()));
    }

    private static byte[] editLine(String file, int line, UnaryOperator<String> edit) {
        return ZipEdits.edit(EXPORTED, file, text -> {
            List<String> lines = new java.util.ArrayList<>(List.of(text.split("\r\n", -1)));
            lines.set(line - 1, edit.apply(lines.get(line - 1)));
            return String.join("\r\n", lines);
        });
    }

    @Test
    @DisplayName("EXC-3: a missing column is refused naming the file, the header line and the column")
    void missingColumn() {
        byte[] zip = ZipEdits.edit(EXPORTED, "orgs.csv", text -> text.replace(",identifier,", ",").replace(",86-001,", ","));
        RowError error = refused(zip, "orgs.csv");
        assertThat(error.file()).isEqualTo("orgs.csv");
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo("identifier");
        assertThat(error.rule()).contains("missing");
    }

    @Test
    @DisplayName("EXC-3: a bad date is refused naming its file, line, column and value")
    void badDate() {
        byte[] zip = editLine("demographics.csv", 2, line -> line.replaceFirst("\\d{4}-\\d{2}-\\d{2},", "2015-02-30,"));
        RowError error = refused(zip, "demographics.csv");
        assertThat(error).isEqualTo(new RowError("demographics.csv", 2, "birthDate", "2015-02-30",
                "must be a date YYYY-MM-DD"));
    }

    @Test
    @DisplayName("EXC-3: a dangling reference is refused naming the row and the id that resolves to nothing")
    void danglingReference() {
        byte[] zip = ZipEdits.edit(EXPORTED, "enrollments.csv", text -> text.replaceFirst(",s-ivanov,", ",s-nobody,"));
        RowError error = refused(zip, "enrollments.csv");
        assertThat(error.file()).isEqualTo("enrollments.csv");
        assertThat(error.column()).isEqualTo("userSourcedId");
        assertThat(error.value()).isEqualTo("s-nobody");
        assertThat(error.rule()).contains("users.csv");
        assertThat(error.line()).isGreaterThan(1);
    }

    @Test
    @DisplayName("EXC-3: a duplicate sourcedId is refused naming the second row")
    void duplicateSourcedId() {
        byte[] zip = ZipEdits.edit(EXPORTED, "users.csv", text -> {
            String[] lines = text.split("\r\n");
            return text + lines[1] + "\r\n";
        });
        RowError error = refused(zip, "users.csv");
        assertThat(error.file()).isEqualTo("users.csv");
        assertThat(error.column()).isEqualTo("sourcedId");
        assertThat(error.line()).isEqualTo(ZipEdits.entries(EXPORTED).get("users.csv").split("\r\n").length + 1);
        assertThat(error.rule()).contains("unique");
    }

    @Test
    @DisplayName("EXC-3: a wrong enumeration is refused naming the values allowed")
    void wrongEnumeration() {
        byte[] zip = ZipEdits.edit(EXPORTED, "roles.csv", text -> text.replaceFirst(",guardian,", ",mother,"));
        RowError error = refused(zip, "roles.csv");
        assertThat(error.file()).isEqualTo("roles.csv");
        assertThat(error.column()).isEqualTo("role");
        assertThat(error.value()).isEqualTo("mother");
        assertThat(error.rule()).contains("must be one of").contains("guardian");
    }

    @Test
    @DisplayName("EXC-3: CR/LF inside a quoted field is valid CSV but refused: every value is one line")
    void lineBreakInAField() {
        List<String> lines = List.of(ZipEdits.entries(EXPORTED).get("users.csv").split("\r\n"));
        int line = 1 + lines.indexOf(lines.stream().filter(text -> text.contains(",Мария,")).findFirst().orElseThrow());
        byte[] zip = editLine("users.csv", line, text -> text.replaceFirst(",Мария,", ",\"Ма\r\nрия\","));
        RowError error = refused(zip, "users.csv");
        assertThat(error).isEqualTo(new RowError("users.csv", line, "givenName", "Ма\r\nрия",
                "must not hold a line break (CR or LF): every value is one line"));
        assertThat(error.toString()).doesNotContain("\n");
    }

    @Test
    @DisplayName("EXC-3: a header-only file the manifest names bulk is refused")
    void headerOnlyFile() {
        byte[] zip = ZipEdits.edit(EXPORTED, "courses.csv", text -> text.substring(0, text.indexOf("\r\n") + 2));
        RowError error = refused(zip, "courses.csv");
        assertThat(error.file()).isEqualTo("courses.csv");
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.rule()).contains("header only");
    }

    @Test
    @DisplayName("EXC-3: a value the engine refuses (a name mixing scripts) is named by its file, line and column, and nothing is applied")
    void engineRefusalNamesTheRow() {
        byte[] zip = ZipEdits.edit(EXPORTED, "users.csv", text -> text.replace(",Иванов,", ",Ивaнов,"));
        RowError error = refused(zip, "users.csv");
        assertThat(error.file()).isEqualTo("users.csv");
        assertThat(error.column()).isEqualTo("familyName");
        assertThat(error.value()).isEqualTo("Ивaнов");
        assertThat(error.rule()).contains("script");
    }
}
