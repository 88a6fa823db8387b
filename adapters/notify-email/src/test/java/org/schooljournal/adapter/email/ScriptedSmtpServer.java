package org.schooljournal.adapter.email;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Locale;

/**
 * An SMTP server of a few lines for the refusals GreenMail never makes: it answers RCPT TO and the
 * end of DATA with the replies it is given, or drops the connection after DATA. Serves one
 * connection at a time on an ephemeral port, in a daemon thread.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    /** A reply that means: close the connection without answering. */
    static final String DROP = "DROP";

    private final ServerSocket socket;
    private final String rcptReply;
    private final String dataReply;

    private ScriptedSmtpServer(String rcptReply, String dataReply) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.rcptReply = rcptReply;
        this.dataReply = dataReply;
        Thread thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    static ScriptedSmtpServer replying(String rcptReply, String dataReply) throws IOException {
        return new ScriptedSmtpServer(rcptReply, dataReply);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), US_ASCII));
        OutputStream out = client.getOutputStream();
        send(out, "220 scripted ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                send(out, "250 scripted");
            } else if (command.startsWith("MAIL FROM")) {
                send(out, "250 OK");
            } else if (command.startsWith("RCPT TO")) {
                send(out, rcptReply);
            } else if (command.equals("DATA")) {
                send(out, "354 go ahead");
                while ((line = in.readLine()) != null && !line.equals(".")) {
                    // the message, ignored
                }
                if (dataReply.equals(DROP)) {
                    return;
                }
                send(out, dataReply);
            } else if (command.equals("QUIT")) {
                send(out, "221 bye");
                return;
            } else {
                send(out, "250 OK");
            }
        }
    }

    private static void send(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
