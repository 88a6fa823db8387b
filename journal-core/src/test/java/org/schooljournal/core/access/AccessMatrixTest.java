package org.schooljournal.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.access.AccessSchool.ADMIN;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.compromise.ReportCompromise;
import org.schooljournal.core.school.RevokeRole;

/**
 * The access matrix: every command and read of the engine by every role and relation, each cell's
 * outcome as {@code access-matrix.csv} (next to this class) says — allowed, or denied with
 * ACCESS_DENIED and nothing appended. Each cell runs on its own copy of {@link AccessSchool}'s log.
 */
@DisplayName("The access matrix: every command and read × every role and relation, as access-matrix.csv says")
class AccessMatrixTest {

    private static final Map<String, Relation> RELATIONS = relations();

    @TempDir
    static Path files;

    /**
     * A column: who acts, and what the school's people do first to give them that relation.
     *
     * @param actor who acts
     * @param prepare what is done before, such as revoking a role; empty if nothing
     */
    private record Relation(Actor actor, Optional<Consumer<AccessSchool.Copy>> prepare) {

        Relation(Actor actor) {
            this(actor, Optional.empty());
        }

        Relation(Actor actor, Consumer<AccessSchool.Copy> prepare) {
            this(actor, Optional.of(prepare));
        }
    }

    /**
     * The copies of the school a row's denied cells share: a denial changes nothing (each cell checks
     * it), so they need no copy each — one as the school is, and one for each column with a
     * preparation, so that no column's preparation decides another's cell; an allowed cell has its own.
     */
    private static final class Shared {

        private final AccessOperations.Operation operation;
        private final Map<Relation, AccessSchool.Copy> copies = new HashMap<>();

        Shared(AccessOperations.Operation operation) {
            this.operation = operation;
        }

        AccessSchool.Copy copy(Relation relation) {
            Relation key = relation.prepare().isEmpty() ? PLAIN : relation;
            return copies.computeIfAbsent(key, unused -> {
                AccessSchool.Copy copy = fresh(operation);
                relation.prepare().ifPresent(prepare -> prepare.accept(copy));
                return copy;
            });
        }
    }

    private static final Relation PLAIN = new Relation(Actor.of("plain"));

    private static AccessSchool.Copy fresh(AccessOperations.Operation operation) {
        AccessSchool.Copy copy = AccessSchool.copy(operation.at());
        operation.prepare().accept(copy.engine());
        return copy;
    }

    /** A row: the operation's name and the expected outcome in each column, in the file's order. */
    private record Row(String operation, Map<String, String> outcomes) {
    }

    private static Map<String, Relation> relations() {
        Map<String, Relation> relations = new LinkedHashMap<>();
        relations.put("head", new Relation(AccessSchool.HEAD));
        relations.put("deputy", new Relation(AccessSchool.DEPUTY));
        relations.put("sysadmin", new Relation(ADMIN));
        relations.put("teacher", new Relation(AccessSchool.TEACHER));
        relations.put("teacher 5Б", new Relation(AccessSchool.OTHER_TEACHER));
        relations.put("substitute", new Relation(AccessSchool.SUBSTITUTE));
        relations.put("substitute revoked", new Relation(AccessSchool.SUBSTITUTE, copy -> copy.engine().execute(ADMIN,
                new RevokeRole(AccessSchool.ID, AccessSchool.SUBSTITUTE.personId(), Role.SUBJECT_TEACHER))));
        relations.put("homeroom", new Relation(AccessSchool.HOMEROOM));
        relations.put("homeroom 5Б", new Relation(AccessSchool.OTHER_HOMEROOM));
        relations.put("guardian", new Relation(AccessSchool.GUARDIAN));
        relations.put("guardian 5Б", new Relation(AccessSchool.OTHER_GUARDIAN));
        relations.put("pupil", new Relation(AccessSchool.PUPIL));
        relations.put("pupil 5Б", new Relation(AccessSchool.OTHER_PUPIL));
        relations.put("teacher revoked", new Relation(AccessSchool.TEACHER, copy -> copy.engine().execute(ADMIN,
                new RevokeRole(AccessSchool.ID, AccessSchool.TEACHER.personId(), Role.SUBJECT_TEACHER))));
        relations.put("stranger", new Relation(AccessSchool.STRANGER));
        relations.put("blocked", new Relation(AccessSchool.TEACHER, copy -> copy.engine().compromises().report(ADMIN,
                new ReportCompromise(AccessSchool.ID, AccessSchool.TEACHER.personId(), copy.now().minusSeconds(600),
                        copy.now(), "пароль стал известен постороннему лицу"))));
        return relations;
    }

    private static List<Row> rows() throws IOException {
        List<String> lines;
        try (InputStream in = AccessMatrixTest.class.getResourceAsStream("access-matrix.csv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
        List<String> columns = cells(lines.get(0));
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            Map<String, String> outcomes = new LinkedHashMap<>();
            for (int i = 1; i < columns.size(); i++) {
                outcomes.put(columns.get(i), cells.get(i));
            }
            rows.add(new Row(cells.get(0), outcomes));
        }
        return rows;
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split(",", -1)).map(String::strip).toList();
    }

    @Test
    @DisplayName("the table has a column for every relation and a row for every operation the engine has, each once; every command is a row")
    void tableIsWhole() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).allSatisfy(row -> assertThat(row.outcomes()).containsOnlyKeys(RELATIONS.keySet())
                .allSatisfy((column, outcome) -> assertThat(outcome).isIn("ok", "no")));
        List<String> names = rows.stream().map(Row::operation).toList();
        assertThat(names).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(AccessOperations.all(files).keySet());
        Set<String> commands = new TreeSet<>();
        for (String family : List.of("school.OwnCommand", "programme.ProgrammeCommand", "roster.RosterCommand",
                "notification.ContactCommand", "journal.JournalCommand")) {
            for (Class<?> type : permitted("org.schooljournal.core." + family)) {
                commands.add(type.getSimpleName());
            }
        }
        assertThat(commands).allSatisfy(command -> assertThat(names).as("rows")
                .anyMatch(name -> name.equals(command) || name.startsWith(command + " ")));
    }

    @Test
    @Tag("PD-4")
    @DisplayName("PD-4: a blocked account — the journal's own teacher, reported compromised — is refused in every row of"
            + " its school")
    void blockedIsRefusedEverywhere() throws IOException {
        assertThat(rows()).filteredOn(row -> !row.operation().equals("RegisterSchool"))
                .allSatisfy(row -> assertThat(row.outcomes().get("blocked")).isEqualTo("no"));
    }

    @TestFactory
    @Tag("ACC-1") @Tag("ACC-2") @Tag("ACC-3") @Tag("ACC-4") @Tag("ACC-5") @Tag("LES-5") @Tag("ROS-4") @Tag("DRY-2")
    @Tag("DRY-4") @Tag("PD-1") @Tag("PD-2") @Tag("NTF-4")
    @DisplayName("each cell")
    Stream<DynamicNode> eachCell() throws IOException {
        Map<String, AccessOperations.Operation> operations = AccessOperations.all(files);
        return rows().stream().map(row -> {
            Shared shared = new Shared(operations.get(row.operation()));
            return DynamicContainer.dynamicContainer(row.operation(),
                    row.outcomes().entrySet().stream().map(cell -> DynamicTest.dynamicTest(
                            row.operation() + " × " + cell.getKey() + ": " + cell.getValue(),
                            () -> check(shared, RELATIONS.get(cell.getKey()), cell.getValue()))));
        });
    }

    private static void check(Shared shared, Relation relation, String outcome) {
        AccessOperations.Operation operation = shared.operation;
        AccessSchool.Copy copy;
        if (outcome.equals("no")) {
            copy = shared.copy(relation);
        } else {
            copy = fresh(operation);
            relation.prepare().ifPresent(prepare -> prepare.accept(copy));
        }
        int before = copy.events();
        if (outcome.equals("ok")) {
            assertThatCode(() -> operation.act().accept(copy.engine(), relation.actor())).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> operation.act().accept(copy.engine(), relation.actor()))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining(relation.actor().personId())
                    .satisfies(denial -> {
                        if (relation == RELATIONS.get("blocked")) {
                            assertThat(((AccessDeniedException) denial).requirement()).isEqualTo("PD-4");
                        }
                    });
            assertThat(copy.events()).as("nothing appended").isEqualTo(before);
        }
    }

    private static Class<?>[] permitted(String name) {
        try {
            return Class.forName(name).getPermittedSubclasses();
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
