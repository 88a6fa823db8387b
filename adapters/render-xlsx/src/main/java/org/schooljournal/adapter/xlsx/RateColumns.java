package org.schooljournal.adapter.xlsx;

import java.util.Arrays;
import java.util.List;
import org.schooljournal.core.reports.Rate;

/**
 * The columns of a success rate and quality (REP-1) the control reports share: counted, succeeded,
 * of «4» and «5», left out, not yet marked (whole numbers, 0 never blank), and the success rate
 * and quality as percent cells, empty when nothing was counted.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RateColumns {

    private RateColumns() {
    }

    /** Adds the rate's seven columns to a table. */
    static Table.Builder add(Table.Builder table) {
        return table.column(Labels.text("rate.counted"), ColumnType.INTEGER)
                .column(Labels.text("rate.succeeded"), ColumnType.INTEGER)
                .column(Labels.text("rate.quality"), ColumnType.INTEGER)
                .column(Labels.text("rate.leftOut"), ColumnType.INTEGER)
                .column(Labels.text("rate.unmarked"), ColumnType.INTEGER)
                .column(Labels.text("rate.successPercent"), ColumnType.PERCENT)
                .column(Labels.text("rate.qualityPercent"), ColumnType.PERCENT);
    }

    /** Returns the rate's seven cells, in the order of {@link #add}. */
    static List<Object> cells(Rate rate) {
        return Arrays.asList(rate.counted(), rate.succeeded(), rate.quality(), rate.leftOut(), rate.unmarked(),
                rate.successPercent().orElse(null), rate.qualityPercent().orElse(null));
    }
}
