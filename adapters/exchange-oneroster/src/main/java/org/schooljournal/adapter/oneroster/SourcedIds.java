package org.schooljournal.adapter.oneroster;

import java.time.LocalDate;
import org.schooljournal.rules.calendar.PeriodKind;

/**
 * The sourcedIds the export gives, each derived from the engine's identifiers so that two exports
 * of the same school give the same ids (EXC-1). A person's sourcedId is their identifier, as the
 * host gave it. The rest keep to the binding's alphabet for a GUID ({@code 0-9 a-z A-Z . - _ / @},
 * "OneRoster: CSV Binding" 1.2, §3): a prefix naming the kind, then the engine's codes joined with
 * {@code /}, each code with every other character — a Cyrillic letter of «5А», a {@code /}, an
 * {@code @} — written as {@code @} and its four hex digits in UTF-16 ({@code class/5@0410}), so no
 * two ids of a file can be equal. An id built on another (a line item on its class) takes that id
 * whole.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SourcedIds {

    /** The sourcedId of the homeroom classes' course. */
    static final String HOMEROOM_COURSE = "homeroom";

    private SourcedIds() {
    }

    /** Returns the code with every character outside {@code 0-9 a-z A-Z . - _} written as {@code @hhhh}. */
    static String code(String code) {
        StringBuilder safe = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            boolean kept = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '-'
                    || c == '_';
            if (kept) {
                safe.append(c);
            } else {
                safe.append('@').append(String.format("%04x", (int) c));
            }
        }
        return safe.toString();
    }

    static String year(int startYear) {
        return "year/" + startYear;
    }

    static String period(PeriodKind kind, int number) {
        return "period/" + kind + "/" + number;
    }

    static String course(String subjectCode) {
        return "course/" + code(subjectCode);
    }

    static String homeroom(String classCode) {
        return "class/" + code(classCode);
    }

    static String journal(String holderCode, String subjectCode) {
        return "journal/" + code(holderCode) + "/" + code(subjectCode);
    }

    static String role(String personId, String role) {
        return "role/" + code(role) + "/" + code(personId);
    }

    static String teaching(String classSourcedId, String personId) {
        return "enrollment/" + classSourcedId + "/teacher/" + code(personId);
    }

    static String attending(String classSourcedId, String personId, LocalDate begin) {
        return "enrollment/" + classSourcedId + "/student/" + begin + "/" + code(personId);
    }

    static String category(String kind) {
        return "category/" + code(kind);
    }

    static String workItem(String classSourcedId, LocalDate date, int slot, String work) {
        return "lineItem/" + classSourcedId + "/" + date + "/" + slot + "/" + code(work);
    }

    static String periodItem(String classSourcedId, String period) {
        return "lineItem/" + classSourcedId + "/" + code(period);
    }

    static String result(String classSourcedId, int entry) {
        return "result/" + classSourcedId + "/" + entry;
    }

    static String scale(String classSourcedId) {
        return "scoreScale/" + classSourcedId;
    }

    static String itemScale(String lineItemSourcedId) {
        return "lineItemScoreScale/" + lineItemSourcedId;
    }
}
