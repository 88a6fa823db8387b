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
 * The constraint of a code of a class, study group, subject or room: {@link Identifiers#CODE}, at most
 * {@link Identifiers#CODE_MAX} characters. A null value is valid; add {@code @NotNull} where one is
 * required.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Pattern(regexp = Identifiers.CODE)
@Size(max = Identifiers.CODE_MAX)
@ReportAsSingleViolation
public @interface Code {

    /** Returns the rule a refused value breaks. */
    String message() default Identifiers.CODE_RULE;

    /** Returns the groups. */
    Class<?>[] groups() default {};

    /** Returns the payload. */
    Class<? extends Payload>[] payload() default {};
}
