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
@DisplayName("YR-3: rooms")
class AddRoomTest {

    @Test
    @DisplayName("a room is added, renamed, and adding it again changes nothing")
    void addsRenamesAndIsIdempotent() {
        SchoolState state = run(registered(), new AddRoom(ID, "214", "Кабинет физики"));
        assertThat(Programme.of(state).room("214")).contains(new Room("214", "Кабинет физики"));

        state = run(state, new AddRoom(ID, "214", "Кабинет химии"));
        assertThat(Programme.of(state).rooms()).containsOnlyKeys("214");
        assertThat(Programme.of(state).room("214")).contains(new Room("214", "Кабинет химии"));

        assertThat(decide(state, new AddRoom(ID, "214", "Кабинет химии"))).isEmpty();
    }

    @Test
    @DisplayName("a blank name is refused")
    void validated() {
        assertThatThrownBy(() -> decide(registered(), new AddRoom(ID, "214", "")))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("name");
    }
}
