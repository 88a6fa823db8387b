package org.schooljournal.adapter.edfi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/** A school's Ed-Fi extract written into a folder (EXC-1, REP-10). */
@Tag("EXC-1")
@Tag("REP-10")
@DisplayName("EXC-1: the Ed-Fi files of a school in a folder")
class EdfiFolderTest {

    @Test
    @DisplayName("EXC-1: the folder holds both valid interchanges and a body a line of each resource")
    void writesTheFolder(@TempDir Path dir) throws IOException, SAXException {
        EdfiExtract extract = EdfiSchool.quarterExtract();

        List<Path> written = EdfiFolder.write(extract, dir.resolve("edfi"));

        assertThat(written).extracting(path -> path.getFileName().toString()).containsExactly(
                "Interchange-StudentAttendance.xml", "Interchange-StudentGrade.xml",
                "studentSectionAttendanceEvents.jsonl", "grades.jsonl");
        assertThat(Interchanges.ATTENDANCE.problems(Files.readAllBytes(written.get(0)))).isEmpty();
        assertThat(Interchanges.GRADE.problems(Files.readAllBytes(written.get(1)))).isEmpty();
        List<String> attendance = Files.readAllLines(written.get(2), StandardCharsets.UTF_8);
        List<String> grades = Files.readAllLines(written.get(3), StandardCharsets.UTF_8);
        assertThat(attendance).hasSize(extract.attendance().size());
        assertThat(grades).hasSize(extract.grades().size())
                .first().isEqualTo(ApiBodies.grade(extract.grades().get(0)));
        ObjectMapper json = new ObjectMapper();
        for (String line : attendance) {
            assertThat(json.readTree(line).has("attendanceEventCategoryDescriptor")).as(line).isTrue();
        }
    }

    @Test
    @DisplayName("a school with nothing recorded gets no file: an interchange holds at least one element")
    void nothingRecorded(@TempDir Path dir) throws IOException {
        assertThat(EdfiFolder.write(EdfiSchool.registered().extract(), dir)).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
