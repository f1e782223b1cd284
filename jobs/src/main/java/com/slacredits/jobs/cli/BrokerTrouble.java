package com.slacredits.jobs.cli;

import com.slacredits.jobs.run.FailureCauses;

import java.util.Optional;
import org.springframework.amqp.AmqpConnectException;
import org.springframework.amqp.AmqpIOException;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;

/**
 * A failure that is the broker's: RabbitMQ cannot be reached when a manager or a worker starts. The
 * operator gets one sentence naming host and port, like DatabaseTrouble for the database.
 */
final class BrokerTrouble {

    private BrokerTrouble() {
    }

    /** Opens a connection and closes it again: a process that needs the broker finds out at once. */
    static void check(ConnectionFactory broker) {
        broker.createConnection().close();
    }

    static boolean isConnectionFailure(Throwable failure) {
        return FailureCauses.any(failure, cause -> cause instanceof AmqpConnectException
                || cause instanceof AmqpIOException);
    }

    /** The sentence for a broker that cannot be reached at the start, if that is the failure. */
    static Optional<String> atStart(Throwable failure, ConnectionFactory broker) {
        return isConnectionFailure(failure)
                ? Optional.of("RabbitMQ at " + broker.getHost() + ":" + broker.getPort() + " cannot be reached: "
                        + FailureCauses.rootLine(failure)
                        + ". Nothing was written; run the same command again once it is up.")
                : Optional.empty();
    }
}
