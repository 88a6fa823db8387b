package org.schooljournal.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.printout.PrintedForm;
import org.schooljournal.core.reports.Outcome;
import org.schooljournal.core.reports.ResultCounting;

@Tag("UX-1")
@DisplayName("UX-1: every value of an enum the control reports print has a Russian label")
class ReportLabelsTest {

    static Stream<Arguments> values() {
        return Stream.of(
                Stream.of(Outcome.values()).map(value -> Arguments.of("outcome.", value)),
                Stream.of(ResultCounting.Counting.values()).map(value -> Arguments.of("counting.", value)),
                Stream.of(EntryKind.values()).map(value -> Arguments.of("entry.kind.", value)),
                Stream.of(PrintedForm.values()).map(value -> Arguments.of("printout.form.", value)),
                Stream.of(JournalControlPdf.PrintoutStatus.values()).map(value -> Arguments.of("printout.status.", value)))
                .flatMap(values -> values);
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("values")
    @DisplayName("REP-1, REP-5: the label is there, Cyrillic, and not the enum's own name")
    void labelled(String prefix, Enum<?> value) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.schooljournal.adapter.pdf.forms", Locale.ROOT);
        assertThat(bundle.containsKey(prefix + value.name())).as("forms.properties has %s%s", prefix, value.name()).isTrue();
        String label = FormTexts.text(prefix + value.name());
        assertThat(label).isNotBlank().doesNotContain(value.name()).matches("(?s).*\\p{IsCyrillic}.*");
    }
}
