package com.slacredits.jobs.monthend.deliver;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.IOException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * The SMTP transport, told when a message is whole at the server and only the line that ends it is
 * left to send. Until that line the server cannot have accepted the message, so a run that dies
 * before it may send it again; after it, only the server's answer tells, and a run that dies before
 * recording it must not (docs/delivery.md). Angus Mail's own transport otherwise, so that
 * {@code spring.mail.properties.mail.smtp.*} (STARTTLS, authentication, timeouts) apply unchanged.
 */
final class HandOverTransport extends SMTPTransport {

    /** What to record before the message is ended; throwing stops it from being ended. */
    interface HandOver {
        void beforeTheEnd() throws MessagingException;
    }

    private final HandOver handOver;

    HandOverTransport(Session session, String protocol, HandOver handOver) {
        super(session, new URLName(protocol, null, -1, null, null, null), protocol, "smtps".equals(protocol));
        this.handOver = handOver;
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
        handOver.beforeTheEnd();
        super.finishData();
    }

    /** The same, when mail.smtp.chunksize has the message sent in BDAT chunks: the last one ends it. */
    @Override
    protected void finishBdat() throws IOException, MessagingException {
        handOver.beforeTheEnd();
        super.finishBdat();
    }
}
