package com.slacredits.domain;

import static com.slacredits.domain.Generators.anyLong;
import static com.slacredits.domain.Generators.longsBetween;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Credit rules, section 5: for every edition of standard-2024, lower availability never earns a smaller credit. */
class TieredCreditScheduleProperties {

    private static final PolicyPack STANDARD = PolicyCatalog.standard2024();
    /** Fixed, so that a failure shows up again on the next run; QuickTheories prints it with the failing values. */
    private static final long SEED = 20_261_031L;

    @Test
    void lower_availability_never_earns_a_smaller_credit() {
        qt().withFixedSeed(SEED).withExamples(1000)
                .forAll(editions(), availabilities(), availabilities())
                .checkAssert((edition, first, second) -> {
                    Availability higher = compare(first, second) >= 0 ? first : second;
                    Availability lower = higher == first ? second : first;
                    CreditSchedule schedule = STANDARD.scheduleFor(edition);

                    assertThat(credit(schedule.assess(lower))).isGreaterThanOrEqualTo(credit(schedule.assess(higher)));
                });
    }

    @Test
    void more_downtime_in_the_same_month_never_earns_a_smaller_credit() {
        qt().withFixedSeed(SEED).withExamples(1000)
                .forAll(editions(), availabilities(), anyLong())
                .checkAssert((edition, month, extra) -> {
                    long room = month.measuredSlots() - month.downtimeSlots();
                    long more = room == 0 ? 0 : Math.floorMod(extra, room + 1);
                    Availability worse = new Availability(
                            month.totalSlots(), month.excusedSlots(), month.downtimeSlots() + more);
                    CreditSchedule schedule = STANDARD.scheduleFor(edition);

                    assertThat(credit(schedule.assess(worse))).isGreaterThanOrEqualTo(credit(schedule.assess(month)));
                });
    }

    @Test
    void a_credit_is_due_exactly_when_availability_is_below_the_guarantee() {
        qt().withFixedSeed(SEED).withExamples(1000)
                .forAll(editions(), availabilities())
                .checkAssert((edition, month) -> {
                    CreditSchedule schedule = STANDARD.scheduleFor(edition);
                    boolean below = compareTo(month, schedule.guaranteePercent()) < 0;

                    assertThat(schedule.assess(month).kind() != CreditAssessment.Kind.NO_CREDIT).isEqualTo(below);
                });
    }

    /** NO_CREDIT as 0; a material breach at its percentage. */
    private static BigDecimal credit(CreditAssessment assessment) {
        return assessment.creditPercent().orElse(BigDecimal.ZERO);
    }

    /** Exact order of two availabilities, by cross-multiplying; nothing measured counts as 100 %. */
    private static int compare(Availability a, Availability b) {
        BigInteger left = BigInteger.valueOf(available(a)).multiply(BigInteger.valueOf(measured(b)));
        BigInteger right = BigInteger.valueOf(available(b)).multiply(BigInteger.valueOf(measured(a)));
        return left.compareTo(right);
    }

    private static int compareTo(Availability a, BigDecimal percent) {
        BigInteger scale = BigInteger.TEN.pow(Math.max(0, percent.scale()));
        BigInteger left = BigInteger.valueOf(available(a)).multiply(BigInteger.valueOf(100)).multiply(scale);
        BigInteger right = percent.unscaledValue().multiply(BigInteger.valueOf(measured(a)));
        return left.compareTo(right);
    }

    private static long measured(Availability a) {
        return a.measuredSlots() == 0 ? 1 : a.measuredSlots();
    }

    private static long available(Availability a) {
        return a.measuredSlots() == 0 ? 1 : a.availableSlots();
    }

    private static Gen<Edition> editions() {
        return Generate.enumValues(Edition.class);
    }

    private static Gen<Availability> availabilities() {
        // Mostly near the tier lines (0-5 % down), where the interesting answers are, sometimes anywhere.
        Gen<Long> totals = Generate.pick(List.of(44_700L, 44_640L, 44_580L, 43_200L, 100_000L, 1_000_000L));
        return in -> {
            long total = totals.generate(in);
            long excused = longsBetween(0, total / 100).generate(in);
            long down = Generate.oneOf(
                            longsBetween(0, (total - excused) / 20),
                            longsBetween(0, total - excused))
                    .generate(in);
            return new Availability(total, excused, down);
        };
    }
}
