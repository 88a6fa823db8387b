package org.schooljournal.examples.schoolday;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schooljournal.core.reports.MissingItem;
import org.schooljournal.core.reports.SetupItem;
import org.schooljournal.core.reports.SetupReport;
import org.schooljournal.core.access.Actor;

/**
 * Prints the report of the year's set-up (YR-11) as the head reads it on the morning of
 * 3 September: the deadline, whether it is kept, and what is still missing, part by part, with the
 * first few classes each part is missing for.
 */
final class SetupProgress {

    /** How many classes a line names before it says how many more there are. */
    private static final int NAMED = 6;

    private final YugraSchool school;
    private final RussianText russian;
    private final PrintStream out;

    SetupProgress(YugraSchool school, RussianText russian, PrintStream out) {
        this.school = school;
        this.russian = russian;
        this.out = out;
    }

    /** Prints the report. */
    void print() {
        Instant now = school.clock().instant();
        SetupReport report = school.engine().reports().setup(Actor.of(YugraSchool.HEAD), YugraSchool.ID);
        out.println(russian.text("setup.title", SchoolYear.YEAR.label(),
                russian.closing(report.deadline().orElseThrow())));
        String status = report.complete() ? "setup.complete" : report.overdue() ? "setup.overdue" : "setup.pending";
        out.println(russian.text(status, russian.instant(now), report.missing().size()));
        byItem(report.missing()).forEach(this::printItem);
    }

    private void printItem(SetupItem item, List<MissingItem> missing) {
        Set<String> holders = new LinkedHashSet<>();
        missing.stream().filter(m -> !m.refersTo().isEmpty()).forEach(m -> holders.add(m.refersTo().get(0)));
        String label = russian.setupItem(item);
        if (holders.isEmpty()) {
            out.println(russian.text("setup.line", item.requirementId(), label));
            return;
        }
        List<String> named = new ArrayList<>(holders).subList(0, Math.min(NAMED, holders.size()));
        String more = holders.size() > NAMED ? russian.text("setup.more", holders.size() - NAMED) : "";
        out.println(russian.text("setup.line.count", item.requirementId(), label, missing.size(),
                String.join(", ", named) + more));
    }

    private static Map<SetupItem, List<MissingItem>> byItem(List<MissingItem> missing) {
        Map<SetupItem, List<MissingItem>> grouped = new LinkedHashMap<>();
        missing.forEach(m -> grouped.computeIfAbsent(m.item(), item -> new ArrayList<>()).add(m));
        return grouped;
    }
}
