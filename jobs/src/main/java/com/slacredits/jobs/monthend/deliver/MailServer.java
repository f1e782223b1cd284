package com.slacredits.jobs.monthend.deliver;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The mail server {@code spring.mail.*} names, as Spring Boot configured its {@link JavaMailSenderImpl}:
 * its session (with {@code spring.mail.properties.*}), host, port and credentials. A message goes
 * through a {@link HandOverTransport} of its own connection, so that the step learns the moment the
 * message is whole at the server.
 */
final class MailServer {

    private final JavaMailSenderImpl sender;

    MailServer(JavaMailSenderImpl sender) {
        this.sender = sender;
    }

    /** How sentences name the server: host and port, never the credentials. */
    String name() {
        return sender.getHost() + (sender.getPort() > 0 ? ":" + sender.getPort() : "");
    }

    /** The statement's email, with its PDF attached, ready to send: its Message-ID is set. */
    MimeMessage compose(String from, String to, StatementLetter letter, Path pdf) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(new InternetAddress(from, true));
        helper.setTo(new InternetAddress(to, true));
        helper.setSubject(letter.subject());
        helper.setText(letter.body());
        helper.addAttachment(letter.attachmentName(), new FileSystemResource(pdf), "application/pdf");
        message.saveChanges();
        return message;
    }

    /** Sends one message on a connection of its own, calling {@code handOver} just before its end. */
    void send(MimeMessage message, HandOverTransport.HandOver handOver) throws MessagingException {
        String protocol = sender.getProtocol() == null ? "smtp" : sender.getProtocol();
        HandOverTransport transport = new HandOverTransport(sender.getSession(), protocol, handOver);
        transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } finally {
            try {
                transport.close();
            } catch (MessagingException closing) {
                // the message's fate was decided by sendMessage; a failed QUIT changes nothing
            }
        }
    }
}
