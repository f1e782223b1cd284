package com.slacredits.jobs;

import com.slacredits.domain.CreditBrake;
import com.slacredits.domain.SlotTimeline;
import com.slacredits.writers.jdbc.AdjustmentJournal;
import com.slacredits.writers.jdbc.ClaimRegister;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.HoldRegister;
import com.slacredits.writers.jdbc.ReversalJournal;
import com.slacredits.writers.jdbc.RunRecord;
import com.slacredits.writers.jdbc.SlotRepository;
import com.slacredits.writers.jdbc.WindowRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database side of the product: the repositories every step writes through. The policy catalogue
 * is loaded by the command line before Spring starts, so that an invalid pack stops the run first.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerStoreConfiguration {

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

    @Bean
    RunRecord runRecord(JdbcTemplate jdbc) {
        return new RunRecord(jdbc);
    }

    @Bean
    HoldRegister holdRegister(JdbcTemplate jdbc) {
        return new HoldRegister(jdbc);
    }

    /** The limits of the brake on runaway credits, from {@code sla-credits.brake.*}; the README lists them. */
    @Bean
    CreditBrake creditBrake(Environment env) {
        CreditBrake defaults = CreditBrake.DEFAULT;
        return new CreditBrake(
                env.getProperty("sla-credits.brake.fee-share-percent", BigDecimal.class, defaults.feeSharePercent()),
                env.getProperty("sla-credits.brake.credited-share-percent", BigDecimal.class,
                        defaults.creditedSharePercent()),
                env.getProperty("sla-credits.brake.minimum-verified-claims", Integer.class,
                        defaults.minimumVerifiedClaims()));
    }

    @Bean
    @ConditionalOnProperty("sla-credits.committed.url")
    CommittedDatabase committedDatabase(Environment env) {
        return new CommittedDatabase(env.getRequiredProperty("sla-credits.committed.url"),
                env.getProperty("sla-credits.committed.username", ""),
                env.getProperty("sla-credits.committed.password", ""));
    }

    /**
     * A dry run's scratch database numbers its runs on from the real database's last: the state it
     * copies carries the real runs' ids (decisions, adjustments), and a scratch run numbered like one of
     * them would take that run's decisions for its own and post them again. Numbered so, the dry run also
     * has the id the next real run will have, and its statements the same numbers.
     */
    @Bean
    @ConditionalOnProperty("sla-credits.committed.url")
    FlywayMigrationStrategy scratchRunsAfterCommittedOnes(CommittedDatabase committed) {
        return flyway -> {
            flyway.migrate();
            if (committed.hasSchema()) {
                Long last = committed.jdbc().queryForObject("SELECT MAX(JOB_INSTANCE_ID) FROM BATCH_JOB_INSTANCE",
                        Long.class);
                JdbcTemplate scratch = new JdbcTemplate(flyway.getConfiguration().getDataSource());
                // a scratch file the console keeps may hold this dry run already, when it is resumed
                Long own = scratch.queryForObject("SELECT MAX(JOB_INSTANCE_ID) FROM BATCH_JOB_INSTANCE", Long.class);
                long next = Math.max(last == null ? 0 : last, own == null ? 0 : own) + 1;
                if (next > 1) {
                    // the scratch database is always H2 (MonthEndCommand.dryRunDatabase)
                    scratch.execute("ALTER SEQUENCE BATCH_JOB_INSTANCE_SEQ RESTART WITH " + next);
                }
            }
        };
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
        return new TimelineSource() {
            @Override
            public SlotTimeline timeline(String serviceId, Collection<YearMonth> utcMonths) {
                SlotTimeline timeline = slots.timeline(serviceId, utcMonths);
                earlier.ifPresent(repository -> timeline.absorb(repository.timeline(serviceId, utcMonths)));
                return timeline;
            }

            @Override
            public Optional<Instant> firstProbe(Collection<String> serviceIds) {
                return Stream.concat(slots.firstProbe(serviceIds).stream(),
                                earlier.stream().flatMap(repository -> repository.firstProbe(serviceIds).stream()))
                        .min(Instant::compareTo);
            }
        };
    }
}
