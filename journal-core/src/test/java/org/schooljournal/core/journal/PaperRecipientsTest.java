package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.core.journal.JournalSchool.HOMEROOM;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.notification.ConfirmEmail;
import org.schooljournal.core.notification.DocumentForm;
import org.schooljournal.core.notification.RecordConsent;
import org.schooljournal.core.notification.Recipients;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.notification.SetNotificationSettings;
import org.schooljournal.core.roster.Guardian;
import org.schooljournal.core.roster.RegisterGuardian;

@Tag("DRY-4")
@DisplayName("DRY-4: guardians who cannot be e-mailed get paper extracts")
class PaperRecipientsTest {

    private static final Actor MOTHER = Actor.of("g-ivanova");
    private static final Actor FATHER = Actor.of("g-ivanov");
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 12);

    private JournalSchool school;

    @BeforeEach
    void setUp() {
        school = JournalSchool.setUp();
        school.school(new RegisterGuardian(ID, MOTHER.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));
        school.at(TODAY, LocalTime.of(18, 0));
    }

    private List<String> onPaper() {
        return Recipients.onPaper(school.engine.host().school(ID), IVANOV).stream().map(Guardian::personId).toList();
    }

    private void consent(boolean given) {
        school.engine.execute(MOTHER, new RecordConsent(ID, MOTHER.personId(), given, TODAY, DocumentForm.ELECTRONIC));
    }

    private String address() {
        return school.engine.notifications().setContactEmail(MOTHER, ID, MOTHER.personId(), "ivanova@example.ru", DocumentForm.ELECTRONIC);
    }

    private void switches(boolean on) {
        school.engine.execute(MOTHER, new SetNotificationSettings(ID, MOTHER.personId(), on, on, Schedule.IMMEDIATE,
                DocumentForm.ELECTRONIC));
    }

    @Test
    @DisplayName("DRY-4: a guardian who registered no consent is on paper, even with a confirmed address")
    void noConsent() {
        school.engine.execute(MOTHER, new ConfirmEmail(ID, MOTHER.personId(), address()));
        switches(true);

        assertThat(onPaper()).containsExactly(MOTHER.personId());
    }

    @Test
    @DisplayName("DRY-4: a guardian whose last consent is a refusal is on paper")
    void refused() {
        school.engine.execute(MOTHER, new ConfirmEmail(ID, MOTHER.personId(), address()));
        switches(true);
        consent(true);
        consent(false);

        assertThat(onPaper()).containsExactly(MOTHER.personId());
    }

    @Test
    @DisplayName("DRY-4: a consenting guardian without an address, or with an unconfirmed one, is on paper")
    void noConfirmedAddress() {
        consent(true);
        switches(true);
        assertThat(onPaper()).as("no address").containsExactly(MOTHER.personId());

        address();
        assertThat(onPaper()).as("unconfirmed").containsExactly(MOTHER.personId());
    }

    @Test
    @DisplayName("DRY-4: a consenting guardian with a confirmed address is not on paper, with the switches on or off")
    void consentAndConfirmedAddress() {
        consent(true);
        school.engine.execute(MOTHER, new ConfirmEmail(ID, MOTHER.personId(), address()));
        assertThat(onPaper()).as("switches off: chose no notifications").isEmpty();

        switches(true);
        assertThat(onPaper()).isEmpty();
        assertThat(Recipients.byEmail(school.engine.host().school(ID), IVANOV)).hasSize(1);
    }

    @Test
    @DisplayName("DRY-4: of several guardians only those who cannot be e-mailed are on paper, in the order of names (ROS-3)")
    void severalGuardians() {
        school.school(new RegisterGuardian(ID, FATHER.personId(), "Иванов", "Сергей", "Петрович", IVANOV));
        consent(true);
        school.engine.execute(MOTHER, new ConfirmEmail(ID, MOTHER.personId(), address()));
        assertThat(onPaper()).containsExactly(FATHER.personId());

        school.engine.execute(HOMEROOM, new RecordConsent(ID, MOTHER.personId(), false, TODAY, DocumentForm.WRITTEN));
        assertThat(onPaper()).containsExactly(FATHER.personId(), MOTHER.personId());
    }
}
