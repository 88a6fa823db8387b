package org.schooljournal.core.diary;

import java.util.Optional;

/**
 * A mark as the diary shows it (DRY-3): the value, the kind of work in Russian, its weight, the
 * teacher's comment, and whether it was corrected (MRK-10).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the mark, such as «5»
 * @param work the kind of work, such as «Контрольная работа»
 * @param weight the mark's weight
 * @param comment the teacher's comment, if any
 * @param corrected whether the mark was corrected
 */
public record DiaryMark(String value, String work, String weight, Optional<String> comment, boolean corrected) {
}
