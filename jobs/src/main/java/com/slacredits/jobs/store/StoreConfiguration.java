package com.slacredits.jobs.store;


import com.slacredits.writers.jdbc.AdjustmentJournal;
import com.slacredits.writers.jdbc.ClaimRegister;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.EvidenceJournal;
import com.slacredits.writers.jdbc.HoldRegister;
import com.slacredits.writers.jdbc.StatementDeliveries;
import com.slacredits.writers.jdbc.MeasurementJournal;
import com.slacredits.writers.jdbc.MeasurementReview;
import com.slacredits.writers.jdbc.ReversalJournal;
import com.slacredits.writers.jdbc.RunRecord;
import com.slacredits.writers.jdbc.SlotRepository;
import com.slacredits.writers.jdbc.TicketJournal;
import com.slacredits.writers.jdbc.WindowRepository;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database side of the product: the repositories every step writes through, and in a dry run the
 * real database beside the scratch one. The policy catalogue is loaded by the command line before
 * Spring starts, so that an invalid pack stops the run first.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean
    ContractRepository contractRepository(JdbcTemplate jdbc) {
        return new ContractRepository(jdbc);
    }

    @Bean
    WindowRepository windowRepository(JdbcTemplate jdbc) {
        return new WindowRepository(jdbc);
    }

    @Bean
    SlotRepository slotRepository(JdbcTemplate jdbc) {
        return new SlotRepository(jdbc);
    }

    @Bean
    ClaimRegister claimRegister(JdbcTemplate jdbc) {
        return new ClaimRegister(jdbc);
    }

    @Bean
    DecisionJournal decisionJournal(JdbcTemplate jdbc, ContractRepository contracts) {
        return new DecisionJournal(jdbc, contracts);
    }

    @Bean
    EvidenceJournal evidenceJournal(JdbcTemplate jdbc) {
        return new EvidenceJournal(jdbc);
    }

    @Bean
    AdjustmentJournal adjustmentJournal(JdbcTemplate jdbc) {
        return new AdjustmentJournal(jdbc);
    }

    /**
     * Reversals of posted adjustments: the finance console posts them ({@code reverse}) and shows them
     * on a claim's decision ({@code ofClaim}); the month-end's posting step reports them.
     */
    @Bean
    ReversalJournal reversalJournal(JdbcTemplate jdbc) {
        return new ReversalJournal(jdbc);
    }

    /** The support portal's tickets and pauses as stored (support SLAs, section 1). */
    @Bean
    TicketJournal ticketJournal(JdbcTemplate jdbc) {
        return new TicketJournal(jdbc);
    }

    /** The tickets each run measured, and the support credits a contract's period has taken. */
    @Bean
    MeasurementJournal measurementJournal(JdbcTemplate jdbc) {
        return new MeasurementJournal(jdbc);
    }

    /** The tickets a run measured as the finance console filters and pages them, read only. */
    @Bean
    MeasurementReview measurementReview(JdbcTemplate jdbc) {
        return new MeasurementReview(jdbc);
    }

    @Bean
    RunRecord runRecord(JdbcTemplate jdbc) {
        return new RunRecord(jdbc);
    }

    @Bean
    HoldRegister holdRegister(JdbcTemplate jdbc) {
        return new HoldRegister(jdbc);
    }

    @Bean
    StatementDeliveries statementDeliveries(JdbcTemplate jdbc) {
        return new StatementDeliveries(jdbc);
    }

    /** In a dry run, the real database: only read (CommittedDatabase). */
    @Bean
    @ConditionalOnProperty(CommittedDatabase.URL)
    CommittedDatabase committedDatabase(Environment env) {
        return new CommittedDatabase(new DatabaseSettings(env.getRequiredProperty(CommittedDatabase.URL),
                env.getProperty(CommittedDatabase.USERNAME, ""), env.getProperty(CommittedDatabase.PASSWORD, "")));
    }

    /**
     * Slot records for the decide step. In a dry run the probes of this run sit in the scratch
     * database and everything earlier in the real one: the step sees both, united.
     */
    @Bean
    TimelineSource timelineSource(SlotRepository slots, ObjectProvider<CommittedDatabase> committed) {
        Optional<SlotRepository> earlier = Optional.ofNullable(committed.getIfAvailable())
                .filter(CommittedDatabase::hasSchema)
                .map(database -> new SlotRepository(database.jdbc()));
        return new SlotTimelines(slots, earlier);
    }
}
