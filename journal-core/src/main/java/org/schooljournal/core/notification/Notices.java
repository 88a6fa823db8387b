package org.schooljournal.core.notification;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;

/**
 * The guardians' immediate notifications, composed for the outbox of the stream whose entry
 * causes them: «Отсутствовал на уроке» and its follow-up (ATT-5), a new mark, a remark or a
 * message of the teacher (DRY-6). They go to the guardians who may be e-mailed (consent,
 * confirmed address, both switches: NTF-1, NTF-2, NTF-5) and whom the caller chooses — by default
 * those with immediate delivery (NTF-3); the others read them in their digests. Texts in Russian
 * from notices.properties (UX-1).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Notices {

    private Notices() {
    }

    /**
     * A notification to put in an outbox.
     *
     * @param key its idempotency key
     * @param guardianId the guardian
     * @param studentId the student it is about
     * @param address the guardian's confirmed e-mail address
     * @param subject the subject, in Russian
     * @param body the text, in Russian
     */
    public record Notice(String key, String guardianId, String studentId, String address, String subject, String body) {

        /** Checks the parts are given. */
        public Notice {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(guardianId, "guardianId");
            Objects.requireNonNull(studentId, "studentId");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
        }
    }

    /**
     * What a notice says: its kind in notices.properties ({@code absence}, {@code excused},
     * {@code mark}, {@code remark}, {@code message}) and the parts its text is made of.
     *
     * @param kind the kind, naming its subject and body in notices.properties
     * @param subjectCode the subject of the journal it comes from
     * @param date the date, as written
     * @param start the lesson's start, or the teacher for a remark or message
     * @param end the lesson's end
     * @param reason the reason, the mark, or the text
     */
    public record Text(String kind, String subjectCode, String date, String start, String end, String reason) {
    }

    /**
     * Returns the notices of a student's guardians who may be e-mailed and whom {@code recipient}
     * chooses, each keyed {@code keyPrefix + guardianId + "/" + suffix}.
     */
    public static List<Notice> compose(SchoolState school, String studentId, String keyPrefix, String suffix, Text text,
            Predicate<GuardianContact> recipient) {
        Student student = Roster.of(school).student(studentId).orElseThrow();
        String subject = Programme.of(school).subjectName(text.subjectCode());
        String schoolName = school.profile().orElseThrow().name();
        List<Notice> notices = new ArrayList<>();
        for (GuardianContact guardian : Recipients.byEmail(school, studentId)) {
            if (recipient.test(guardian)) {
                notices.add(new Notice(keyPrefix + guardian.guardianId() + "/" + suffix, guardian.guardianId(), studentId,
                        guardian.email().orElseThrow(), text(text.kind() + ".subject"),
                        MessageFormat.format(text(text.kind() + ".body"), student.fullName(), subject, text.date(),
                                text.start(), text.end(), schoolName, text.reason())));
            }
        }
        return notices;
    }

    /** Returns whether the guardian chose immediate delivery (NTF-3). */
    public static boolean immediate(GuardianContact guardian) {
        return guardian.schedule().kind() == Schedule.Kind.IMMEDIATE;
    }

    /** Returns a text of notices.properties. */
    public static String text(String name) {
        return ResourceBundle.getBundle("org.schooljournal.core.notification.notices", Locale.ROOT).getString(name);
    }
}
