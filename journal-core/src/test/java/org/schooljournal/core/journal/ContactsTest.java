package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.schooljournal.core.journal.JournalSchool.HEAD;
import static org.schooljournal.core.journal.JournalSchool.HOMEROOM;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.notification.ConfirmEmail;
import org.schooljournal.core.notification.DocumentForm;
import org.schooljournal.core.notification.GuardianContact;
import org.schooljournal.core.notification.RecordConsent;
import org.schooljournal.core.notification.Recipients;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.notification.SetNotificationSettings;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.spi.JournalException;
import org.schooljournal.core.notification.Contacts;
import org.schooljournal.core.notification.Notifications;

@DisplayName("Guardians' consent, confirmed e-mail and switches decide who may be notified")
class ContactsTest {

    private static final Actor MOTHER = Actor.of("g-ivanova");
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 12);

    private final JournalSchool school = JournalSchool.setUp();

    private JournalSchool withMother() {
        school.school(new RegisterGuardian(ID, MOTHER.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));
        school.at(TODAY, LocalTime.of(18, 0));
        return school;
    }

    private GuardianContact mother() {
        return Contacts.of(school.engine.host().school(ID)).of(MOTHER.personId());
    }

    @Test
    @Tag("PD-1")
    @Tag("NTF-5")
    @DisplayName("PD-1: consent and refusal are registered with date and form, the history kept; the latest counts")
    void consentHistory() {
        withMother();
        school.engine.execute(HOMEROOM, new RecordConsent(ID, MOTHER.personId(), true, TODAY.minusDays(40),
                DocumentForm.WRITTEN));
        school.engine.execute(MOTHER, new RecordConsent(ID, MOTHER.personId(), false, TODAY, DocumentForm.ELECTRONIC));

        GuardianContact contact = mother();
        assertThat(contact.consents()).extracting(c -> c.given(), c -> c.form(), c -> c.recordedBy())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, DocumentForm.WRITTEN, HOMEROOM.personId()),
                        org.assertj.core.groups.Tuple.tuple(false, DocumentForm.ELECTRONIC, MOTHER.personId()));
        assertThat(contact.consenting()).isFalse();
        assertThatThrownBy(() -> school.engine.execute(MOTHER, new RecordConsent(ID, MOTHER.personId(), true,
                TODAY.plusDays(1), DocumentForm.ELECTRONIC))).isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("after today");
    }

    @Test
    @Tag("PD-1")
    @Tag("NTF-4")
    @DisplayName("the guardian acts electronically, the school from a written document; a teacher or another guardian is denied")
    void whoMayAct() {
        withMother();
        assertThatThrownBy(() -> school.engine.execute(MATH, new RecordConsent(ID, MOTHER.personId(), true, TODAY,
                DocumentForm.WRITTEN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> school.engine.execute(MOTHER, new RecordConsent(ID, MOTHER.personId(), true, TODAY,
                DocumentForm.WRITTEN))).isInstanceOf(AccessDeniedException.class).hasMessageContaining("WRITTEN");
        assertThatThrownBy(() -> school.engine.execute(HEAD, new RecordConsent(ID, MOTHER.personId(), true, TODAY,
                DocumentForm.ELECTRONIC))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> school.engine.execute(HEAD, new RecordConsent(ID, "g-nobody", true, TODAY,
                DocumentForm.WRITTEN))).isInstanceOf(JournalException.class).hasMessageContaining("g-nobody");
        assertThat(mother().consents()).isEmpty();
    }

    @Test
    @Tag("NTF-1")
    @Tag("NTF-2")
    @Tag("NTF-5")
    @DisplayName("NTF-1, NTF-2, NTF-5: e-mail only with consent, a confirmed address and both switches on, all off by default")
    void emailNeedsEverything() {
        withMother();
        assertThat(mother().newMessages()).isFalse();
        assertThat(mother().byEmail()).isFalse();
        String token = school.engine.notifications().setContactEmail(MOTHER, ID, MOTHER.personId(), "ivanova@example.ru",
                DocumentForm.ELECTRONIC);
        school.engine.execute(MOTHER, new SetNotificationSettings(ID, MOTHER.personId(), true, true, Schedule.IMMEDIATE,
                DocumentForm.ELECTRONIC));
        assertThat(Recipients.byEmail(school.engine.host().school(ID), IVANOV)).as("unconfirmed, no consent").isEmpty();

        school.engine.execute(MOTHER, new ConfirmEmail(ID, MOTHER.personId(), token));
        assertThat(Recipients.byEmail(school.engine.host().school(ID), IVANOV)).as("no consent yet").isEmpty();

        school.engine.execute(MOTHER, new RecordConsent(ID, MOTHER.personId(), true, TODAY, DocumentForm.ELECTRONIC));
        assertThat(Recipients.byEmail(school.engine.host().school(ID), IVANOV)).extracting(GuardianContact::guardianId)
                .containsExactly(MOTHER.personId());

        school.engine.execute(MOTHER, new SetNotificationSettings(ID, MOTHER.personId(), true, false,
                new Schedule(Schedule.Kind.DAILY, LocalTime.of(16, 0)), DocumentForm.ELECTRONIC));
        assertThat(Recipients.byEmail(school.engine.host().school(ID), IVANOV)).as("e-mail switch off").isEmpty();
        assertThat(mother().schedule().at()).isEqualTo(LocalTime.of(16, 0));
    }

    @Test
    @Tag("NTF-1")
    @DisplayName("NTF-1: the link's token works once, before it expires; a wrong or late token is refused; the log keeps only its hash")
    void singleUseExpiringToken() {
        withMother();
        String token = school.engine.notifications().setContactEmail(MOTHER, ID, MOTHER.personId(), "ivanova@example.ru",
                DocumentForm.ELECTRONIC);
        assertThat(mother().pendingToken().orElseThrow().sha256()).isEqualTo(ConfirmEmail.sha256(token))
                .isNotEqualTo(token);

        assertThatThrownBy(() -> school.engine.execute(MOTHER, new ConfirmEmail(ID, MOTHER.personId(), token + "x")))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("does not match");
        school.clock.advance(Notifications.EMAIL_LINK_VALIDITY.plus(Duration.ofSeconds(1)));
        assertThatThrownBy(() -> school.engine.execute(MOTHER, new ConfirmEmail(ID, MOTHER.personId(), token)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("expired");

        String fresh = school.engine.notifications().setContactEmail(MOTHER, ID, MOTHER.personId(), "ivanova@example.ru",
                DocumentForm.ELECTRONIC);
        school.engine.execute(MOTHER, new ConfirmEmail(ID, MOTHER.personId(), fresh));
        assertThat(mother().emailConfirmed()).isTrue();
        assertThatThrownBy(() -> school.engine.execute(MOTHER, new ConfirmEmail(ID, MOTHER.personId(), fresh)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("used already");
    }

    enum Step { CONSENT, REFUSE, EMAIL, CONFIRM, SWITCHES_ON, SWITCHES_OFF, MAIL_OFF }

    static Gen<List<Step>> steps() {
        return lists().of(Generate.enumValues(Step.class)).ofSizeBetween(0, 12);
    }

    @Test
    @Tag("NTF-5")
    @Tag("NTF-1")
    @Tag("PD-1")
    @DisplayName("property: a guardian is an e-mail recipient exactly when the last consent is given, the current address confirmed and both switches on")
    void recipientsProperty() {
        qt().withExamples(60).forAll(steps()).checkAssert(steps -> {
            JournalSchool fresh = JournalSchool.setUp();
            fresh.school(new RegisterGuardian(ID, MOTHER.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));
            fresh.at(TODAY, LocalTime.of(18, 0));
            boolean consent = false;
            boolean confirmed = false;
            boolean messages = false;
            boolean mail = false;
            String token = null;
            for (Step step : steps) {
                fresh.clock.advance(Duration.ofMinutes(1));
                switch (step) {
                    case CONSENT, REFUSE -> {
                        fresh.engine.execute(MOTHER, new RecordConsent(ID, MOTHER.personId(), step == Step.CONSENT,
                                TODAY, DocumentForm.ELECTRONIC));
                        consent = step == Step.CONSENT;
                    }
                    case EMAIL -> {
                        token = fresh.engine.notifications().setContactEmail(MOTHER, ID, MOTHER.personId(), "m@example.ru",
                                DocumentForm.ELECTRONIC);
                        confirmed = false;
                    }
                    case CONFIRM -> {
                        if (token != null && !confirmed) {
                            fresh.engine.execute(MOTHER, new ConfirmEmail(ID, MOTHER.personId(), token));
                            confirmed = true;
                        }
                    }
                    case SWITCHES_ON, SWITCHES_OFF, MAIL_OFF -> {
                        messages = step != Step.SWITCHES_OFF;
                        mail = step == Step.SWITCHES_ON;
                        fresh.engine.execute(MOTHER, new SetNotificationSettings(ID, MOTHER.personId(), messages, mail,
                                Schedule.IMMEDIATE, DocumentForm.ELECTRONIC));
                    }
                }
            }
            boolean expected = consent && confirmed && messages && mail;
            assertThat(Recipients.byEmail(fresh.engine.host().school(ID), IVANOV)).as("%s", steps).hasSize(expected ? 1 : 0);
            assertThat(fresh.engine.host().rebuildSchool(ID)).isEqualTo(fresh.engine.host().school(ID));
        });
    }
}
