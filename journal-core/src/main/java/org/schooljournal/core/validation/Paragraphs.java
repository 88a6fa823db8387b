package org.schooljournal.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The constraint of a text of paragraphs — line breaks and tabs allowed, no other control
 * character, unpaired surrogate or bidirectional control ({@link Texts#PARAGRAPHS}) — of at most
 * {@link #max()} characters. A null value is valid; add {@code @NotNull} or {@code @NotBlank} where one is
 * required.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Pattern(regexp = Texts.PARAGRAPHS)
@Size
@ReportAsSingleViolation
public @interface Paragraphs {

    /** Returns the longest text allowed, in characters: one of {@link Texts}' limits. */
    @OverridesAttribute(constraint = Size.class, name = "max")
    int max();

    /** Returns the rule a refused value breaks. */
    String message() default "must be a text of at most {max} characters, without control characters other than line"
            + " breaks and tabs, unpaired surrogates or bidirectional controls (Texts.PARAGRAPHS)";

    /** Returns the groups. */
    Class<?>[] groups() default {};

    /** Returns the payload. */
    Class<? extends Payload>[] payload() default {};
}
