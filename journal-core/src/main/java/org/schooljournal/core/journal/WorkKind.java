package org.schooljournal.core.journal;

import java.util.Locale;
import java.util.ResourceBundle;
import org.schooljournal.rules.ruleset.RuleId;

/**
 * The kind of work a mark is given for (LES-2, MRK-1), and the rule whose deadline its marks keep:
 * a lesson's own work within the school day (MRK-2), a control work within 3 days (MRK-3), a
 * written work within a week (MRK-4). Written and control works' marks sit on the date of the work
 * (MRK-5).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum WorkKind {
    /** An oral answer (устный ответ). */
    ORAL(RuleId.MRK_2),
    /** Work in the lesson (работа на уроке). */
    CLASSWORK(RuleId.MRK_2),
    /** Homework checked in the lesson (домашняя работа). */
    HOMEWORK(RuleId.MRK_2),
    /** A short test (самостоятельная, тест). */
    TEST(RuleId.MRK_2),
    /** A practical work (практическая работа), LES-6. */
    PRACTICAL_WORK(RuleId.MRK_2),
    /** A laboratory work (лабораторная работа), LES-6. */
    LAB_WORK(RuleId.MRK_2),
    /** A control work of the school's control schedule (контрольная работа, ВШК), MRK-3. */
    CONTROL_WORK(RuleId.MRK_3),
    /** A written work: a dictation, an essay, a composition (письменная работа), MRK-4. */
    WRITTEN_WORK(RuleId.MRK_4);

    private final RuleId deadline;

    WorkKind(RuleId deadline) {
        this.deadline = deadline;
    }

    /** Returns the kind's name in Russian, as teachers and guardians read it (work-kinds.properties). */
    public String russianName() {
        return ResourceBundle.getBundle("org.schooljournal.core.journal.work-kinds", Locale.ROOT).getString(name());
    }

    /** Returns the rule whose deadline the marks of this kind keep. */
    public RuleId deadline() {
        return deadline;
    }
}
