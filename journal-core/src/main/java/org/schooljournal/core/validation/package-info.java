/**
 * What a refused command says (DESIGN.md, principle 5): commands are validated with Jakarta
 * Validation (Hibernate Validator) before anything happens
 * ({@link org.schooljournal.core.validation.CommandValidator}); a broken constraint or rule of the
 * domain is an {@link org.schooljournal.core.validation.InvalidCommandException} (VALIDATION)
 * naming the field, the value and the rule; a reference to nothing is a
 * {@link org.schooljournal.core.validation.NotFoundException} (NOT_FOUND). Nothing refused changes
 * anything.
 */
package org.schooljournal.core.validation;
