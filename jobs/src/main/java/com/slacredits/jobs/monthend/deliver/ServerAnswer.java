package com.slacredits.jobs.monthend.deliver;

import com.slacredits.jobs.run.FailureCauses;
import jakarta.mail.MessagingException;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * What a failed send tells about the statement, read from the server's reply when there was one: a
 * refusal for good (5xx) of the address or of the message is the customer's and is listed; a refusal
 * of our sender, a "try later" (4xx) or no answer at all is the server's, and stops the step.
 */
record ServerAnswer(Kind kind, String reply) {

    enum Kind {
        /** 5xx to RCPT TO or to the message: this statement is not delivered, the run goes on. */
        REFUSED,
        /** 5xx to MAIL FROM: every statement would be refused alike. */
        SENDER_REFUSED,
        /** 4xx: the server did not take the message, and may later. */
        DEFERRED,
        /** No reply: the connection failed, or the server went away. */
        NONE
    }

    static ServerAnswer of(MessagingException failure) {
        Optional<SMTPAddressFailedException> address = FailureCauses.find(failure, SMTPAddressFailedException.class);
        if (address.isPresent()) {
            return answer(address.get().getReturnCode(), address.get().getMessage(), false);
        }
        Optional<SMTPSendFailedException> send = FailureCauses.find(failure, SMTPSendFailedException.class);
        if (send.isPresent()) {
            String command = String.valueOf(send.get().getCommand()).toUpperCase(java.util.Locale.ROOT);
            return answer(send.get().getReturnCode(), send.get().getMessage(), command.startsWith("MAIL"));
        }
        return new ServerAnswer(Kind.NONE, FailureCauses.rootLine(failure));
    }

    private static ServerAnswer answer(int code, String message, boolean toSender) {
        String reply = String.valueOf(message).strip().lines().findFirst().orElse(Integer.toString(code));
        if (code >= 500) {
            return new ServerAnswer(toSender ? Kind.SENDER_REFUSED : Kind.REFUSED, reply);
        }
        return new ServerAnswer(code >= 400 ? Kind.DEFERRED : Kind.NONE, reply);
    }
}
