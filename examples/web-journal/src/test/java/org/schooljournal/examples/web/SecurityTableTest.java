package org.schooljournal.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Administration;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.examples.schoolday.DemoSchool;

/**
 * Every page fetched as every role, against a table of what the regulation allows (ACC-2, ACC-3,
 * ACC-4, PD-2, DRY-2): a subject teacher reads the journals of the classes they teach and no other
 * (403, not a hidden link) — 5А's mathematics teacher is also 5Б's homeroom teacher, so reads every
 * journal of 5Б, and records only in those they teach (ACC-3); the administration reads every journal and the
 * control page; only a
 * student's own guardians read the student's diary — not another guardian, a teacher or the
 * administration (docs/diary.md); whoever is not signed in is sent to the sign-in page. Runs on a
 * school of its own ({@link OwnSchool}), as a guardian's opening of a diary is recorded (DRY-5).
 */
@Tag("ACC-2")
@Tag("ACC-3")
@Tag("ACC-4")
@Tag("PD-2")
@Tag("DRY-2")
class SecurityTableTest {

    /**
     * The expected answers: a row per request, a column per person. "302" is a redirect (to the
     * sign-in page, or home); "a/b" is either; "—" is not asked.
     */
    private static final String TABLE = """
            request        | nobody  | teacher5A | teacher5B | guardianA | guardianB | head    | deputy
            GET HOME       | 302     | 302       | 302       | 302       | 302       | 302     | 302
            GET SIGN_IN    | 200     | 200       | 200       | 200       | 200       | 200     | 200
            GET JOURNAL_5A | 302     | 200       | 403       | 403       | 403       | 200     | 200
            GET JOURNAL_5B | 302     | 200       | 200       | 403       | 403       | 200     | 200
            GET DIARY_A    | 302     | 403       | 403       | 200       | 403       | 403     | 403
            GET DIARY_B    | 302     | 403       | 403       | 403       | 200       | 403     | 403
            GET CONTROL    | 302     | 403       | 403       | 403       | 403       | 200     | 200
            GET PRINTOUT   | 302     | 403       | 403       | 403       | 403       | 200     | 200
            GET NOWHERE    | 404     | 404       | 404       | 404       | 404       | 404     | 404
            POST ENTRY_5B  | 401     | 403       | —         | 403       | 403       | 403     | 403
            """;

    /** The addresses of the table's requests that are not a demo person's home page. */
    private static final Map<String, String> ADDRESSES = Map.of(
            "HOME", "/",
            "SIGN_IN", Paths.SIGN_IN,
            "CONTROL", Paths.CONTROL,
            "PRINTOUT", Paths.PRINTOUTS + "/control.pdf",
            "NOWHERE", "/no-such-page");

    private static WebFixture web;
    private static final Map<String, WebClient> CLIENTS = new HashMap<>();

    @BeforeAll
    static void serveASchoolOfItsOwn() {
        web = OwnSchool.web();
    }

    /** One row of the table for one person. */
    record Case(String method, String request, String person, Set<Integer> expected) {
        @Override
        public String toString() {
            return method + " " + request + " as " + person + " → "
                    + expected.stream().map(String::valueOf).sorted().collect(Collectors.joining(" or "));
        }
    }

    static Stream<Case> table() {
        List<String> lines = TABLE.lines().filter(l -> !l.isBlank()).toList();
        List<String> people = cells(lines.get(0)).subList(1, cells(lines.get(0)).size());
        List<Case> cases = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            String[] request = cells.get(0).split(" ");
            for (int i = 0; i < people.size(); i++) {
                String cell = cells.get(i + 1);
                if (!cell.equals("—")) {
                    cases.add(new Case(request[0], request[1], people.get(i),
                            Arrays.stream(cell.split("/")).map(Integer::valueOf).collect(Collectors.toSet())));
                }
            }
        }
        return cases.stream();
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split("\\|")).map(String::strip).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    @DisplayName("every page as every role: the table of the regulation's answers")
    void everyPageAsEveryRoleAnswersAsTheTableSays(Case c) {
        WebClient client = client(c.person());
        HttpResponse<String> response = c.method().equals("GET")
                ? client.get(path(c.request()))
                : client.post(path(c.request()), Map.of());

        assertThat(response.statusCode()).as(c + ": " + response.headers().firstValue("Location").orElse(""))
                .isIn(c.expected());
        if (response.statusCode() == 403) {
            assertThat(response.body()).as("a refusal is a page that says so")
                    .contains(web.site().texts().get("error.forbidden"));
        }
        if (response.statusCode() == 404) {
            assertThat(response.body()).as("an unknown address is the site's page that says so")
                    .contains(web.site().texts().get("error.notFound"));
        }
        if (c.request().startsWith("DIARY") && response.statusCode() == 403) {
            assertThat(response.body()).as("the refusal does not name the student")
                    .doesNotContain(web.site().nameOf(student(c.request())));
        }
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location")).as("nobody is sent to sign in; the others home")
                    .contains(c.person().equals("nobody") ? Paths.SIGN_IN : person(c.person()).home());
        }
    }

    @Test
    @DisplayName("the table's people are who its rows take them for: 5А's mathematics teacher, who keeps 5Б (ACC-3)"
            + " but does not teach the 5Б subject of the table; a 5Б teacher who teaches and keeps nothing in 5А; guardians of two"
            + " different 5А pupils; the head and the deputy head")
    void theTablesPeopleAreWhoTheRowsTakeThemFor() {
        var school = web.site().school();
        Programme programme = Programme.of(school);
        Roster roster = Roster.of(school);
        Actor teacher5A = Actor.of(person("teacher5A").id());
        Actor teacher5B = Actor.of(person("teacher5B").id());

        assertThat(programme.teacherOf("5А", DemoSchool.MATHS_5A.subjectCode())).contains(teacher5A.personId());
        assertThat(Administration.isHomeroomTeacher(teacher5A, school, "5Б")).as("5А's teacher keeps 5Б").isTrue();
        assertThat(programme.teacherOf("5Б", subject5B())).as("5Б's other subject").isNotEqualTo(Optional.of(teacher5A.personId()));
        assertThat(journal5B()).isEqualTo(Paths.journal(new JournalKey("5Б", subject5B())));
        assertThat(programme.teacherOf("5Б", subject5B())).contains(teacher5B.personId());
        assertThat(programme.teachingLoad()).noneMatch(a -> a.holderCode().equals("5А")
                && a.teacherId().equals(teacher5B.personId()));
        assertThat(Administration.isHomeroomTeacher(teacher5B, school, "5А")).as("the 5Б teacher keeps 5А").isFalse();
        assertThat(Administration.includes(teacher5A, school)).isFalse();
        assertThat(Administration.includes(teacher5B, school)).isFalse();
        assertThat(student("DIARY_A")).isNotEqualTo(student("DIARY_B"));
        assertThat(roster.guardiansOf(student("DIARY_A"))).extracting(g -> g.personId())
                .contains(person("guardianA").id()).doesNotContain(person("guardianB").id());
        assertThat(roster.guardiansOf(student("DIARY_B"))).extracting(g -> g.personId())
                .contains(person("guardianB").id()).doesNotContain(person("guardianA").id());
        assertThat(school.rolesOf(person("head").id())).contains(Role.HEAD);
        assertThat(school.rolesOf(person("deputy").id())).contains(Role.DEPUTY_HEAD);
    }

    private static String path(String request) {
        return switch (request) {
            case "JOURNAL_5A" -> person("teacher5A").home();
            case "JOURNAL_5B" -> journal5B();
            case "DIARY_A" -> person("guardianA").home();
            case "DIARY_B" -> person("guardianB").home();
            case "ENTRY_5B" -> journal5B() + JournalForms.ENTRIES;
            default -> ADDRESSES.get(request);
        };
    }

    private static String journal5B() {
        return person("teacher5B").home();
    }

    private static String subject5B() {
        String[] parts = journal5B().split("/");
        return URLDecoder.decode(parts[3], StandardCharsets.UTF_8);
    }

    private static String student(String diary) {
        String home = path(diary);
        return URLDecoder.decode(home.substring(home.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    }

    /** The demo people by the table's names, in the order the sign-in page lists them. */
    private static DemoPeople.Person person(String name) {
        List<String> names = List.of("teacher5A", "teacher5B", "guardianA", "guardianB", "head", "deputy");
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no person " + name + " in the table");
        }
        return web.site().people().all().get(index);
    }

    private static WebClient client(String name) {
        return CLIENTS.computeIfAbsent(name, n -> {
            WebClient client = new WebClient(web);
            if (n.equals("nobody")) {
                client.get(Paths.SIGN_IN);
            } else {
                client.signIn(person(n).id());
            }
            return client;
        });
    }
}
