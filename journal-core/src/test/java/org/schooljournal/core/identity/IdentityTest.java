package org.schooljournal.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.adapter.tck.MovingClock;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.compromise.ReportCompromise;
import org.schooljournal.core.compromise.RestoreAccount;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.identity.PendingSignIn;
import org.schooljournal.spi.identity.SignInProvider;
import org.schooljournal.spi.identity.SignInRefusal;
import org.schooljournal.spi.identity.SignInRefusedException;
import org.schooljournal.spi.identity.Subject;
import org.schooljournal.spi.identity.VerifiedSignIn;

@DisplayName("ACC-6, PD-3, PD-4: subjects bound to the school's people, and a verified sign-in made the bound person's actor")
class IdentityTest {

    private static final String SCHOOL = "86-001";
    private static final Actor ADMIN = Actor.of("admin");
    private static final Actor HEAD = Actor.of("head");
    private static final Actor TEACHER = Actor.of("t-math");
    private static final String ISSUER = "https://sso.ugra.example/realms/schools";
    private static final Subject PETROVA = Subject.of(ISSUER, "sub-petrova");
    private static final Subject OTHER = Subject.of(ISSUER, "sub-other");
    /** Monday 12 October 2026, 10:00 in Yekaterinburg. */
    private static final Instant MONDAY = Instant.parse("2026-10-12T05:00:00Z");

    private InMemoryEventStore store;
    private MovingClock clock;
    private JournalEngine engine;

    @BeforeEach
    void setUp() {
        store = new InMemoryEventStore();
        clock = new MovingClock(MONDAY);
        engine = JournalEngine.builder().eventStore(store).clock(clock).build();
        engine.execute(ADMIN, new RegisterSchool(SCHOOL, "МБОУ «Средняя школа № 1»", SchoolCalendar.YUGRA));
        engine.execute(ADMIN, new AssignRole(SCHOOL, HEAD.personId(), Role.HEAD));
        engine.execute(HEAD, new HireStaff(SCHOOL, TEACHER.personId(), "Петрова", "Мария", "Ивановна"));
        engine.execute(HEAD, new HireStaff(SCHOOL, "t-russian", "Ёлкина", "Анна", "Петровна"));
        engine.execute(ADMIN, new AssignRole(SCHOOL, TEACHER.personId(), Role.SUBJECT_TEACHER));
    }

    private static VerifiedSignIn verified(Subject subject) {
        return new VerifiedSignIn(subject, "silver", MONDAY);
    }

    private long schoolVersion() {
        return store.version("school-" + SCHOOL);
    }

    private List<SignInAttempted> today() {
        return engine.identity().signIns(HEAD, SCHOOL, LocalDate.of(2026, 10, 12));
    }

    @Nested
    @Tag("ACC-6")
    @Tag("PD-3")
    @DisplayName("ACC-6, PD-3: a bound subject signs in as its person")
    class Binding {

        @Test
        @DisplayName("the head binds a subject; its sign-in is the teacher's actor, recorded as granted with who bound it")
        void signsInAsTheBoundPerson() {
            engine.identity().bind(HEAD, SCHOOL, PETROVA, TEACHER.personId());

            Actor actor = engine.identity().signIn(SCHOOL, verified(PETROVA));

            assertThat(actor).isEqualTo(TEACHER);
            assertThat(engine.identity().bindings(HEAD, SCHOOL)).singleElement().satisfies(binding -> {
                assertThat(binding.subject()).isEqualTo(PETROVA);
                assertThat(binding.personId()).isEqualTo("t-math");
                assertThat(binding.boundBy()).isEqualTo("head");
                assertThat(binding.boundAt()).isEqualTo(MONDAY);
            });
            assertThat(today()).singleElement().satisfies(attempt -> {
                assertThat(attempt.granted()).isTrue();
                assertThat(attempt.subjectId()).contains("sub-petrova");
                assertThat(attempt.personId()).contains("t-math");
                assertThat(attempt.assurance()).isEqualTo("silver");
                assertThat(attempt.at()).isEqualTo(MONDAY);
            });
        }

        @Test
        @DisplayName("the binding is a command in the school's log, read back after a restart; binding it again appends nothing")
        void bindingIsInTheSchoolsLog() {
            engine.identity().bind(HEAD, SCHOOL, PETROVA, TEACHER.personId());
            long version = schoolVersion();

            assertThat(engine.identity().bind(HEAD, SCHOOL, PETROVA, TEACHER.personId()).appended()).isEmpty();
            assertThat(schoolVersion()).isEqualTo(version);
            assertThat(store.read("school-" + SCHOOL, version, 1).get(0).event().type()).isEqualTo("SubjectBound");

            JournalEngine restarted = JournalEngine.builder().eventStore(store).clock(clock).build();
            assertThat(restarted.identity().signIn(SCHOOL, verified(PETROVA))).isEqualTo(TEACHER);
        }

        @Test
        @DisplayName("PD-3: a subject bound to another person of the school is refused, naming both, and nothing is bound")
        void subjectBoundElsewhereIsRefused() {
            engine.identity().bind(HEAD, SCHOOL, PETROVA, TEACHER.personId());
            long version = schoolVersion();

            assertThatThrownBy(() -> engine.identity().bind(HEAD, SCHOOL, PETROVA, "t-russian"))
                    .isInstanceOf(InvalidCommandException.class)
                    .hasMessageContaining("subject").hasMessageContaining("sub-petrova")
                    .hasMessageContaining("bound to person t-math").hasMessageContaining("PD-3");
            assertThat(schoolVersion()).isEqualTo(version);
            assertThat(engine.identity().signIn(SCHOOL, verified(PETROVA))).isEqualTo(TEACHER);
        }

        @Test
        @DisplayName("PD-3: a second subject of the same issuer for a person is refused until the first is unbound")
        void secondSubjectOfAnIssuerIsRefused() {
            engine.identity().bind(HEAD, SCHOOL, PETROVA, TEACHER.personId());
            long version = schoolVersion();

            assertThatThrownBy(() -> engine.identity().bind(HEAD, SCHOOL, OTHER, TEACHER.personId()))
                    .isInstanceOf(InvalidCommandException.class).hasMessageContaining("personId")
                    .hasMessageContaining("is bound to subject sub-petrova at " + ISSUER);
            assertThat(schoolVersion()).isEqualTo(version);

            engine.identity().unbind(HEAD, SCHOOL, PETROVA, "учётная запись заменена");
            engine.identity().bind(HEAD, SCHOOL, OTHER, TEACHER.personId());
            engine.identity().bind(HEAD, SCHOOL, Subject.of("https://esia.gosuslugi.ru/", "1000299353"),
                    TEACHER.personId());

            assertThat(engine.identity().signIn(SCHOOL, verified(OTHER))).isEqualTo(TEACHER);
            assertThatThrownBy(() -> engine.identity().signIn(SCHOOL, verified(PETROVA)))
                    .isInstanceOfSatisfying(SignInRefusedException.class,
                            e -> assertThat(e.refusal()).isEqualTo(SignInRefusal.UNKNOWN_SUBJECT));
        }

        @Test
        @DisplayName("a person the school does not know is refused NOT_FOUND, naming them")
        void unknownPersonIsRefused() {
            assertThatThrownBy(() -> engine.identity().bind(HEAD, SCHOOL, PETROVA, "nobody"))
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                    .hasMessageContaining("personId").hasMessageContaining("nobody");
        }

        @Test
        @DisplayName("unbinding a subject bound to no one is refused, naming it")
        void unbindingNothingIsRefused() {
            assertThatThrownBy(() -> engine.identity().unbind(HEAD, SCHOOL, PETROVA, "ошибка"))
                    .isInstanceOf(InvalidCommandException.class).hasMessageContaining("is bound to no person");
        }

        @Test
        @DisplayName("ACC-6: only the administration and the system administrator bind; a teacher is refused naming PD-3")
        void onlyTheAdministrationBinds() {
            long version = schoolVersion();

            assertThatThrownBy(() -> engine.identity().bind(TEACHER, SCHOOL, PETROVA, TEACHER.personId()))
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.requirement()).isEqualTo("PD-3"));
            assertThat(schoolVersion()).isEqualTo(version);
            engine.identity().bind(ADMIN, SCHOOL, PETROVA, TEACHER.personId());
            assertThat(engine.identity().signIn(SCHOOL, verified(PETROVA))).isEqualTo(TEACHER);
        }
    }

    @Nested
    @Tag("ACC-6")
    @DisplayName("ACC-6: every sign-in and refusal is recorded in the school's sign-in stream of the day")
    class Record {

        @Test
        @DisplayName("an unknown subject is refused UNKNOWN_SUBJECT, recorded with its subject and no person")
        void unknownSubjectIsRefusedAndRecorded() {
            assertThatThrownBy(() -> engine.identity().signIn(SCHOOL, verified(PETROVA)))
                    .isInstanceOfSatisfying(SignInRefusedException.class, e -> {
                        assertThat(e.refusal()).isEqualTo(SignInRefusal.UNKNOWN_SUBJECT);
                        assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
                    }).hasMessageContaining("sub-petrova").hasMessageContaining("bound to no person of school 86-001");

            assertThat(today()).singleElement().satisfies(attempt -> {
                assertThat(attempt.refusal()).contains(SignInRefusal.UNKNOWN_SUBJECT);
                assertThat(attempt.subjectId()).contains("sub-petrova");
                assertThat(attempt.personId()).isEmpty();
                assertThat(attempt.detail()).contains("bound to no person");
            });
        }

        @Test
        @DisplayName("sign-ins never lengthen the school's stream: they go to school-<id>/sign-in/<day of the school's zone>")
        void signInsHaveAStreamPerDay() {
            engine.identity().bind(HEAD, SCHOOL, PETROVA, TEACHER.personId());
            long version = schoolVersion();

            engine.identity().signIn(SCHOOL, verified(PETROVA));
            clock.advance(Duration.ofHours(14)); // 00:00 on Tuesday in Yekaterinburg, still Monday in UTC
            engine.identity().signIn(SCHOOL, verified(PETROVA));

            assertThat(schoolVersion()).isEqualTo(version);
            assertThat(store.version("school-86-001/sign-in/2026-10-12")).isEqualTo(1);
            assertThat(store.version("school-86-001/sign-in/2026-10-13")).isEqualTo(1);
            assertThat(store.read("school-86-001/sign-in/2026-10-13", 1, 1).get(0).event().actor())
                    .isEqualTo(Identity.SIGN_IN);
            assertThat(engine.identity().signIns(HEAD, SCHOOL, LocalDate.of(2026, 10, 13))).hasSize(1);
        }

        @Test
        @DisplayName("a refusal of the provider's protocol is recorded with the provider's issuer and no subject")
        void protocolRefusalIsRecorded() {
            SignInProvider refusing = new SignInProvider() {
                @Override
                public String issuer() {
                    return ISSUER;
                }

                @Override
                public PendingSignIn start(URI redirectUri) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public org.schooljournal.spi.identity.VerifiedSignIn finish(PendingSignIn pending,
                        Map<String, String> callbackParameters) {
                    throw new SignInRefusedException(SignInRefusal.STATE, "state 'forged' is not this sign-in's");
                }
            };
            PendingSignIn pending = new PendingSignIn(ISSUER, URI.create("https://idp/auth"), URI.create("https://app/cb"),
                    "state-1", "", "", MONDAY);

            assertThatThrownBy(() -> engine.identity().signIn(SCHOOL, refusing, pending, Map.of("state", "forged")))
                    .isInstanceOfSatisfying(SignInRefusedException.class,
                            e -> assertThat(e.refusal()).isEqualTo(SignInRefusal.STATE));
            assertThat(today()).singleElement().satisfies(attempt -> {
                assertThat(attempt.issuer()).isEqualTo(ISSUER);
                assertThat(attempt.subjectId()).isEmpty();
                assertThat(attempt.refusal()).contains(SignInRefusal.STATE);
                assertThat(attempt.detail()).isEqualTo("sign-in refused (STATE): state 'forged' is not this sign-in's");
            });
        }

        @Test
        @DisplayName("a sign-in to an unregistered school is NOT_FOUND and recorded nowhere")
        void unregisteredSchoolRecordsNothing() {
            assertThatThrownBy(() -> engine.identity().signIn("86-999", verified(PETROVA)))
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
            assertThat(store.streamIds("school-86-999")).isEmpty();
        }

        @Test
        @Tag("PD-2")
        @DisplayName("PD-2: the administration reads the record; a teacher is refused")
        void onlyTheAdministrationReadsTheRecord() {
            assertThatThrownBy(() -> engine.identity().signIns(TEACHER, SCHOOL, LocalDate.of(2026, 10, 12)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> engine.identity().bindings(TEACHER, SCHOOL))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(engine.identity().signIns(ADMIN, SCHOOL, LocalDate.of(2026, 10, 12))).isEmpty();
        }

        @Test
        @DisplayName("a refusal's detail is kept on one line, cut to 1000 characters")
        void detailIsOneBoundedLine() {
            assertThat(SignInAttempted.detailOf("a\nb\tc")).isEqualTo("a b c");
            assertThat(SignInAttempted.detailOf("x".repeat(5000))).hasSize(SignInAttempted.MAX_DETAIL).endsWith("…");
        }
    }

    @Nested
    @Tag("PD-4")
    @DisplayName("PD-4: a blocked account cannot sign in")
    class Blocked {

        @Test
        @DisplayName("from the instant the head was informed of a compromise, the bound subject is refused BLOCKED_ACCOUNT and recorded; after the restoration it signs in again")
        void blockedAccountIsRefused() {
            engine.identity().bind(HEAD, SCHOOL, PETROVA, TEACHER.personId());
            engine.compromises().report(HEAD, new ReportCompromise(SCHOOL, TEACHER.personId(), MONDAY.minusSeconds(600),
                    MONDAY.minusSeconds(300), "пароль стал известен постороннему лицу"));

            assertThatThrownBy(() -> engine.identity().signIn(SCHOOL, verified(PETROVA)))
                    .isInstanceOfSatisfying(SignInRefusedException.class,
                            e -> assertThat(e.refusal()).isEqualTo(SignInRefusal.BLOCKED_ACCOUNT))
                    .hasMessageContaining("t-math").hasMessageContaining("compromise report 1").hasMessageContaining("PD-4");
            assertThat(today()).singleElement().satisfies(attempt -> {
                assertThat(attempt.refusal()).contains(SignInRefusal.BLOCKED_ACCOUNT);
                assertThat(attempt.personId()).contains("t-math");
            });

            clock.advance(Duration.ofMinutes(30));
            engine.compromises().drawUpAct(HEAD, SCHOOL, 1);
            engine.execute(HEAD, new RestoreAccount(SCHOOL, TEACHER.personId(), "пароль ЕСИА сменён"));
            assertThat(engine.identity().signIn(SCHOOL, verified(PETROVA))).isEqualTo(TEACHER);
            assertThat(today()).extracting(SignInAttempted::granted).containsExactly(false, true);
            assertThat(engine.compromises().act(HEAD, SCHOOL, 1).compromise().operations())
                    .noneMatch(op -> op.type().equals("SignInAttempted"));
        }
    }

    @Test
    @DisplayName("the sign-in record's refusal names are optional values in the stored event")
    void grantedAttemptHasNoRefusal() {
        SignInAttempted granted = new SignInAttempted(ISSUER, Optional.of("s"), Optional.of("p"), "", Optional.empty(), "",
                MONDAY);
        assertThat(granted.granted()).isTrue();
    }
}
