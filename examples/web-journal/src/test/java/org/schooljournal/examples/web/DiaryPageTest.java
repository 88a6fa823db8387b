package org.schooljournal.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.notification.Contacts;
import org.schooljournal.core.notification.DocumentForm;
import org.schooljournal.core.notification.GuardianContact;
import org.schooljournal.core.notification.Schedule;

/**
 * The guardian's diary page over HTTP: who may open it (PD-2), the week asked for, and the forms of
 * the notification settings and consent, which change the school's log through the engine
 * (NTF-2, NTF-3, PD-1) only with the form's token. Writes only the second demo guardian's settings
 * and leaves them as the demo set them.
 */
class DiaryPageTest {

    private final WebFixture web = WebFixture.shared().atDemoStart();
    private final DiaryPageFamily family = DiaryPageFamily.of(web);

    @Test
    @Tag("DRY-2")
    @DisplayName("DRY-2: a guardian opens their child's diary at today's week, in Russian, with the settings' forms")
    void aGuardianOpensTheirChildsDiaryAtTodaysWeek() {
        HttpResponse<String> page = new WebClient(web).signIn(family.guardian()).get(Paths.diary(family.child()));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Неделя 10–16 ноября 2025").contains("среда, 12 ноября")
                .contains(web.site().nameOf(family.child())).contains("name=\"" + WebSession.TOKEN_FIELD + "\"")
                .contains("action=\"" + Paths.diary(family.child()) + "/consent\"")
                .contains("action=\"" + Paths.diary(family.child()) + "/notifications\"");
    }

    @Test
    @Tag("PD-2")
    @DisplayName("PD-2: a guardian opening another child's diary, or posting its forms, is refused with 403")
    void aGuardianOpeningAnotherChildsDiaryIsRefused() {
        WebClient client = new WebClient(web).signIn(family.guardian());
        HttpResponse<String> page = client.get(Paths.diary(family.otherChild()));
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Доступ запрещён").doesNotContain(web.site().nameOf(family.otherChild()));
        int consents = contact().consents().size();
        assertThat(client.post(Paths.diary(family.otherChild()) + "/consent", Map.of("given", "no")).statusCode())
                .isEqualTo(403);
        assertThat(contact().consents()).hasSize(consents);
    }

    @Test
    @Tag("PD-2")
    @DisplayName("PD-2: a teacher of another class opening a pupil's diary is refused with 403")
    void aTeacherOpeningAPupilsDiaryIsRefused() {
        String otherTeacher = web.site().people().all().get(1).id();
        assertThat(new WebClient(web).signIn(otherTeacher).get(Paths.diary(family.child())).statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("A week that is no date is refused with 400, naming the parameter and the value")
    void aWeekThatIsNoDateIsRefused() {
        HttpResponse<String> page = new WebClient(web).signIn(family.guardian())
                .get(Paths.diary(family.child()) + "?week=12.11.2025");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("параметр week").contains("12.11.2025");
    }

    @Test
    @Tag("PD-1")
    @DisplayName("PD-1: withdrawing and giving consent on the page is registered by the engine, dated today, electronic")
    void consentGivenOnThePagePersistsThroughTheEngine() {
        WebClient client = new WebClient(web).signIn(family.guardian());
        client.get(Paths.diary(family.child()));
        int consents = contact().consents().size();

        HttpResponse<String> withdrawn = client.post(Paths.diary(family.child()) + "/consent",
                Map.of("given", "no", "back", Paths.diary(family.child())));
        assertThat(withdrawn.statusCode()).isEqualTo(302);
        assertThat(withdrawn.headers().firstValue("Location")).contains(Paths.diary(family.child()) + "#settings");
        GuardianContact afterRefusal = contact();
        assertThat(afterRefusal.consenting()).isFalse();
        assertThat(afterRefusal.consents()).hasSize(consents + 1);
        var refusal = afterRefusal.consents().get(consents);
        assertThat(refusal.date()).isEqualTo(web.site().today());
        assertThat(refusal.form()).isEqualTo(DocumentForm.ELECTRONIC);
        assertThat(refusal.recordedBy()).isEqualTo(family.guardian());
        assertThat(client.get(Paths.diary(family.child())).body()).contains("Согласие отозвано")
                .contains("Без вашего согласия школа ничего вам не присылает");

        assertThat(client.post(Paths.diary(family.child()) + "/consent", Map.of("given", "yes")).statusCode()).isEqualTo(302);
        assertThat(contact().consenting()).isTrue();
        assertThat(client.get(Paths.diary(family.child())).body()).contains("Согласие дано");
    }

    @Test
    @Tag("NTF-2")
    @Tag("NTF-3")
    @DisplayName("NTF-2, NTF-3: the switches and the schedule set on the page are the engine's, and the page shows them")
    void settingsChangedOnThePagePersistThroughTheEngine() {
        WebClient client = new WebClient(web).signIn(family.guardian());
        client.get(Paths.diary(family.child()));
        GuardianContact before = contact();
        try {
            HttpResponse<String> set = client.post(Paths.diary(family.child()) + "/notifications",
                    Map.of("newMessages", "on", "schedule", "WEEKLY", "at", "17:30"));
            assertThat(set.statusCode()).isEqualTo(302);
            GuardianContact after = contact();
            assertThat(after.newMessages()).isTrue();
            assertThat(after.byEmail()).as("an unticked box is off").isFalse();
            assertThat(after.schedule()).isEqualTo(new Schedule(Schedule.Kind.WEEKLY, LocalTime.of(17, 30)));
            String page = client.get(Paths.diary(family.child())).body();
            assertThat(page).contains("value=\"WEEKLY\" checked").contains("value=\"17:30\"")
                    .containsPattern("id=\"byEmail\" name=\"byEmail\" value=\"on\">");

            client.post(Paths.diary(family.child()) + "/notifications", Map.of("newMessages", "on", "byEmail", "on",
                    "schedule", "IMMEDIATE", "at", ""));
            assertThat(contact().schedule()).isEqualTo(Schedule.IMMEDIATE);
            assertThat(contact().byEmail()).isTrue();
        } finally {
            client.post(Paths.diary(family.child()) + "/notifications", Map.of(
                    "newMessages", before.newMessages() ? "on" : "", "byEmail", before.byEmail() ? "on" : "",
                    "schedule", before.schedule().kind().name(), "at", before.schedule().at().toString()));
        }
    }

    @Test
    @Tag("NTF-3")
    @DisplayName("NTF-3: an hour that is no time is refused on the page next to its field, naming it, and changes nothing")
    void anHourThatIsNoTimeIsRefusedNextToItsField() {
        WebClient client = new WebClient(web).signIn(family.guardian());
        client.get(Paths.diary(family.child()));
        GuardianContact before = contact();
        HttpResponse<String> refused = client.post(Paths.diary(family.child()) + "/notifications",
                Map.of("newMessages", "on", "byEmail", "on", "schedule", "DAILY", "at", "25:99"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("aria-invalid=\"true\"")
                .contains("id=\"at-error\" role=\"alert\">Время сводки (поле at) «25:99» не принято");
        assertThat(contact()).isEqualTo(before);
    }

    @Test
    @Tag("PD-1")
    @DisplayName("A consent posted without its form token is refused with 403 and changes nothing")
    void aFormWithoutItsTokenIsRefusedAndChangesNothing() {
        WebClient client = new WebClient(web).signIn(family.guardian());
        client.get(Paths.diary(family.child()));
        GuardianContact before = contact();
        HttpResponse<String> refused = client.postWithout(Paths.diary(family.child()) + "/consent", Map.of("given", "no"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(contact()).isEqualTo(before);
    }

    private GuardianContact contact() {
        return Contacts.of(web.site().school()).of(family.guardian());
    }
}
