package org.schooljournal.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates commands with Hibernate Validator before anything else happens (DESIGN.md,
 * principle 5). Messages are interpolated without an expression language, so no EL
 * implementation is needed on the class path.
 *
 * <p>An engine starts without a line in the host's log from a dependency: Hibernate Validator
 * announces its version (HV000001) at INFO the first time it is bootstrapped, through JBoss
 * Logging, which writes to {@code java.util.logging} unless the host has another backend for it.
 * Before bootstrapping, the level of that one logger, {@value #VERSION_LOGGER}, is raised to
 * WARNING, unless the host set a level for it itself; nothing else of the host's logging changes.
 * With another backend (Log4j 2, Logback), the host's own configuration decides.
 *
 * <p>This class is thread-safe.
 */
public final class CommandValidator {

    /** The logger of Hibernate Validator's version line, the only line it writes there. */
    static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

    /**
     * Held for the life of this class: {@code java.util.logging} keeps loggers weakly, and one
     * collected would be made again without the level.
     */
    private static final Logger VERSION_LOG = quietVersionLog();

    private final Validator validator;

    private static Logger quietVersionLog() {
        Logger logger = Logger.getLogger(VERSION_LOGGER);
        if (logger.getLevel() == null) {
            logger.setLevel(Level.WARNING);
        }
        return logger;
    }

    /** Creates a validator. Validators share one factory, built once: building it takes tens of milliseconds. */
    public CommandValidator() {
        this.validator = Factory.INSTANCE.getValidator();
    }

    /** The one validator factory, thread-safe as Jakarta Validation promises, built when first needed. */
    private static final class Factory {
        static final ValidatorFactory INSTANCE = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    /**
     * Checks every constraint of the command.
     *
     * @throws InvalidCommandException naming every field that breaks a constraint, its value and
     *     the constraint
     */
    public void validate(Object command) {
        check(List.of(), command);
    }

    /**
     * Checks the actor's identifier, which every event records (ACC-7), against the grammar of a
     * person's identifier ({@link Identifiers#PERSON_ID}), and every constraint of the command.
     *
     * @throws InvalidCommandException naming every field that breaks a constraint (the actor's
     *     as {@code actor}), its value and the constraint
     */
    public void validate(String actorId, Object command) {
        check(Identifiers.isPersonId(actorId) ? List.of()
                : List.of(new InvalidCommandException.Violation("actor", String.valueOf(actorId),
                        Identifiers.PERSON_ID_RULE)), command);
    }

    private void check(List<InvalidCommandException.Violation> found, Object command) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty() || !found.isEmpty()) {
            List<InvalidCommandException.Violation> named = java.util.stream.Stream.concat(found.stream(),
                    violations.stream().map(v -> new InvalidCommandException.Violation(
                            v.getPropertyPath().toString(), String.valueOf(v.getInvalidValue()), v.getMessage())))
                    .sorted(Comparator.comparing(InvalidCommandException.Violation::field))
                    .toList();
            throw new InvalidCommandException(command.getClass().getSimpleName(), named);
        }
    }
}
