package org.schooljournal.examples.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.schooljournal.core.journal.JournalKey;

/**
 * The addresses of the pages, in one place: the pages link to each other and the tests fetch them.
 */
public final class Paths {

    /** The sign-in page. */
    public static final String SIGN_IN = "/sign-in";
    /** Signing out (POST). */
    public static final String SIGN_OUT = "/sign-out";
    /** Switching the version for the visually impaired on or off (POST). */
    public static final String VERSION = "/version";
    /** The head's control page (REP-5). */
    public static final String CONTROL = "/control";
    /** The printouts of the control page, by form and format: {@code /control/printouts/{form}.{pdf|xlsx}}. */
    public static final String PRINTOUTS = "/control/printouts";
    /** The style sheets and the grid's script. */
    public static final String STATIC = "/static";

    private Paths() {
    }

    /** Returns the address of a journal's page: {@code /journal/{class}/{subject}}. */
    public static String journal(JournalKey journal) {
        return "/journal/" + encode(journal.holderCode()) + "/" + encode(journal.subjectCode());
    }

    /** Returns the address of a student's diary: {@code /diary/{student}}. */
    public static String diary(String studentId) {
        return "/diary/" + encode(studentId);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
