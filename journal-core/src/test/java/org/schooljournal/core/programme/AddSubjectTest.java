package org.schooljournal.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.programme.ProgrammeFixture.ID;
import static org.schooljournal.core.programme.ProgrammeFixture.decide;
import static org.schooljournal.core.programme.ProgrammeFixture.registered;
import static org.schooljournal.core.programme.ProgrammeFixture.run;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.InvalidCommandException;

@Tag("YR-3")
@DisplayName("YR-3: subjects of the federal curriculum and of the school's component")
class AddSubjectTest {

    @Test
    @DisplayName("a subject is added with its Russian name and component")
    void adds() {
        SchoolState state = run(registered(), new AddSubject(ID, "МАТ", " Математика ", SubjectComponent.FEDERAL));

        assertThat(Programme.of(state).subject("МАТ"))
                .contains(new Subject("МАТ", "Математика", SubjectComponent.FEDERAL));
    }

    @Test
    @DisplayName("adding the same subject again changes nothing")
    void idempotent() {
        AddSubject command = new AddSubject(ID, "РОБ", "Робототехника", SubjectComponent.SCHOOL);
        SchoolState state = run(registered(), command);

        assertThat(decide(state, command)).isEmpty();
    }

    @Test
    @DisplayName("adding a known code with another name or component updates the subject")
    void updates() {
        SchoolState state = run(registered(), new AddSubject(ID, "РОБ", "Робототехника", SubjectComponent.SCHOOL));

        assertThat(decide(state, new AddSubject(ID, "РОБ", "Робототехника", SubjectComponent.FEDERAL)))
                .containsExactly(new SubjectAdded(new Subject("РОБ", "Робототехника", SubjectComponent.FEDERAL)));
    }

    @Test
    @DisplayName("a blank name or a code with spaces is refused, naming each field")
    void validated() {
        assertThatThrownBy(() -> decide(registered(), new AddSubject(ID, "М А Т", " ", SubjectComponent.FEDERAL)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(InvalidCommandException.Violation::field).containsExactly("code", "name"));
    }
}
