package org.schooljournal.adapter.email;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.schooljournal.adapter.tck.DeliveredMessage;
import org.schooljournal.adapter.tck.NotifierContract;
import org.schooljournal.spi.notify.Notifier;

/** The e-mail channel passes the notification port's contract kit, against a real in-process SMTP server. */
@DisplayName("SmtpNotifier keeps the notification contract")
class SmtpNotifierTest extends NotifierContract {

    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Override
    protected Notifier createNotifier() {
        return new SmtpNotifierProvider().create(Mails.settingsOf(SERVER));
    }

    @Override
    protected String address(int n) {
        return "guardian" + n + "@school1.hmao.test";
    }

    @Override
    protected Optional<String> undeliverableAddress() {
        return Optional.of("Алёна Сергеевна, без адреса");
    }

    @Override
    protected List<DeliveredMessage> deliveredMessages() {
        return Mails.decoded(SERVER.getReceivedMessages());
    }
}
