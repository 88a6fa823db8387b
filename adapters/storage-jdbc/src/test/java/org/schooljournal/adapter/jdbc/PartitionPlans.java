package org.schooljournal.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which partitions of the store's tables a plan of {@code EXPLAIN} touches, by their names
 * ({@code journal_event_p2}, {@code journal_event_remote}…: the table, then the partition's
 * suffix), and checks the statements a {@link StatementRecorder} saw against them.
 */
final class PartitionPlans {

    /**
     * A partition's name in a plan: a table of the store, then {@code _p<n>}, {@code _local} or
     * {@code _remote}, not followed by more of a name (so that an index such as
     * {@code journal_event_p2_pkey} is not read as a partition).
     */
    private static final Pattern PARTITION =
            Pattern.compile("\\b(journal_(?:event|stream|school|snapshot))_(p\\d+|local|remote)\\b");

    private PartitionPlans() {
    }

    /** Returns the partitions a plan names, by table: {@code journal_event → [p2]}. */
    static Map<String, Set<String>> partitions(String plan) {
        Map<String, Set<String>> partitions = new TreeMap<>();
        Matcher matcher = PARTITION.matcher(plan);
        while (matcher.find()) {
            partitions.computeIfAbsent(matcher.group(1), table -> new TreeSet<>()).add(matcher.group(2));
        }
        return partitions;
    }

    /**
     * Plans every statement the recorder saw that reads or writes a table of the store, and checks
     * that there was at least one, and that each touches at most one partition of each table and
     * only the one given (an {@code INSERT}'s plan names no partition: PostgreSQL routes each row
     * to its partition as it runs); returns the plans read.
     *
     * @param partition the suffix of the partition of the stream's school ({@code p2}, {@code remote})
     */
    static List<Map.Entry<StatementRecorder.Executed, String>> requireOnePartition(StatementRecorder recorder,
            Connection connection, String partition) throws SQLException {
        List<Map.Entry<StatementRecorder.Executed, String>> plans = recorder.plans(connection);
        assertThat(plans).as("the store's statements").isNotEmpty();
        for (Map.Entry<StatementRecorder.Executed, String> plan : plans) {
            Map<String, Set<String>> touched = partitions(plan.getValue());
            touched.forEach((table, partitions) -> assertThat(partitions)
                    .as("partitions of %s in the plan of%n%s%n%s", table, plan.getKey().sql(), plan.getValue())
                    .containsExactly(partition));
        }
        return plans;
    }
}
