package com.slacredits.jobs.cli;

import com.slacredits.domain.ReversalThreshold;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import com.slacredits.jobs.run.FailureCauses;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code sla-credits.controls.*}: the controls finance can enforce, all off by default. Read like
 * every other {@code sla-credits.*} setting (application.properties, {@code --sla-credits.controls.…=},
 * or {@code SLA_CREDITS_CONTROLS_…} in the environment), by the command line and by the console.
 *
 * @param fourEyes {@code required}: a real run starts only as a second user's approval of a completed
 *     dry run in the console; the command line then refuses every real run
 * @param reversalApprovalAbove a reversal of more than this, in its currency's major units, waits for
 *     a second FINANCE user's approval; none: every reversal is posted at once
 */
@ConfigurationProperties("sla-credits.controls")
public record FinanceControls(FourEyes fourEyes, BigDecimal reversalApprovalAbove) {

    public static final String PREFIX = "sla-credits.controls";

    /** The command line's one sentence for a real run under four eyes. */
    public static final String LONE_REAL_RUN = "Four eyes are required (sla-credits.controls.four-eyes=required): "
            + "a real run starts only in the finance console, when a second FINANCE user approves a completed "
            + "dry run, and a held run is released there too; give --dry-run to run one here.";

    public enum FourEyes { OFF, REQUIRED }

    public FinanceControls {
        fourEyes = fourEyes == null ? FourEyes.OFF : fourEyes;
        // checked here, so that a wrong setting stops the process at start rather than at a reversal
        reversalThreshold(reversalApprovalAbove);
    }

    public boolean fourEyesRequired() {
        return fourEyes == FourEyes.REQUIRED;
    }

    public ReversalThreshold reversalThreshold() {
        return reversalThreshold(reversalApprovalAbove);
    }

    private static ReversalThreshold reversalThreshold(BigDecimal above) {
        return new ReversalThreshold(Optional.ofNullable(above));
    }

    /** The controls as the environment sets them, for a process that checks them before its beans exist. */
    static FinanceControls of(Environment environment) {
        try {
            return Binder.get(environment).bind(PREFIX, FinanceControls.class)
                    .orElseGet(() -> new FinanceControls(null, null));
        } catch (BindException e) {
            String sentence = e.getProperty() != null && e.getProperty().getName().toString().endsWith("four-eyes")
                    ? "sla-credits.controls.four-eyes is required or off, not '" + e.getProperty().getValue() + "'."
                    : "The setting " + (e.getProperty() != null ? e.getProperty().getName() + " " : "")
                            + "cannot be read: " + FailureCauses.rootMessage(e);
            throw new ControlRefusal(sentence);
        }
    }

    /**
     * Refuses a real run from the command line under four eyes, once the settings are read from every
     * place Spring reads them and before any bean exists: no database is opened, nothing is written.
     */
    static ApplicationContextInitializer<ConfigurableApplicationContext> refusingLoneRealRuns() {
        return context -> {
            if (of(context.getEnvironment()).fourEyesRequired()) {
                throw new ControlRefusal(LONE_REAL_RUN);
            }
        };
    }

    /** A run the controls refuse, or controls that cannot be read: one sentence, exit 2. */
    static final class ControlRefusal extends RuntimeException {

        ControlRefusal(String sentence) {
            super(sentence);
        }
    }
}
