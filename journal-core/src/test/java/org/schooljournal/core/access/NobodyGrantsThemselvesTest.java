package org.schooljournal.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.access.AccessSchool.ADMIN;
import static org.schooljournal.core.access.AccessSchool.DEPUTY;
import static org.schooljournal.core.access.AccessSchool.HEAD;
import static org.schooljournal.core.access.AccessSchool.HOMEROOM;
import static org.schooljournal.core.access.AccessSchool.ID;
import static org.schooljournal.core.access.AccessSchool.PUPIL;

import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.roster.LinkGuardian;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;

@DisplayName("Nobody grants themselves a role, a guardianship or a class; another holder of the right does")
class NobodyGrantsThemselvesTest {

    private final AccessSchool.Copy school = AccessSchool.copy(AccessOperations.DURING_THE_LESSON);
    private final JournalEngine engine = school.engine();

    private void denied(ThrowableAssert.ThrowingCallable command, Permission missing, String requirement) {
        int before = school.events();
        assertThatThrownBy(command).isInstanceOfSatisfying(AccessDeniedException.class, e -> {
            assertThat(e.missing()).isEqualTo(missing);
            assertThat(e.requirement()).isEqualTo(requirement);
            assertThat(e.getMessage()).contains("giving themselves");
        });
        assertThat(school.events()).isEqualTo(before);
    }

    @Test
    @Tag("ACC-5")
    @DisplayName("ACC-5: a system administrator does not make themselves head; another system administrator may")
    void roles() {
        denied(() -> engine.execute(ADMIN, new AssignRole(ID, ADMIN.personId(), Role.HEAD)), Permission.MANAGE_ACCOUNTS,
                "ACC-5");
        engine.execute(ADMIN, new AssignRole(ID, "admin-2", Role.SYSTEM_ADMINISTRATOR));
        engine.execute(Actor.of("admin-2"), new AssignRole(ID, ADMIN.personId(), Role.HEAD));
        assertThat(engine.host().school(ID).rolesOf(ADMIN.personId())).contains(Role.HEAD);
    }

    @Test
    @Tag("PD-2")
    @Tag("ROS-4")
    @DisplayName("PD-2: a homeroom teacher does not register or link themselves as a pupil's guardian; the head may register them")
    void guardianships() {
        denied(() -> engine.execute(HOMEROOM, new RegisterGuardian(ID, HOMEROOM.personId(), "Смирнова", "Мария", "",
                PUPIL.personId())), Permission.UPDATE_CLASS_LIST, "PD-2");
        denied(() -> engine.execute(HEAD, new RegisterGuardian(ID, HEAD.personId(), "Иванов", "Сергей", "",
                PUPIL.personId())), Permission.UPDATE_CLASS_LIST, "PD-2");
        denied(() -> engine.execute(HOMEROOM, new LinkGuardian(ID, HOMEROOM.personId(), PUPIL.personId())),
                Permission.UPDATE_CLASS_LIST, "PD-2");

        engine.execute(HEAD, new RegisterGuardian(ID, HOMEROOM.personId(), "Смирнова", "Мария", "", PUPIL.personId()));
        assertThat(engine.host().school(ID).rolesOf(HOMEROOM.personId())).contains(Role.GUARDIAN);
    }

    @Test
    @Tag("ROS-4")
    @DisplayName("ROS-4: a deputy does not open a class with themselves as its homeroom teacher; the head may appoint them")
    void classes() {
        engine.execute(HEAD, new HireStaff(ID, DEPUTY.personId(), "Орлов", "Иван", "Ильич"));
        denied(() -> engine.execute(DEPUTY, new OpenClass(ID, "6А", 6, DEPUTY.personId())), Permission.SET_UP_YEAR,
                "ROS-4");
        engine.execute(HEAD, new OpenClass(ID, "6А", 6, DEPUTY.personId()));
        assertThat(engine.host().school(ID).homeroomTeacherOf("6А")).contains(DEPUTY.personId());
    }
}
