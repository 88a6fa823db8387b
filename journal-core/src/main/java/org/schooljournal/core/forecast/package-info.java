/**
 * The forecast of the period mark (MRK-11): from one student's current marks in one subject and one
 * study period, the exact weighted average, the period mark it rounds to under the school's rule,
 * what it would take to reach the next mark, what single mark would lower it, and a Russian
 * explanation for teachers, students and guardians. A pure computation over the JDK: the engine
 * feeds it the marks of the class journal.
 *
 * <p>Decisions recorded here (and in {@code docs/forecast.md}):
 * <ul>
 *   <li>Weights are {@link java.math.BigDecimal}s of hundredths, above 0 and at most 100
 *       ({@link org.schooljournal.core.forecast.Weight}); the average is kept as the exact fraction
 *       Σ value·weight / Σ weight and compared by cross-multiplication, never divided for a
 *       decision.</li>
 *   <li>The rounding rule rounds up when the exact average's fractional part is at least a
 *       threshold of hundredths: .50 by default (4.49 → 4, 4.50 → 5), .60, or 1.00, which is
 *       rounding down ({@link org.schooljournal.core.forecast.RoundingRule}).</li>
 *   <li>The average is displayed cut, not rounded, to two decimal places, so that the display and
 *       the prediction always agree: 4.495 shows as 4,49 and predicts 4.</li>
 *   <li>Excluded marks are kept and shown with their reasons; for the result they are as if absent.
 *       With no counted mark there is no prediction.</li>
 *   <li>Bad arguments are {@link java.lang.IllegalArgumentException}s naming the field, the value
 *       and the rule, {@code null}s included.</li>
 * </ul>
 */
package org.schooljournal.core.forecast;
