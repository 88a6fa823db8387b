package org.schooljournal.core.diary;

import java.util.Optional;

/**
 * A period mark or an examination result in a student's diary (DRY-3, MRK-13).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param subject the subject's name
 * @param what the period, such as {@code QUARTER-1}, or the examination
 * @param value the mark or result, once set
 * @param forecast for a period without its mark yet, the forecast's predicted mark (MRK-11)
 */
public record DiaryResult(String subject, String what, Optional<String> value, Optional<Integer> forecast) {
}
