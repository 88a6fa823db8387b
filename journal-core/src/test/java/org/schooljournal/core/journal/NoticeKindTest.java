package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("REP-7: a notification's key tells its kind and its entry, or nothing if it is of another form")
class NoticeKindTest {

    private static final JournalKey MATH_5A = new JournalKey("5А", "math");

    @Test
    @Tag("REP-7")
    @DisplayName("REP-7: the kinds by the key's last part; a follow-up by its prefix; an undeliverable key has none")
    void kinds() {
        assertThat(NoticeKind.ofKey("s/5А/math/3/g-1/absent")).contains(NoticeKind.ABSENCE);
        assertThat(NoticeKind.ofKey("s/5А/math/3/g-1/excused-2")).contains(NoticeKind.EXCUSED);
        assertThat(NoticeKind.ofKey("s/5А/math/3/g-1/mark")).contains(NoticeKind.MARK);
        assertThat(NoticeKind.ofKey("s/5А/math/3/g-1/remark")).contains(NoticeKind.REMARK);
        assertThat(NoticeKind.ofKey("s/5А/math/3/g-1/message")).contains(NoticeKind.MESSAGE);
        assertThat(NoticeKind.ofKey("s/5А/math/3/g-1/marks")).isEmpty();
        assertThat(NoticeKind.ofKey("undeliverable-0af3")).isEmpty();
    }

    @Test
    @Tag("REP-7")
    @DisplayName("REP-7: the entry's number follows the school and the journal; another school, journal or a number that is none give nothing")
    void entries() {
        assertThat(NoticeKind.entryOf("s", MATH_5A, "s/5А/math/3/g-1/absent")).contains(3);
        assertThat(NoticeKind.entryOf("s", MATH_5A, "s/5А/math/1203/g-1/mark")).contains(1203);
        assertThat(NoticeKind.entryOf("t", MATH_5A, "s/5А/math/3/g-1/absent")).isEmpty();
        assertThat(NoticeKind.entryOf("s", new JournalKey("5Б", "math"), "s/5А/math/3/g-1/absent")).isEmpty();
        assertThat(NoticeKind.entryOf("s", MATH_5A, "s/5А/math/x/g-1/absent")).isEmpty();
        assertThat(NoticeKind.entryOf("s", MATH_5A, "s/5А/math//g-1/absent")).isEmpty();
        assertThat(NoticeKind.entryOf("s", MATH_5A, "s/5А/math/3")).isEmpty();
        assertThat(NoticeKind.entryOf("s", MATH_5A, "undeliverable-0af3")).isEmpty();
    }
}
