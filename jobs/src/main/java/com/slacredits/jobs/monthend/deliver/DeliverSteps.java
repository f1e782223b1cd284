package com.slacredits.jobs.monthend.deliver;

import com.slacredits.jobs.run.StatementCustomers;
import com.slacredits.jobs.run.StepProgressListener;
import com.slacredits.jobs.store.DatabaseSettings;
import com.slacredits.reports.StatementRun;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.HoldRegister;
import com.slacredits.writers.jdbc.MeasurementJournal;
import com.slacredits.writers.jdbc.ReversalJournal;
import com.slacredits.writers.jdbc.StatementDeliveries;
import java.time.Clock;
import java.util.Optional;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deliver stage: the statements sent by email, after they are written and before the summary,
 * which lists those not delivered. Only the month-end has it: an export writes files and sends nothing.
 * Spring Boot's mail auto-configuration makes the sender when {@code spring.mail.host} is set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliverySettings.class)
public class DeliverSteps {

    /**
     * On every resume: a held run sends nothing, and its release, a resume of the same run, sends; a
     * run whose mail server went away sends the rest. What was sent is recorded, so nothing goes twice.
     */
    @Bean
    Step deliver(JobRepository jobRepository, PlatformTransactionManager transactions, StepProgressListener progress,
            StatementDeliveries deliveries, HoldRegister holds, DecisionJournal journal, ReversalJournal reversals,
            MeasurementJournal measurements, DeliverySettings settings, ObjectProvider<JavaMailSenderImpl> sender,
            JdbcTemplate jdbc, Environment environment) {
        TransactionTemplate eachOnItsOwn = new TransactionTemplate(transactions);
        eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        StatementDelivery delivery = new StatementDelivery(deliveries, holds,
                runId -> new StatementCustomers(journal, reversals, measurements, runId), settings.sender(),
                Optional.ofNullable(sender.getIfAvailable()).map(MailServer::new), eachOnItsOwn,
                StatementRun.DEFAULT_PROVIDER_NAME, Clock.systemUTC(),
                // as EmbeddedDatabaseCheckpoint after posting: a database server's commit is durable already
                DatabaseSettings.of(environment).isEmbedded() ? () -> jdbc.execute("CHECKPOINT SYNC") : () -> { });
        return new StepBuilder("deliver", jobRepository)
                .tasklet(delivery, transactions)
                .listener(progress)
                .allowStartIfComplete(true)
                .build();
    }
}
