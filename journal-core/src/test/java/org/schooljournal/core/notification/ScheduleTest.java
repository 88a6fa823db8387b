package org.schooljournal.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.rules.calendar.SchoolCalendar;

@Tag("NTF-3")
@DisplayName("NTF-3: when digests are due, at their boundaries, in the school's zone")
class ScheduleTest {

    private static final ZoneId YUGRA = SchoolCalendar.YUGRA;
    private static final Schedule DAILY = new Schedule(Schedule.Kind.DAILY, LocalTime.of(16, 0));
    private static final Schedule WEEKLY = new Schedule(Schedule.Kind.WEEKLY, LocalTime.of(10, 0));

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(YUGRA).toInstant();
    }

    @Test
    @DisplayName("NTF-3: a daily digest is due from 16:00:00 local; a second before, yesterday's slot is the latest")
    void daily() {
        assertThat(DAILY.latestSlot(at("2026-10-12T16:00:00"), YUGRA)).contains(at("2026-10-12T16:00:00"));
        assertThat(DAILY.latestSlot(at("2026-10-12T15:59:59"), YUGRA)).contains(at("2026-10-11T16:00:00"));
        assertThat(DAILY.latestSlot(at("2026-10-13T00:30:00"), YUGRA)).contains(at("2026-10-12T16:00:00"));
    }

    @Test
    @DisplayName("NTF-3: a weekly digest is due on Saturdays at its hour; on a Saturday before it and all week after, the previous Saturday's")
    void weekly() {
        assertThat(WEEKLY.latestSlot(at("2026-10-17T10:00:00"), YUGRA)).contains(at("2026-10-17T10:00:00"));
        assertThat(WEEKLY.latestSlot(at("2026-10-17T09:59:59"), YUGRA)).contains(at("2026-10-10T10:00:00"));
        assertThat(WEEKLY.latestSlot(at("2026-10-23T23:00:00"), YUGRA)).contains(at("2026-10-17T10:00:00"));
        assertThat(WEEKLY.latestSlot(at("2026-10-18T08:00:00"), YUGRA)).contains(at("2026-10-17T10:00:00"));
    }

    @Test
    @DisplayName("NTF-3: immediate delivery has no slot")
    void immediate() {
        assertThat(Schedule.IMMEDIATE.latestSlot(at("2026-10-12T16:00:00"), YUGRA)).isEmpty();
    }
}
