package org.schooljournal.adapter.oneroster;

import java.time.LocalDate;
import org.schooljournal.rules.calendar.PeriodKind;

/**
 * The sourcedIds the export gives, each derived from the engine's identifiers so that two exports
 * of the same school give the same ids (EXC-1). A person's sourcedId is their identifier; the rest
 * carry a prefix and join codes with {@code :}, which no class, group or subject code holds, so no
 * two ids of a file can be equal.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SourcedIds {

    /** The sourcedId of the homeroom classes' course. */
    static final String HOMEROOM_COURSE = "homeroom";

    private SourcedIds() {
    }

    static String year(int startYear) {
        return "year:" + startYear;
    }

    static String period(PeriodKind kind, int number) {
        return "period:" + kind + ":" + number;
    }

    static String course(String subjectCode) {
        return "course:" + subjectCode;
    }

    static String homeroom(String classCode) {
        return "class:" + classCode;
    }

    static String journal(String holderCode, String subjectCode) {
        return "journal:" + holderCode + ":" + subjectCode;
    }

    static String role(String personId, String role) {
        return "role:" + role + ":" + personId;
    }

    static String teaching(String classSourcedId, String personId) {
        return "enrollment:" + classSourcedId + ":teacher:" + personId;
    }

    static String attending(String classSourcedId, String personId, LocalDate begin) {
        return "enrollment:" + classSourcedId + ":student:" + begin + ":" + personId;
    }

    static String category(String kind) {
        return "category:" + kind;
    }

    static String workItem(String classSourcedId, LocalDate date, int slot, String work) {
        return "lineItem:" + classSourcedId + ":" + date + ":" + slot + ":" + work;
    }

    static String periodItem(String classSourcedId, String period) {
        return "lineItem:" + classSourcedId + ":" + period;
    }

    static String result(String classSourcedId, int entry) {
        return "result:" + classSourcedId + ":" + entry;
    }

    static String scale(String classSourcedId) {
        return "scoreScale:" + classSourcedId;
    }

    static String itemScale(String lineItemSourcedId) {
        return "lineItemScoreScale:" + lineItemSourcedId;
    }
}
