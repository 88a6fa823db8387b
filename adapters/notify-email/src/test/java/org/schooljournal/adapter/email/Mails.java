package org.schooljournal.adapter.email;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.adapter.tck.DeliveredMessage;

/** Settings for a GreenMail server, and its received mails decoded for the contract kit. */
final class Mails {

    private Mails() {
    }

    static Map<String, String> settingsOf(GreenMailOperations server) {
        Map<String, String> settings = new HashMap<>();
        settings.put("smtp.host", "127.0.0.1");
        settings.put("smtp.port", Integer.toString(server.getSmtp().getPort()));
        settings.put("smtp.tls", "NONE");
        settings.put("smtp.from", "journal@school1.hmao.test");
        settings.put("smtp.connect-timeout-ms", "5000");
        settings.put("smtp.read-timeout-ms", "5000");
        return settings;
    }

    static List<DeliveredMessage> decoded(MimeMessage[] mails) {
        List<DeliveredMessage> decoded = new ArrayList<>();
        try {
            for (MimeMessage mail : mails) {
                String body = ((String) mail.getContent()).replace("\r\n", "\n");
                decoded.add(new DeliveredMessage(mail.getRecipients(Message.RecipientType.TO)[0].toString(),
                        mail.getSubject(), body));
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return decoded;
    }
}
