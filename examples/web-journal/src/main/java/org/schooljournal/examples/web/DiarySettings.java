package org.schooljournal.examples.web;

import io.javalin.http.Context;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.notification.Consent;
import org.schooljournal.core.notification.Contacts;
import org.schooljournal.core.notification.DocumentForm;
import org.schooljournal.core.notification.GuardianContact;
import org.schooljournal.core.notification.RecordConsent;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.notification.SetNotificationSettings;
import org.schooljournal.core.validation.InvalidCommandException;

/**
 * A guardian's notification settings and consent on the diary page (NTF-2, NTF-3, PD-1): what
 * the school's log holds of the guardian signed in, and the two forms that change it through the
 * engine — a consent or refusal dated today, given electronically ({@link RecordConsent}), and the
 * two switches with the schedule ({@link SetNotificationSettings}). The guardian is always the
 * person signed in; the engine checks they act for themselves.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DiarySettings {

    /** The form's fields. */
    static final String GIVEN = "given";
    static final String NEW_MESSAGES = "newMessages";
    static final String BY_EMAIL = "byEmail";
    static final String SCHEDULE = "schedule";
    static final String AT = "at";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Texts.RUSSIAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final LocalTime DEFAULT_HOUR = LocalTime.of(16, 0);

    private final Site site;
    private final Texts texts;

    DiarySettings(Site site, Texts texts) {
        this.site = site;
        this.texts = texts;
    }

    /** Returns what the page shows of the guardian's settings, with the last form's refusals. */
    DiaryView.Settings of(String guardianId, Map<String, String> errors) {
        GuardianContact contact = Contacts.of(site.school()).of(guardianId);
        String consent = contact.consents().isEmpty() ? texts.get("consent.none") : consent(last(contact));
        String email = contact.email().map(address -> texts.get(contact.emailConfirmed()
                ? "email.confirmed" : "email.unconfirmed", address)).orElse(texts.get("email.none"));
        Schedule schedule = contact.schedule();
        String at = schedule.kind() == Schedule.Kind.IMMEDIATE ? TIME.format(DEFAULT_HOUR) : TIME.format(schedule.at());
        return new DiaryView.Settings(consent, contact.consenting(),
                !contact.consents().isEmpty() && !contact.consenting(), email, contact.newMessages(), contact.byEmail(),
                schedule.kind().name(), at, summary(contact), errors);
    }

    private static Consent last(GuardianContact contact) {
        return contact.consents().get(contact.consents().size() - 1);
    }

    private String consent(Consent consent) {
        ZoneId zone = site.zone();
        return texts.get(consent.given() ? "consent.given" : "consent.refused", DATE.format(consent.date()),
                texts.get("consent.form." + consent.form().name()), DATE.format(consent.recordedAt().atZone(zone)));
    }

    private String summary(GuardianContact contact) {
        if (!contact.consenting()) {
            return texts.get("summary.noConsent");
        }
        if (contact.mayBeEmailed()) {
            return texts.get("summary.emailed." + contact.schedule().kind().name(), TIME.format(contact.schedule().at()));
        }
        return texts.get("summary.notEmailed");
    }

    /** Records the guardian's consent or refusal, dated today, given electronically (PD-1). */
    Map<String, String> recordConsent(Context ctx, Actor guardian) {
        String given = ctx.formParam(GIVEN);
        if (!"yes".equals(given) && !"no".equals(given)) {
            return Map.of(GIVEN, texts.get("error.given", String.valueOf(given)));
        }
        return execute(() -> site.engine().execute(guardian, new RecordConsent(site.schoolId(), guardian.personId(),
                "yes".equals(given), site.today(), DocumentForm.ELECTRONIC)));
    }

    /** Sets the guardian's two switches and schedule (NTF-2, NTF-3). */
    Map<String, String> setNotifications(Context ctx, Actor guardian) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Schedule.Kind> kind = kind(ctx.formParam(SCHEDULE));
        if (kind.isEmpty()) {
            errors.put(SCHEDULE, texts.get("error.schedule", String.valueOf(ctx.formParam(SCHEDULE))));
        }
        Optional<LocalTime> at = Optional.empty();
        if (kind.isPresent() && kind.get() != Schedule.Kind.IMMEDIATE) {
            at = hour(ctx.formParam(AT));
            if (at.isEmpty()) {
                errors.put(AT, texts.get("error.at", String.valueOf(ctx.formParam(AT))));
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Schedule schedule = kind.get() == Schedule.Kind.IMMEDIATE ? Schedule.IMMEDIATE : new Schedule(kind.get(), at.get());
        return execute(() -> site.engine().execute(guardian, new SetNotificationSettings(site.schoolId(),
                guardian.personId(), ticked(ctx, NEW_MESSAGES), ticked(ctx, BY_EMAIL), schedule,
                DocumentForm.ELECTRONIC)));
    }

    /** Returns whether the box is ticked: a browser sends a ticked box's value, "on", and nothing of an unticked one. */
    private static boolean ticked(Context ctx, String field) {
        return "on".equals(ctx.formParam(field));
    }

    private static Optional<Schedule.Kind> kind(String value) {
        for (Schedule.Kind kind : Schedule.Kind.values()) {
            if (kind.name().equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalTime> hour(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(value.strip(), TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Runs the command; returns the engine's refusal by field, in Russian, or nothing. */
    private Map<String, String> execute(Runnable command) {
        try {
            command.run();
            return Map.of();
        } catch (InvalidCommandException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.violations().forEach(v -> errors.merge(v.field(), texts.get("error.refused", v.field(), v.value(), v.rule()),
                    (a, b) -> a + " " + b));
            return errors;
        }
    }
}
