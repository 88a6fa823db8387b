package org.schooljournal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.archive.Archive;
import org.schooljournal.core.journal.JournalStates;
import org.schooljournal.core.school.SchoolStates;

/**
 * PD-2: every read of personal data takes its reader and checks their right, or lives in a host
 * facet — one whose every method is for the host's own processes. This test lists the host
 * facets' methods, so that adding one is a decision someone makes on purpose.
 */
@DisplayName("PD-2: every facet's read takes its reader, but the host facets', which are listed here")
@Tag("PD-2")
class HostFacetTest {

    /** The host facets and their methods: for the host's own processes, no reader checked. */
    private static final Set<String> HOST_METHODS = Set.of(
            "Host.school(String)",
            "Host.rebuildSchool(String)",
            "Host.journal(String, JournalKey)",
            "Host.rebuildJournal(String, JournalKey)",
            "Host.journals(String)",
            "Host.dispatch(String)",
            "Host.dispatch(String, Notifier)",
            "Archive.verify(String)",
            "Archive.verify(String, Checkpoint)",
            "Archive.verify(String, SignedCheckpoint)",
            "Archive.checkpoint(String)",
            "Archive.backup(String, Path)",
            "Archive.restore(Path)",
            "Host.feed(String, FeedCursor, int)");

    /** Methods of the other facets that take no reader and read no personal data: a state's rules, which only a checked read gives. */
    private static final Set<String> NO_PERSONAL_DATA = Set.of(
            "Schools.ruleSet()",
            "Schools.ruleSet(SchoolState)",
            "Schools.rules(SchoolState)");

    /** The sign-in, which makes the actor from a verified sign-in (ACC-6): no actor exists before it. */
    private static final Set<String> SIGN_IN = Set.of(
            "Identity.signIn(String, VerifiedSignIn)",
            "Identity.signIn(String, SignInProvider, PendingSignIn, Map)");

    private static List<Class<?>> facets() {
        return Arrays.stream(JournalEngine.class.getMethods())
                .filter(method -> method.getDeclaringClass() == JournalEngine.class && method.getParameterCount() == 0
                        && !Modifier.isStatic(method.getModifiers())
                        && method.getReturnType().getPackageName().startsWith("org.schooljournal.core"))
                .map(Method::getReturnType).distinct().toList();
    }

    private static List<Method> publicMethods(Class<?> facet) {
        return Arrays.stream(facet.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
                .toList();
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
                + ")";
    }

    @Test
    @DisplayName("the engine's facets are these, and engine.host() and engine.archive() are the host facets")
    void facetsAreKnown() {
        assertThat(facets()).extracting(Class::getSimpleName).containsExactlyInAnyOrder("Schools", "Journals",
                "Diaries", "Notifications", "Reports", "Archive", "Retention", "Compromises", "Host", "Feed",
                "Identity");
    }

    @Test
    @DisplayName("the host facets' methods are exactly the listed ones, for the host's own processes")
    void hostMethodsAreListed() {
        Set<String> found = new TreeSet<>();
        for (Class<?> facet : List.of(Host.class, Archive.class)) {
            publicMethods(facet).forEach(method -> found.add(name(method)));
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(HOST_METHODS);
    }

    @Test
    @DisplayName("every method of every other facet takes its actor or reader first, but the rules of a state")
    void everyOtherMethodTakesItsReader() {
        for (Class<?> facet : facets()) {
            if (facet == Host.class || facet == Archive.class) {
                continue;
            }
            for (Method method : publicMethods(facet)) {
                if (!NO_PERSONAL_DATA.contains(name(method)) && !SIGN_IN.contains(name(method))) {
                    assertThat(method.getParameterTypes()).as(name(method)).isNotEmpty().startsWith(Actor.class);
                }
            }
        }
    }

    @Test
    @DisplayName("no facet hands out the unchecked states the facets read through")
    void uncheckedStatesStayInside() {
        for (Class<?> facet : facets()) {
            for (Method method : publicMethods(facet)) {
                assertThat(method.getReturnType()).as(name(method)).isNotIn(SchoolStates.class, JournalStates.class);
            }
        }
        assertThat(Arrays.stream(JournalEngine.class.getMethods()).map(Method::getReturnType))
                .doesNotContain(SchoolStates.class, JournalStates.class);
    }
}
