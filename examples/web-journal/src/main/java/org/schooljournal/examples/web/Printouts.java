package org.schooljournal.examples.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.schooljournal.adapter.pdf.JournalControlPdf;
import org.schooljournal.adapter.pdf.SchoolHeader;
import org.schooljournal.adapter.pdf.SummarySheetPdf;
import org.schooljournal.adapter.xlsx.JournalControlForm;
import org.schooljournal.adapter.xlsx.SummarySheetForm;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.reports.JournalControl;
import org.schooljournal.core.reports.SummarySheet;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.school.SchoolState;

/**
 * The control page's printouts, downloaded as {@code /control/printouts/{form}.{pdf|xlsx}} with the
 * page's query (class, dates): the control of the journals (REP-5) and a class's summary sheet
 * (MRK-12), as PDF/A-2b from render-pdf and as workbooks from render-xlsx, each an attachment with
 * a Russian file name. The administration's alone (ACC-4), like the page.
 */
final class Printouts {

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Site site;
    private final Texts texts;

    Printouts(Site site, Texts texts) {
        this.site = site;
        this.texts = texts;
    }

    /** A printout written to a stream. */
    private interface Form {
        void write(OutputStream out) throws IOException;
    }

    void download(Context ctx) {
        Actor actor = ControlScreen.administration(site, ctx);
        String file = ctx.pathParam("file");
        int dot = file.lastIndexOf('.');
        String form = dot < 0 ? file : file.substring(0, dot);
        String format = dot < 0 ? "" : file.substring(dot + 1);
        if (!TYPES.containsKey(format) || !(form.equals("control") || form.equals("summary"))) {
            throw new NotFoundResponse("no printout " + file + ": the forms are control and summary, the formats pdf and xlsx");
        }
        ControlQuery query = ControlQuery.of(ctx, site.calendar(), site.today());
        if (!query.errors().isEmpty()) {
            throw new BadRequestResponse("printout " + file + ": fields " + query.errors() + " cannot be read");
        }
        SchoolState school = site.school();
        Instant now = site.clock().instant();
        SchoolHeader header = SchoolHeader.of(school, now);
        Programme programme = Programme.of(school);
        String name;
        Form writer;
        if (form.equals("control")) {
            JournalControl control = query.classCode()
                    .map(code -> site.engine().reports().classControl(actor, site.schoolId(), code, query.from(),
                            query.to(), now, JournalControl.DEFAULT_MINIMUM_MARKS))
                    .orElseGet(() -> site.engine().reports().control(actor, site.schoolId(), query.from(), query.to(),
                            now, JournalControl.DEFAULT_MINIMUM_MARKS));
            name = texts.get("file.control") + query.classCode().map(code -> "-" + code).orElse("") + "-"
                    + query.from() + "-" + query.to();
            writer = format.equals("pdf")
                    ? out -> JournalControlPdf.write(control, header, Roster.of(school), out)
                    : out -> new JournalControlForm(site.zone(), programme::subjectName, school.structure()::staffName)
                            .write(control, out);
        } else {
            String classCode = query.classCode().orElseThrow(() ->
                    new BadRequestResponse("printout " + file + ": the summary sheet needs a class (field class)"));
            SummarySheet sheet = site.engine().reports().summarySheet(actor, site.schoolId(), classCode);
            name = texts.get("file.summary") + "-" + classCode;
            writer = format.equals("pdf")
                    ? out -> SummarySheetPdf.write(sheet, header, out)
                    : out -> new SummarySheetForm(programme::subjectName).write(sheet, out);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writer.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the printout " + file, e);
        }
        ctx.contentType(TYPES.get(format));
        ctx.header("Content-Disposition", disposition(name + "." + format, file));
        ctx.result(bytes.toByteArray());
    }

    /**
     * Returns the header that makes the browser save the file under its Russian name (RFC 6266,
     * RFC 5987), with an ASCII name for a client that reads no other.
     */
    static String disposition(String fileName, String ascii) {
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
