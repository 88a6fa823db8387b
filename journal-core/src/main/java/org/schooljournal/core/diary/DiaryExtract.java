package org.schooljournal.core.diary;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A paper extract (выписка) of a student's diary (DRY-4) for a guardian without internet or who
 * refused electronic delivery, such as the weekly printout of an {@link ExtractWeek} on request.
 * It is a renderer-neutral printed form, all in Russian from {@code extract.properties} (UX-1):
 * the title; the header (school, student, class, the days covered, when printed); for each day
 * a heading and a table of its lessons (№ урока, время, предмет, тема, домашнее задание,
 * отметки, посещаемость), or «нет записей»; the table of period marks, examination results and
 * forecasts; the table of the teachers' remarks, messages to guardians and notes; and the
 * footer's signature lines. A day without school is kept, as one heading «суббота, 17.10.2026 —
 * занятий нет», so that a weekly printout shows the whole week.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param title the title, «Выписка из электронного дневника»
 * @param headerLines the lines under the title
 * @param blocks the body, in order
 * @param footerLines the signature lines
 */
public record DiaryExtract(String title, List<String> headerLines, List<ExtractBlock> blocks, List<String> footerLines) {

    /** Copies the lists. */
    public DiaryExtract {
        Objects.requireNonNull(title, "title");
        headerLines = List.copyOf(headerLines);
        blocks = List.copyOf(blocks);
        footerLines = List.copyOf(footerLines);
    }

    /**
     * Returns the extract of a diary. The diary is the one a guardian reads, so it may show the
     * messages to guardians (DRY-6).
     *
     * @param diary the student's diary over the days to print
     * @param schoolName the school's name
     * @param classCode the student's class, such as «5А»
     * @param printedAt when it is printed
     * @param zone the school's time zone, to show when it is printed
     * @throws NullPointerException if an argument is missing
     */
    static DiaryExtract of(Diary diary, String schoolName, String classCode, Instant printedAt, ZoneId zone) {
        Objects.requireNonNull(diary, "diary");
        Objects.requireNonNull(schoolName, "schoolName");
        Objects.requireNonNull(classCode, "classCode");
        Objects.requireNonNull(printedAt, "printedAt");
        Objects.requireNonNull(zone, "zone");
        return ExtractForm.of(diary, schoolName, classCode, printedAt.atZone(zone));
    }

    /** Returns the extract as monospaced plain text: tables as aligned columns. */
    public String toText() {
        return ExtractText.of(this);
    }
}
