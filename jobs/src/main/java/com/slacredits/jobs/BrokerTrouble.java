package com.slacredits.jobs;

import java.util.Optional;
import org.springframework.amqp.AmqpConnectException;
import org.springframework.amqp.AmqpIOException;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;

/**
 * A failure that is the broker's: RabbitMQ cannot be reached when a manager or a worker starts. The
 * operator gets one sentence naming host and port, like DatabaseTrouble for the database.
 */
public final class BrokerTrouble {

    private BrokerTrouble() {
    }

    /** Opens a connection and closes it again: a process that needs the broker finds out at once. */
    public static void check(ConnectionFactory broker) {
        broker.createConnection().close();
    }

    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AmqpConnectException || cause instanceof AmqpIOException) {
                return true;
            }
        }
        return false;
    }

    /** The sentence for a broker that cannot be reached at the start, if that is the failure. */
    public static Optional<String> atStart(Throwable failure, ConnectionFactory broker) {
        return isConnectionFailure(failure)
                ? Optional.of("RabbitMQ at " + broker.getHost() + ":" + broker.getPort() + " cannot be reached: "
                        + MonthEndCommand.rootMessage(failure).strip().lines().findFirst().orElse("")
                                .replaceAll("\\.$", "")
                        + ". Nothing was written; run the same command again once it is up.")
                : Optional.empty();
    }
}
