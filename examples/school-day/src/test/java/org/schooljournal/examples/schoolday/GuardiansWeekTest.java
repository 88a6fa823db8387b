package org.schooljournal.examples.schoolday;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.adapter.email.SmtpNotifierProvider;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.archive.IntegrityReport;
import org.schooljournal.core.diary.SentNote;
import org.schooljournal.core.roster.Guardian;
import org.schooljournal.core.roster.Student;

/**
 * Three guardians of 5А are told of the quarter's last day over an in-process SMTP server: the
 * «н» and a remark at once, the daily digest at 16:00, the weekly one on Saturday at 10:00; the
 * example prints, from the log, what each received and which remark was read.
 */
@Tag("NTF-3")
@Tag("DRY-5")
@Tag("DRY-6")
@DisplayName("The guardians' week: mails at once, daily and weekly over SMTP, and the teacher's «sent» with read remarks")
class GuardiansWeekTest {

    private static GreenMail server;
    private static YugraSchool school;
    private static List<MimeMessage> received;
    private static List<String> section;

    @BeforeAll
    static void keepTheWeek() {
        server = new GreenMail(ServerSetupTest.SMTP.dynamicPort()).withConfiguration(GreenMailConfiguration.aConfig());
        server.start();
        Map<String, String> settings = Map.of("smtp.host", "127.0.0.1",
                "smtp.port", Integer.toString(server.getSmtp().getPort()), "smtp.tls", "NONE",
                "smtp.from", "journal@school1.example", "smtp.connect-timeout-ms", "3000", "smtp.read-timeout-ms", "3000");
        school = YugraSchool.open(JournalStorage.memory(), () -> new SmtpNotifierProvider().create(settings));
        received = Arrays.asList(server.getReceivedMessages());
        section = print(school).lines().toList();
    }

    @AfterAll
    static void stop() {
        school.close();
        server.stop();
    }

    private static String print(YugraSchool printed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new GuardiansPrintout(printed, new RussianText(printed.calendar().zone()),
                new PrintStream(bytes, true, StandardCharsets.UTF_8)).print();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Guardian guardian(GuardiansWeek.Subscriber subscriber) {
        return GuardiansWeek.guardianOf(school, subscriber);
    }

    private static Student child(GuardiansWeek.Subscriber subscriber) {
        return GuardiansWeek.childOf(school, subscriber);
    }

    /** Returns the printed lines of the guardian's block: their line, then their mails. */
    private static List<String> block(GuardiansWeek.Subscriber subscriber) {
        int first = section.indexOf(section.stream().filter(l -> l.startsWith(guardian(subscriber).fullName() + " <"))
                .findFirst().orElseThrow());
        int end = first + 1;
        while (end < section.size() && section.get(end).startsWith(" ")) {
            end++;
        }
        return section.subList(first, end);
    }

    private static List<String> subjects(List<String> block) {
        return block.stream().filter(l -> l.matches(" {2}\\d.*")).map(l -> l.substring(l.indexOf('«'))).toList();
    }

    private static List<MimeMessage> mailsTo(GuardiansWeek.Subscriber subscriber) {
        String address = GuardiansWeek.emailOf(guardian(subscriber));
        return received.stream().filter(mail -> recipient(mail).equals(address)).toList();
    }

    @Test
    @Tag("ATT-5")
    @DisplayName("NTF-3, ATT-5, DRY-6: the immediate guardian got the «н» and the remark at once; the daily one"
            + " the digest of 16:00 with the other remark; the weekly one Saturday's digest of the week")
    void whoReceivedWhat() {
        List<String> immediate = block(GuardiansWeek.IMMEDIATE);
        assertThat(immediate.get(0)).isEqualTo(guardian(GuardiansWeek.IMMEDIATE).fullName() + " <"
                + GuardiansWeek.emailOf(guardian(GuardiansWeek.IMMEDIATE)) + ">, сразу; ребёнок — "
                + child(GuardiansWeek.IMMEDIATE).fullName() + "; писем: 2");
        assertThat(subjects(immediate)).containsExactly("«Отсутствовал на уроке»", "«Замечание учителя»");
        assertThat(immediate).contains("  24.10.2025 10:26  «Отсутствовал на уроке»",
                "    " + child(GuardiansWeek.IMMEDIATE).fullName() + " отсутствовал(а) на уроке «Русский язык» 24.10.2025"
                        + " (10:20–11:00). " + YugraSchool.NAME + ".",
                "    " + GuardiansWeek.UNPREPARED);

        List<String> daily = block(GuardiansWeek.DAILY);
        assertThat(daily.get(0)).contains(", ежедневно в 16:00; ").endsWith("; писем: 1");
        assertThat(subjects(daily)).containsExactly("«Ежедневный отчёт: " + child(GuardiansWeek.DAILY).fullName() + "»");
        assertThat(daily.get(1)).startsWith("  24.10.2025 16:00  ");
        assertThat(daily).anySatisfy(l -> assertThat(l).endsWith("с 23.10.2025 16:00 по 24.10.2025 16:00."))
                .contains("    24.10.2025, «Русский язык»: замечание — " + GuardiansWeek.TALKING)
                .noneSatisfy(l -> assertThat(l).contains(GuardiansWeek.UNPREPARED));

        List<String> weekly = block(GuardiansWeek.WEEKLY);
        assertThat(weekly.get(0)).contains(", еженедельно по субботам в 10:00; ").endsWith("; писем: 1");
        assertThat(subjects(weekly)).containsExactly("«Еженедельный отчёт: " + child(GuardiansWeek.WEEKLY).fullName() + "»");
        assertThat(weekly.get(1)).startsWith("  25.10.2025 10:00  ");
        assertThat(weekly).anySatisfy(l -> assertThat(l).endsWith("с 18.10.2025 10:00 по 25.10.2025 10:00."))
                .anySatisfy(l -> assertThat(l).startsWith("    24.10.2025, «Математика»: тема урока — "))
                .noneSatisfy(l -> assertThat(l).contains("замечание"));
    }

    @Test
    @Tag("ATT-5")
    @DisplayName("NTF-3, ATT-5: the SMTP server received exactly the printed mails, one per notification, in Russian")
    void theServerReceivedThePrintedMails() throws Exception {
        assertThat(received).hasSize(4);
        for (GuardiansWeek.Subscriber subscriber : GuardiansWeek.SUBSCRIBERS) {
            List<String> block = block(subscriber);
            List<MimeMessage> mails = mailsTo(subscriber);
            assertThat(mails).extracting(mail -> "«" + mail.getSubject() + "»").containsExactlyElementsOf(subjects(block));
            for (MimeMessage mail : mails) {
                List<String> body = body(mail).lines().map(line -> "    " + line).toList();
                assertThat(block).containsSequence(body);
            }
        }
    }

    @Test
    @DisplayName("DRY-5, DRY-6: the teacher's «sent» shows the remark read by its guardian at 19:05, the other unread")
    void readRemarks() {
        Student readChild = child(GuardiansWeek.IMMEDIATE);
        Student unreadChild = child(GuardiansWeek.DAILY);
        String readBy = new RussianText(school.calendar().zone()).initials(guardian(GuardiansWeek.IMMEDIATE));
        String notReadBy = new RussianText(school.calendar().zone()).initials(guardian(GuardiansWeek.DAILY));
        int sent = section.indexOf(section.stream().filter(l -> l.startsWith("«Отправленные» учителя ")).findFirst()
                .orElseThrow());
        assertThat(section.subList(sent + 1, section.size())).containsExactly(
                "  24.10.2025 10:48  Русский язык, " + new JournalText().student(unreadChild) + ": «" + GuardiansWeek.TALKING + "»",
                "    " + notReadBy + " — не прочитано",
                "  24.10.2025 12:44  Литература, " + new JournalText().student(readChild) + ": «" + GuardiansWeek.UNPREPARED + "»",
                "    " + readBy + " — прочитано 24.10.2025 19:05");
        assertThat(section.get(sent - 1)).isEqualTo("Дневник открыт (DRY-5): 24.10.2025 19:05  " + readBy
                + " — дневник ученика " + new JournalText().student(readChild) + " за 20.10.2025–24.10.2025,"
                + " впервые прочитано замечаний: 1");
        List<SentNote> notes = school.engine().diaries().sent(Actor.of(GuardiansWeek.teacherOf(school)), YugraSchool.ID);
        assertThat(notes).extracting(SentNote::readByAll).containsExactly(false, true);
    }

    @Test
    @DisplayName("NTF-3, DRY-5: the week is kept once and printed from the log: keeping it again sends and appends"
            + " nothing, and the printout is the same")
    void keptOnceAndPrintedFromTheLog() {
        IntegrityReport before = school.engine().archive().verify(YugraSchool.ID);
        GuardiansWeek.keep(school, () -> {
            throw new AssertionError("the channel is not opened when the week was kept");
        });
        assertThat(school.engine().archive().verify(YugraSchool.ID)).isEqualTo(before);
        assertThat(school.clock().instant()).isEqualTo(YugraSchool.SET_UP_AT);
        assertThat(print(school).lines().toList()).isEqualTo(section);
    }

    private static String body(MimeMessage mail) {
        try {
            return ((String) mail.getContent()).replace("\r\n", "\n").strip();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
