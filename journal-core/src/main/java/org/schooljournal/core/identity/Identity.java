package org.schooljournal.core.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.access.AccountBlocks;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.SchoolRights;
import org.schooljournal.core.log.EventFamily;
import org.schooljournal.core.log.FoldedStreams;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.school.Receipt;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.SchoolStates;
import org.schooljournal.core.school.Schools;
import org.schooljournal.spi.identity.PendingSignIn;
import org.schooljournal.spi.identity.SignInProvider;
import org.schooljournal.spi.identity.SignInRefusal;
import org.schooljournal.spi.identity.SignInRefusedException;
import org.schooljournal.spi.identity.Subject;
import org.schooljournal.spi.identity.VerifiedSignIn;

/**
 * The identity facet of the engine (ACC-6, PD-3, PD-4): binds subjects of identity providers (ЕСИА,
 * any OpenID Connect provider) to the school's people, and turns a verified sign-in into the
 * {@link Actor} of the person its subject is bound to. Every sign-in, granted or refused, is
 * recorded in the school's sign-in stream of the day, which the administration reads.
 *
 * <pre>{@code
 * engine.identity().bind(head, "86-001", Subject.of("https://sso.example/realms/ugra", "5f1c…"), "t-math");
 * Actor actor = engine.identity().signIn("86-001", provider, pending, callbackParameters);
 * }</pre>
 *
 * <p>This class is thread-safe. The engine makes it; reach it with {@code engine.identity()}.
 */
public final class Identity {

    /** The actor that records the sign-ins: the engine, for whoever signs in. */
    public static final String SIGN_IN = "system:sign-in";

    private final Log log;
    private final Schools schools;
    private final SchoolStates states;
    private final FoldedStreams<SignInDay, SignInEvent> days;

    /** Creates the facet. */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public Identity(Log log, Schools schools, SchoolStates states) {
        this.log = Objects.requireNonNull(log, "log");
        this.schools = Objects.requireNonNull(schools, "schools");
        this.states = Objects.requireNonNull(states, "states");
        this.days = log.streams(SignInEvent.class, (day, event) -> SignInEvent.FAMILY.apply(day, event));
    }

    /** Returns the event family of a school's sign-in streams. */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public static EventFamily<?, ?> eventFamily() {
        return SignInEvent.FAMILY;
    }

    /**
     * Binds a subject to a person of the school as the actor (PD-3, ACC-6): {@link BindSubject}.
     *
     * @return what was appended; nothing if the subject was bound to the person already
     * @throws org.schooljournal.core.access.AccessDeniedException unless the actor is of the
     *     administration or the system administrator
     * @throws org.schooljournal.spi.JournalException VALIDATION if the subject is bound to another
     *     person, or the person to another subject of the issuer; NOT_FOUND if the school or the
     *     person is unknown
     */
    public Receipt bind(Actor actor, String schoolId, Subject subject, String personId) {
        return schools.execute(actor, new BindSubject(schoolId, subject, personId));
    }

    /**
     * Unbinds a subject from its person as the actor (PD-3): {@link UnbindSubject}.
     *
     * @return what was appended
     * @throws org.schooljournal.core.access.AccessDeniedException unless the actor is of the
     *     administration or the system administrator
     * @throws org.schooljournal.spi.JournalException VALIDATION if the subject is bound to no one
     */
    public Receipt unbind(Actor actor, String schoolId, Subject subject, String reason) {
        return schools.execute(actor, new UnbindSubject(schoolId, subject, reason));
    }

    /**
     * Returns the person a verified sign-in acts as (ACC-6): the one its subject is bound to in the
     * school (PD-3), whose account is not blocked (PD-4). The sign-in is recorded, granted or
     * refused.
     *
     * @return the actor of the bound person
     * @throws SignInRefusedException UNKNOWN_SUBJECT if the subject is bound to no person of the
     *     school; BLOCKED_ACCOUNT if the person's account is blocked by a compromise report
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered
     *     (nothing is recorded then)
     */
    public Actor signIn(String schoolId, VerifiedSignIn signIn) {
        Objects.requireNonNull(signIn, "signIn");
        SchoolState school = states.registered(schoolId, VerifiedSignIn.class);
        Subject subject = signIn.subject();
        Optional<Binding> binding = SubjectBindings.of(school).of(subject);
        if (binding.isEmpty()) {
            throw refused(school, subject.issuer(), Optional.of(subject.id()), Optional.empty(), signIn.assurance(),
                    new SignInRefusedException(SignInRefusal.UNKNOWN_SUBJECT, "subject " + subject
                            + " is bound to no person of school " + schoolId + " (PD-3); the administration binds it"
                            + " (BindSubject)"));
        }
        String personId = binding.get().personId();
        Optional<AccountBlocks.Block> block = school.blockOf(personId, log.now());
        if (block.isPresent()) {
            throw refused(school, subject.issuer(), Optional.of(subject.id()), Optional.of(personId),
                    signIn.assurance(), new SignInRefusedException(SignInRefusal.BLOCKED_ACCOUNT, "the account of "
                            + personId + ", bound to subject " + subject + ", is blocked since " + block.get().since()
                            + " by compromise report " + block.get().report() + " (PD-4); the administration or the"
                            + " system administrator restores it (RestoreAccount)"));
        }
        record(school, new Attempt(subject.issuer(), Optional.of(subject.id()), Optional.of(personId),
                signIn.assurance(), Optional.empty(), ""));
        return Actor.of(personId);
    }

    /**
     * Finishes a sign-in through the provider and returns the person it acts as
     * ({@link #signIn(String, VerifiedSignIn)}); a refusal of the provider's protocol (a foreign
     * state, a token that does not verify) is recorded too, with the provider's issuer.
     *
     * @param pending what the provider's {@code start} returned, from the host's session
     * @param callbackParameters the callback's query parameters
     * @return the actor of the bound person
     * @throws SignInRefusedException naming the check that failed
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered
     *     (checked first; nothing is recorded then), STORAGE if the provider cannot be reached
     */
    public Actor signIn(String schoolId, SignInProvider provider, PendingSignIn pending,
            Map<String, String> callbackParameters) {
        Objects.requireNonNull(provider, "provider");
        SchoolState school = states.registered(schoolId, VerifiedSignIn.class);
        VerifiedSignIn verified;
        try {
            verified = provider.finish(pending, callbackParameters);
        } catch (SignInRefusedException e) {
            throw refused(school, provider.issuer(), Optional.empty(), Optional.empty(), "", e);
        }
        return signIn(schoolId, verified);
    }

    /**
     * Returns the school's sign-ins on a day of its zone, granted and refused, in order (ACC-6).
     *
     * @throws org.schooljournal.core.access.AccessDeniedException unless the reader reads the
     *     whole school: the administration or the system administrator (PD-2); or if the reader's
     *     account is blocked (PD-4)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered
     */
    public List<SignInAttempted> signIns(Actor reader, String schoolId, LocalDate day) {
        Objects.requireNonNull(day, "day");
        SchoolState school = states.registeredFor(reader, "read", schoolId, SignInAttempted.class);
        SchoolRights.requireWholeSchoolReader(reader, school);
        return days.load(SchoolStreams.signIns(schoolId, day), SignInDay.empty()).state().attempts();
    }

    /**
     * Returns every binding of the school's subjects to its people (PD-3).
     *
     * @throws org.schooljournal.core.access.AccessDeniedException unless the reader reads the
     *     whole school (PD-2), or if the reader's account is blocked (PD-4)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered
     */
    public List<Binding> bindings(Actor reader, String schoolId) {
        SchoolState school = states.registeredFor(reader, "read", schoolId, Binding.class);
        SchoolRights.requireWholeSchoolReader(reader, school);
        return List.copyOf(SubjectBindings.of(school).all());
    }

    /** What a sign-in attempt records, but its instant, which the write loop gives. */
    private record Attempt(String issuer, Optional<String> subjectId, Optional<String> personId, String assurance,
            Optional<SignInRefusal> refusal, String detail) {
    }

    private SignInRefusedException refused(SchoolState school, String issuer, Optional<String> subjectId,
            Optional<String> personId, String assurance, SignInRefusedException refusal) {
        record(school, new Attempt(issuer, subjectId, personId, assurance, Optional.of(refusal.refusal()),
                SignInAttempted.detailOf(refusal.getMessage())));
        return refusal;
    }

    private void record(SchoolState school, Attempt attempt) {
        Instant now = log.now();
        LocalDate day = LocalDate.ofInstant(now, school.profile().orElseThrow().zone());
        log.writer().write(days, SchoolStreams.signIns(school.schoolId(), day), SignInDay.empty(), SIGN_IN,
                "a sign-in", (state, at) -> List.of(new SignInAttempted(attempt.issuer(), attempt.subjectId(),
                        attempt.personId(), attempt.assurance(), attempt.refusal(), attempt.detail(), at)));
    }
}
