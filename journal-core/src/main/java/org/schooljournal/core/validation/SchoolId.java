package org.schooljournal.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The constraint of a school's identifier: {@link Identifiers#SCHOOL_ID}, at most
 * {@link Identifiers#SCHOOL_ID_MAX} characters. A null value is valid; add {@code @NotNull} where one is
 * required.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Pattern(regexp = Identifiers.SCHOOL_ID)
@Size(max = Identifiers.SCHOOL_ID_MAX)
@ReportAsSingleViolation
public @interface SchoolId {

    /** Returns the rule a refused value breaks. */
    String message() default Identifiers.SCHOOL_ID_RULE;

    /** Returns the groups. */
    Class<?>[] groups() default {};

    /** Returns the payload. */
    Class<? extends Payload>[] payload() default {};
}
