package org.schooljournal.adapter.edfi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.schooljournal.core.journal.SpecialMark;

/**
 * A period or year mark as an Ed-Fi grade earned (MRK-7, EXC-1). A numeric mark («2»–«5») is both
 * the letter grade earned, as the journal writes it, and the numeric grade earned. Any other mark
 * is the letter grade earned alone: a pass mark such as «зач», and the special marks «осв»
 * (exempt), «н/а» (not assessed) and «безотм» (learnt without marks), which also carry their
 * meaning in Russian as the grade earned description. Ed-Fi has no descriptor for an exemption or
 * an ungraded subject, and its letter grade is the free text it keeps for marks that are not
 * numbers (as «P» or «I» elsewhere), so a host keeps the journal's own mark, and nothing reads a
 * special mark as a number.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param letter the mark as the journal writes it, at most 20 characters (Ed-Fi {@code GradeEarned})
 * @param numeric the mark as a number, for a numeric mark
 * @param description the special mark's meaning, such as «Освобождён»
 */
public record GradeEarned(String letter, Optional<BigDecimal> numeric, Optional<String> description) {

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,7}");

    /**
     * Checks the parts against the Ed-Fi schema.
     *
     * @throws IllegalArgumentException if the letter is empty or longer than 20 characters, or the
     *     description longer than 64
     */
    public GradeEarned {
        EdfiLimits.text("letter", letter, "GradeEarned", 1, 20);
        Objects.requireNonNull(numeric, "numeric");
        Objects.requireNonNull(description, "description");
        description.ifPresent(text -> EdfiLimits.text("description", text, "GradeEarnedDescription", 0, 64));
    }

    /**
     * Returns the grade earned for a mark as the journal writes it: «5» is letter «5» and number 5;
     * «осв» is letter «осв» with the description «Освобождён»; «зач» is letter «зач» alone.
     *
     * @throws IllegalArgumentException if the mark is empty or longer than 20 characters
     */
    public static GradeEarned of(String mark) {
        Objects.requireNonNull(mark, "mark");
        Optional<SpecialMark> special = SpecialMark.ofCode(mark);
        if (special.isPresent()) {
            return new GradeEarned(mark, Optional.empty(),
                    Optional.of(EdfiTexts.text("special." + special.get().name())));
        }
        Optional<BigDecimal> number = NUMBER.matcher(mark).matches() ? Optional.of(new BigDecimal(mark))
                : Optional.empty();
        return new GradeEarned(mark, number, Optional.empty());
    }
}
