/**
 * What may enter the log and what a refused command says (DESIGN.md, principles 5 and 9):
 * commands are validated with Jakarta Validation (Hibernate Validator) before anything happens
 * ({@link org.schooljournal.core.validation.CommandValidator}), by one grammar for identifiers
 * ({@link org.schooljournal.core.validation.Identifiers}: {@code @SchoolId}, {@code @PersonId},
 * {@code @Code}), limits on texts ({@link org.schooljournal.core.validation.Texts}:
 * {@code @OneLine}, {@code @Paragraphs}) and on dates and reads
 * ({@link org.schooljournal.core.validation.Dates}: {@code @BoundedDate}); a broken constraint or
 * rule of the domain is an {@link org.schooljournal.core.validation.InvalidCommandException}
 * (VALIDATION) naming the field, the value and the rule; a reference to nothing is a
 * {@link org.schooljournal.core.validation.NotFoundException} (NOT_FOUND). Messages show values as
 * {@link org.schooljournal.core.validation.Excerpt} does: escaped and cut. Nothing refused changes
 * anything.
 */
package org.schooljournal.core.validation;
