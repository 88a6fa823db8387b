package org.schooljournal.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates commands with Hibernate Validator before anything else happens (DESIGN.md,
 * principle 5). Messages are interpolated without an expression language, so no EL
 * implementation is needed on the class path.
 *
 * <p>This class is thread-safe.
 */
public final class CommandValidator {

    private final Validator validator;

    /** Creates a validator. */
    public CommandValidator() {
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /**
     * Checks every constraint of the command.
     *
     * @throws InvalidCommandException naming every field that breaks a constraint, its value and
     *     the constraint
     */
    public void validate(Object command) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<InvalidCommandException.Violation> named = violations.stream()
                    .map(v -> new InvalidCommandException.Violation(v.getPropertyPath().toString(),
                            String.valueOf(v.getInvalidValue()), v.getMessage()))
                    .sorted(Comparator.comparing(InvalidCommandException.Violation::field))
                    .toList();
            throw new InvalidCommandException(command.getClass().getSimpleName(), named);
        }
    }
}
