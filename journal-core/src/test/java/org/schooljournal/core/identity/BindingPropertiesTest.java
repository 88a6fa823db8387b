package org.schooljournal.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.identity.Subject;

/** Properties of binding subjects to people over generated histories of binds and unbinds (PD-3). */
class BindingPropertiesTest {

    private static final String SCHOOL = "86-001";
    private static final Actor ADMIN = Actor.of("admin");
    private static final Actor HEAD = Actor.of("head");
    private static final List<String> ISSUERS = List.of("https://esia.gosuslugi.ru/", "https://sso.ugra.example/");
    private static final List<String> PEOPLE = List.of("p-0", "p-1", "p-2");

    /** A bind of a subject to a person, or an unbind of the subject. */
    record Step(boolean bind, Subject subject, String person) {
    }

    /** Steps over two issuers, three subjects each and three people, so that clashes are frequent. */
    static Gen<List<Step>> histories() {
        Gen<Step> step = integers().between(0, 2 * 2 * 3 * 3 - 1).map(n -> new Step(n % 2 == 0,
                Subject.of(ISSUERS.get(n / 2 % 2), "sub-" + n / 4 % 3), PEOPLE.get(n / 12 % 3)));
        return lists().of(step).ofSizeBetween(1, 24);
    }

    private static JournalEngine school(InMemoryEventStore store) {
        JournalEngine engine = JournalEngine.builder().eventStore(store)
                .clock(java.time.Clock.fixed(Instant.parse("2026-10-12T05:00:00Z"), java.time.ZoneOffset.UTC)).build();
        engine.execute(ADMIN, new RegisterSchool(SCHOOL, "МБОУ «Средняя школа № 1»", SchoolCalendar.YUGRA));
        engine.execute(ADMIN, new AssignRole(SCHOOL, HEAD.personId(), Role.HEAD));
        PEOPLE.forEach(person -> engine.execute(HEAD, new HireStaff(SCHOOL, person, "Петрова", "Мария", "Ивановна")));
        return engine;
    }

    /** Returns what the model expects of the step: the new model, or empty if the step is refused; the same if it changes nothing. */
    private static Optional<Map<Subject, String>> expected(Map<Subject, String> model, Step step) {
        Map<Subject, String> next = new HashMap<>(model);
        String bound = model.get(step.subject());
        if (!step.bind()) {
            if (bound == null) {
                return Optional.empty();
            }
            next.remove(step.subject());
            return Optional.of(next);
        }
        if (step.person().equals(bound)) {
            return Optional.of(next);
        }
        boolean personHasIssuer = model.entrySet().stream().anyMatch(e -> e.getValue().equals(step.person())
                && e.getKey().issuer().equals(step.subject().issuer()));
        if (bound != null || personHasIssuer) {
            return Optional.empty();
        }
        next.put(step.subject(), step.person());
        return Optional.of(next);
    }

    @Test
    @Tag("PD-3")
    @DisplayName("PD-3: after every step of any history, one subject is bound to one person and a person to one subject"
            + " of each issuer; what the model refuses is refused and changes nothing; a sign-in acts as the bound person")
    void bindingsStayPersonal() {
        qt().withExamples(60).forAll(histories()).checkAssert(steps -> {
            InMemoryEventStore store = new InMemoryEventStore();
            JournalEngine engine = school(store);
            Map<Subject, String> model = new HashMap<>();
            for (Step step : steps) {
                long version = store.version("school-" + SCHOOL);
                Optional<Map<Subject, String>> next = expected(model, step);
                boolean refused = false;
                try {
                    if (step.bind()) {
                        engine.identity().bind(HEAD, SCHOOL, step.subject(), step.person());
                    } else {
                        engine.identity().unbind(HEAD, SCHOOL, step.subject(), "замена");
                    }
                } catch (JournalException e) {
                    refused = true;
                }
                assertThat(refused).as("%s refused, model %s", step, model).isEqualTo(next.isEmpty());
                if (refused) {
                    assertThat(store.version("school-" + SCHOOL)).as("%s changed nothing", step).isEqualTo(version);
                } else {
                    model = next.get();
                }
                Map<Subject, String> bound = engine.identity().bindings(HEAD, SCHOOL).stream()
                        .collect(Collectors.toMap(Binding::subject, Binding::personId));
                assertThat(bound).isEqualTo(model);
                assertThat(bound.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().issuer()).distinct())
                        .hasSize(bound.size());
            }
            model.forEach((subject, person) -> assertThat(engine.identity().signIn(SCHOOL,
                    new org.schooljournal.spi.identity.VerifiedSignIn(subject, "", Instant.EPOCH)))
                    .isEqualTo(Actor.of(person)));
        });
    }
}
