package com.slacredits.jobs.scenarios;

import com.icegreen.greenmail.smtp.SmtpConnection;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.commands.RcptCommand;
import com.icegreen.greenmail.smtp.commands.SmtpCommand;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tests' SMTP server: GreenMail 2.1.3, a real one on a free port, which can refuse chosen recipients
 * with "550 5.1.1" at RCPT TO, as a server that knows no such mailbox does. GreenMail has no setting
 * for that: its RCPT command is swapped, in its command registry, for one that checks the address first.
 */
final class TestMailServer implements AutoCloseable {

    /** An email as the server holds it: recipient, subject, text and the attached PDF's name and size. */
    record Received(String to, String subject, String text, List<String> attachments, List<byte[]> pdfs) {
    }

    private final GreenMail mail;
    private final SmtpCommand originalRcpt;

    TestMailServer(Set<String> refused) {
        this.mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        this.originalRcpt = swapRcpt(new RefusingRcpt(refused));
        mail.start();
    }

    int port() {
        return mail.getSmtp().getPort();
    }

    /** The spring.mail and sla-credits.delivery settings of a run that sends through {@code port}. */
    static List<String> settings(int port) {
        return List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
                "--sla-credits.delivery.from=Northwind Billing <billing@northwind.example>");
    }

    List<Received> received() throws Exception {
        List<Received> all = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            String text = "";
            List<String> names = new ArrayList<>();
            List<byte[]> pdfs = new ArrayList<>();
            Multipart parts = (Multipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.getFileName() != null) {
                    names.add(part.getFileName());
                    pdfs.add(part.getInputStream().readAllBytes());
                } else {
                    text = textOf(part);
                }
            }
            all.add(new Received(message.getAllRecipients()[0].toString(), message.getSubject(), text, names, pdfs));
        }
        return all;
    }

    private static String textOf(BodyPart part) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart inner) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < inner.getCount(); i++) {
                text.append(textOf(inner.getBodyPart(i)));
            }
            return text.toString();
        }
        return String.valueOf(content);
    }

    @Override
    public void close() {
        mail.stop();
        swapRcpt(originalRcpt);
    }

    @SuppressWarnings("unchecked")
    private static SmtpCommand swapRcpt(SmtpCommand rcpt) {
        try {
            Field commands = SmtpCommandRegistry.class.getDeclaredField("commands");
            commands.setAccessible(true);
            return ((Map<String, SmtpCommand>) commands.get(null)).put("RCPT", rcpt);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("GreenMail's SMTP command registry is not as expected", e);
        }
    }

    private static final class RefusingRcpt extends RcptCommand {
        private final Set<String> refused;

        RefusingRcpt(Set<String> refused) {
            this.refused = refused;
        }

        @Override
        public void execute(SmtpConnection conn, SmtpState state, SmtpManager manager, String commandLine) {
            String line = commandLine.toLowerCase(Locale.ROOT);
            if (refused.stream().anyMatch(address -> line.contains("<" + address.toLowerCase(Locale.ROOT) + ">"))) {
                conn.send("550 5.1.1 " + commandLine.replaceFirst("(?i)^RCPT TO:\\s?", "")
                        + ": Recipient address rejected: no such mailbox");
                return;
            }
            super.execute(conn, state, manager, commandLine);
        }
    }
}
