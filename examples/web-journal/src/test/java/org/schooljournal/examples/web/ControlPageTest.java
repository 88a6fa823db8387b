package org.schooljournal.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.reports.JournalControl;
import org.schooljournal.examples.schoolday.DemoSchool;

/**
 * The head's control page over HTTP (REP-5, ACC-4): who may open it and its printouts, what the
 * printouts are, and how a bad choice is refused. It reads only: it enters nothing.
 */
@Tag("REP-5")
class ControlPageTest {

    private static final String CLASS = DemoSchool.MATHS_5A.holderCode();

    private final WebFixture web = WebFixture.shared().atDemoStart();

    /** 5А's mathematics teacher, the first of the demo people. */
    private String teacher() {
        return web.site().people().all().get(0).id();
    }

    private List<String> guardians() {
        return web.site().people().all().stream().filter(p -> p.home().startsWith("/diary/")).map(p -> p.id()).toList();
    }

    private static String query() {
        return "?class=" + java.net.URLEncoder.encode(CLASS, StandardCharsets.UTF_8);
    }

    @Test
    @Tag("ACC-4")
    @DisplayName("ACC-4: 5А's mathematics teacher, a teacher of 5Б and each guardian get 403 on the control page and on every printout; the head and the deputy head 200")
    void onlyTheAdministration() {
        List<String> refused = new ArrayList<>(guardians());
        refused.add(teacher());
        refused.add(web.site().people().all().get(1).id());
        assertThat(refused).hasSize(4);
        for (String person : refused) {
            WebClient client = new WebClient(web).signIn(person);
            assertThat(client.get(Paths.CONTROL).statusCode()).as(person + " on the page").isEqualTo(403);
            assertThat(client.get(Paths.CONTROL + query()).statusCode()).as(person + " on 5А's").isEqualTo(403);
            for (String file : List.of("control.pdf", "control.xlsx", "summary.pdf", "summary.xlsx")) {
                assertThat(client.download(Paths.PRINTOUTS + "/" + file + query()).statusCode())
                        .as(person + " on " + file).isEqualTo(403);
            }
        }
        for (String person : List.of(DemoSchool.HEAD, DemoSchool.DEPUTY_HEAD)) {
            assertThat(new WebClient(web).signIn(person).get(Paths.CONTROL).statusCode()).as(person).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("REP-5, ARC-1: the control's PDF is an attachment with its Russian name, starts with %PDF and declares PDF/A-2b in its XMP")
    void controlPdf() throws Exception {
        HttpResponse<byte[]> response = new WebClient(web).signIn(DemoSchool.DEPUTY_HEAD)
                .download(Paths.PRINTOUTS + "/control.pdf" + query());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(fileName(response)).startsWith("контроль-журналов-5А-").endsWith(".pdf");
        byte[] pdf = response.body();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().exportXMPMetadata());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(document.getNumberOfPages()).isPositive();
        }
    }

    @Test
    @DisplayName("REP-5: the control's workbook opens with Apache POI and has a row per journal of 5А with the engine's counts")
    void controlWorkbook() throws IOException {
        HttpResponse<byte[]> response = new WebClient(web).signIn(DemoSchool.DEPUTY_HEAD)
                .download(Paths.PRINTOUTS + "/control.xlsx" + query());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(fileName(response)).startsWith("контроль-журналов-5А-").endsWith(".xlsx");
        var calendar = web.site().calendar();
        var today = web.site().today();
        var current = calendar.studyPeriods().stream().filter(p -> p.contains(today)).max(
                java.util.Comparator.comparing(p -> p.firstDay())).orElseThrow();
        JournalControl control = web.site().engine().reports().classControl(Actor.of(DemoSchool.DEPUTY_HEAD),
                web.site().schoolId(), CLASS, current.firstDay(), today, web.clock().instant(),
                JournalControl.DEFAULT_MINIMUM_MARKS);
        String maths = Programme.of(web.site().school()).subjectName(DemoSchool.MATHS_5A.subjectCode());
        int notGiven = control.row(DemoSchool.MATHS_5A).orElseThrow().counts().lessonsNotGiven();
        assertThat(notGiven).as("no entries were made after the holidays").isPositive();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            Row header = sheet.getRow(0);
            int notGivenColumn = -1;
            for (int i = 0; i < header.getLastCellNum(); i++) {
                if (cells.formatCellValue(header.getCell(i)).equals("Уроков без темы")) {
                    notGivenColumn = i;
                }
            }
            assertThat(notGivenColumn).isNotNegative();
            List<Row> journals = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && CLASS.equals(cells.formatCellValue(row.getCell(1)))
                        && !cells.formatCellValue(row.getCell(2)).isEmpty()) {
                    journals.add(row);
                }
            }
            assertThat(journals).hasSize(control.rows().stream().filter(r -> r.journal().holderCode().equals(CLASS)).toList().size());
            Row mathsRow = journals.stream().filter(r -> cells.formatCellValue(r.getCell(2)).equals(maths)).findFirst().orElseThrow();
            assertThat(cells.formatCellValue(mathsRow.getCell(notGivenColumn))).isEqualTo(String.valueOf(notGiven));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "xlsx"})
    @Tag("MRK-12")
    @DisplayName("MRK-12: 5А's summary sheet downloads as PDF/A and as a workbook")
    void summarySheet(String format) throws IOException {
        HttpResponse<byte[]> response = new WebClient(web).signIn(DemoSchool.HEAD)
                .download(Paths.PRINTOUTS + "/summary." + format + query());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(fileName(response)).isEqualTo("сводная-ведомость-5А." + format);
        if (format.equals("pdf")) {
            assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        } else {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
                assertThat(book.getNumberOfSheets()).isPositive();
                assertThat(book.getSheetAt(0).getLastRowNum()).isPositive();
            }
        }
    }

    @Test
    @Tag("ATT-2")
    @DisplayName("REP-5, ATT-2: over the maths fortnight 13–24 October, 5А's late entries are listed each with its lateness in words and a link to its lesson's day, as many as the engine counts")
    void lateEntriesWithTheirLateness() {
        var from = java.time.LocalDate.of(2025, 10, 13);
        var to = java.time.LocalDate.of(2025, 10, 24);
        JournalControl control = web.site().engine().reports().classControl(Actor.of(DemoSchool.DEPUTY_HEAD),
                web.site().schoolId(), CLASS, from, to, web.clock().instant(), JournalControl.DEFAULT_MINIMUM_MARKS);
        assertThat(control.lateEntries()).as("the fortnight has late entries").isNotEmpty();
        String body = new WebClient(web).signIn(DemoSchool.DEPUTY_HEAD)
                .get(Paths.CONTROL + query() + "&from=" + from + "&to=" + to).body();
        String table = body.substring(body.indexOf("<table class=\"late\">"), body.indexOf("</table>", body.indexOf("<table class=\"late\">")));
        assertThat(table.split("<tr>", -1)).hasSize(control.lateEntries().size() + 2);
        assertThat(table.split("с опозданием на ", -1)).hasSize(control.lateEntries().size() + 1);
        var lesson = control.lateEntries().stream().flatMap(e -> e.lesson().stream()).findFirst().orElseThrow();
        assertThat(table).contains("#lesson-" + lesson.date() + "-" + lesson.slot() + "\"");
    }

    @Test
    @DisplayName("the summary sheet without a class, an unknown form or format: refused, not a file")
    void badPrintouts() {
        WebClient client = new WebClient(web).signIn(DemoSchool.DEPUTY_HEAD);
        assertThat(client.download(Paths.PRINTOUTS + "/summary.pdf").statusCode()).isEqualTo(400);
        assertThat(client.download(Paths.PRINTOUTS + "/control.doc").statusCode()).isEqualTo(404);
        assertThat(client.download(Paths.PRINTOUTS + "/grades.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("REP-5: an unreadable date, reversed dates, an unknown class are each refused next to their field, naming the value; no report is shown")
    void badChoices() {
        WebClient client = new WebClient(web).signIn(DemoSchool.DEPUTY_HEAD);
        var unreadable = client.get(Paths.CONTROL + "?from=2025-13-01");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).contains("id=\"error-from\"").contains("«2025-13-01»")
                .doesNotContain("counts-heading");
        var reversed = client.get(Paths.CONTROL + "?from=2025-11-12&to=2025-11-05");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).containsAnyOf("id=\"error-from\"", "id=\"error-to\"").doesNotContain("counts-heading");
        var unknown = client.get(Paths.CONTROL + "?class=5%D0%AF");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("id=\"error-class\"").contains("Класса «5Я» в школе нет");
        var period = client.get(Paths.CONTROL + "?period=QUARTER-9");
        assertThat(period.statusCode()).isEqualTo(400);
        assertThat(period.body()).contains("id=\"error-period\"");
    }

    private static String fileName(HttpResponse<?> response) {
        String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment;");
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
}
