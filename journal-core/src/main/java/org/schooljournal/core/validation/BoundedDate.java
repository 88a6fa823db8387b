package org.schooljournal.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The constraint of a date or an instant of a command: within {@link Dates#EARLIEST} and
 * {@link Dates#LATEST}. A null value is valid; add {@code @NotNull} where one is required.
 */
@Documented
@Constraint(validatedBy = {BoundedDate.OfDate.class, BoundedDate.OfInstant.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface BoundedDate {

    /** Returns the rule a refused value breaks. */
    String message() default Dates.RULE;

    /** Returns the groups. */
    Class<?>[] groups() default {};

    /** Returns the payload. */
    Class<? extends Payload>[] payload() default {};

    /** Checks a date. This class is stateless and thread-safe. */
    final class OfDate implements ConstraintValidator<BoundedDate, LocalDate> {

        /** Creates the check, for the validator. */
        public OfDate() {
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || Dates.within(value);
        }
    }

    /** Checks an instant. This class is stateless and thread-safe. */
    final class OfInstant implements ConstraintValidator<BoundedDate, Instant> {

        /** Creates the check, for the validator. */
        public OfInstant() {
        }

        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || Dates.within(value);
        }
    }
}
