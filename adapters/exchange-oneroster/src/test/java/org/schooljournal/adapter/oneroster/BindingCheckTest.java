package org.schooljournal.adapter.oneroster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The binding's structural check on data sets broken in one way each, read from their zips (EXC-1, EXC-3). */
@Tag("EXC-1")
@Tag("EXC-3")
class BindingCheckTest {

    private static final byte[] EXPORTED = RosterSchool.example().zip();

    private static List<RowError> check(byte[] zip) {
        return BindingCheck.check(DataSet.read(new ByteArrayInputStream(zip)));
    }

    private static byte[] edit(String file, String from, String to) {
        return ZipEdits.edit(EXPORTED, file, text -> {
            assertThat(text).contains(from);
            return text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        });
    }

    @Test
    @DisplayName("EXC-1: the export passes, and so does the same set with a BOM and LF line ends")
    void liberalInWhatItReads() {
        assertThat(check(EXPORTED)).isEmpty();
        byte[] relaxed = ZipEdits.edit(EXPORTED, "orgs.csv", text -> "\uFEFF" + text.replace("\r\n", "\n"));
        assertThat(check(relaxed)).isEmpty();
    }

    @Test
    @DisplayName("EXC-1: status and dateLastModified are \"Yes for Delta\": refused when filled in a bulk file or blank in a delta one; a delta's date-time is in UTC")
    void statusAndDateLastModifiedFollowTheMode() {
        byte[] filled = edit("orgs.csv", "86-001,,,", "86-001,active,2026-09-01T00:00:00Z,");
        assertThat(check(filled)).extracting(RowError::file, RowError::column)
                .containsExactly(tuple("orgs.csv", "status"), tuple("orgs.csv", "dateLastModified"));
        byte[] delta = ZipEdits.edit(filled, "manifest.csv", text -> text.replace("file.orgs,bulk", "file.orgs,delta"));
        assertThat(check(delta)).isEmpty();
        byte[] blankDelta = edit("manifest.csv", "file.orgs,bulk", "file.orgs,delta");
        assertThat(check(blankDelta)).extracting(RowError::column).containsExactly("status", "dateLastModified");
        byte[] offset = ZipEdits.edit(delta, "orgs.csv", text -> text.replace("2026-09-01T00:00:00Z",
                "2026-09-01T05:00:00+05:00"));
        assertThat(check(offset)).extracting(RowError::column, RowError::rule).containsExactly(tuple("dateLastModified",
                "must be an ISO 8601 date-time in UTC, such as 2026-09-01T05:00:00Z"));
    }

    @Test
    @DisplayName("EXC-1: an extensible vocabulary takes an ext: term; a closed enumeration and a bare ext: do not")
    void proprietaryTerms() {
        assertThat(check(edit("roles.csv", ",primary,teacher,", ",primary,ext:tutor,"))).isEmpty();
        assertThat(check(edit("roles.csv", ",primary,teacher,", ",ext:main,teacher,")))
                .extracting(RowError::column).containsExactly("roleType");
        assertThat(check(edit("roles.csv", ",primary,teacher,", ",primary,ext:,")))
                .extracting(RowError::column).containsExactly("role");
    }

    @Test
    @DisplayName("EXC-3: the manifest's version, a file present but named absent, and a file named bulk but missing are refused")
    void manifest() {
        assertThat(check(edit("manifest.csv", "oneroster.version,1.2", "oneroster.version,1.1")))
                .extracting(RowError::rule).containsExactly("the property oneroster.version must be 1.2");
        assertThat(check(edit("manifest.csv", "file.roles,bulk", "file.roles,absent")))
                .extracting(RowError::file, RowError::line).contains(tuple("roles.csv", 0L));
        Map<String, String> entries = ZipEdits.entries(EXPORTED);
        entries.remove("demographics.csv");
        assertThat(BindingCheck.check(DataSet.read(new ByteArrayInputStream(ZipEdits.zip(entries)))))
                .extracting(RowError::file, RowError::rule)
                .contains(tuple("demographics.csv",
                        "is missing from the zip, but the manifest's file.demographics is bulk"));
    }

    @Test
    @DisplayName("EXC-3: columns out of the binding's order and a column that is not the binding's nor metadata.* are refused")
    void headerOrder() {
        List<RowError> swapped = check(edit("orgs.csv", "name,type", "type,name"));
        assertThat(swapped).extracting(RowError::column, RowError::value).containsExactly(
                tuple("name", "type"));
        assertThat(swapped.get(0).rule()).startsWith("column 4 must be name");
        List<RowError> extra = check(ZipEdits.edit(EXPORTED, "orgs.csv", text -> text.replace("parentSourcedId\r\n",
                "parentSourcedId,region\r\n").replace("86-001,\r\n", "86-001,,ХМАО\r\n")));
        assertThat(extra).extracting(RowError::column).containsExactly("region");
    }

    @Test
    @DisplayName("EXC-3: a guardian's agent that is no user, and tobedeleted in a bulk file, are refused")
    void agentsAndStatus() {
        assertThat(check(edit("users.csv", "\"s-alekseeva,s-ivanov\"", "\"s-alekseeva,s-nobody\"")))
                .extracting(RowError::column, RowError::rule).containsExactly(tuple(
                        "agentSourcedIds", "must name a sourcedId of users.csv; s-nobody is none"));
        assertThat(check(edit("orgs.csv", "86-001,,,", "86-001,tobedeleted,,")))
                .extracting(RowError::column).containsExactly("status");
    }

    @Test
    @DisplayName("EXC-3: a row of too few fields and an unclosed quote are named by file and line")
    void unreadableCsv() {
        List<RowError> tooFew = check(edit("roles.csv", ",primary,teacher,,,86-001,", ",primary,teacher,,86-001,"));
        assertThat(tooFew).extracting(RowError::file, RowError::line)
                .contains(tuple("roles.csv", 2L));
        List<RowError> unclosed = check(ZipEdits.edit(EXPORTED, "orgs.csv", text -> text + "x,,,\"open,school,,\r\n"));
        assertThat(unclosed).extracting(RowError::file).contains("orgs.csv");
        assertThat(unclosed).isNotEmpty();
    }
}
