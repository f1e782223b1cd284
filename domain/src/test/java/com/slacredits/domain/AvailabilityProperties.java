package com.slacredits.domain;

import static com.slacredits.domain.Generators.integersBetween;
import static com.slacredits.domain.Generators.longsBetween;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Availability is a fraction of slots: between 0 and 100, shown cut, compared exactly. */
class AvailabilityProperties {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ONE_THOUSANDTH = new BigDecimal("0.001");
    /** Fixed, so that a failure shows up again on the next run; QuickTheories prints it with the failing values. */
    private static final long SEED = 20_261_031L;

    @Test
    void availability_stays_within_0_and_100() {
        qt().withFixedSeed(SEED).withExamples(1000).forAll(availabilities()).checkAssert(availability -> {
            assertThat(availability.percentShown()).isBetween(BigDecimal.ZERO, HUNDRED);
            assertThat(availability.percentShown().scale()).isEqualTo(3);
            assertThat(availability.isAtLeast(BigDecimal.ZERO)).isTrue();
        });
    }

    @Test
    void the_shown_value_is_the_exact_value_cut_to_three_decimals() {
        qt().withFixedSeed(SEED).withExamples(1000).forAll(availabilities()).checkAssert(availability -> {
            BigDecimal shown = availability.percentShown();

            // shown <= exact < shown + 0.001, checked on integers: shown x measured <= 100 x available, and so on.
            assertThat(exactlyAtLeast(availability, shown)).isTrue();
            assertThat(exactlyAtLeast(availability, shown.add(ONE_THOUSANDTH))).isFalse();
        });
    }

    @Test
    void is_at_least_agrees_with_an_exact_integer_comparison() {
        qt().withFixedSeed(SEED).withExamples(1000)
                .forAll(availabilities(), integersBetween(0, 1_000_000))
                .checkAssert((availability, tenThousandthsOfAPercent) -> {
                    BigDecimal percent = BigDecimal.valueOf(tenThousandthsOfAPercent, 4);

                    assertThat(availability.isAtLeast(percent)).isEqualTo(exactlyAtLeast(availability, percent));
                });
    }

    @Test
    void is_at_least_is_consistent_with_what_is_shown() {
        qt().withFixedSeed(SEED).withExamples(1000).forAll(availabilities()).checkAssert(availability -> {
            assertThat(availability.isAtLeast(availability.percentShown())).isTrue();
            assertThat(availability.isAtLeast(availability.percentShown().add(ONE_THOUSANDTH))).isFalse();
        });
    }

    /**
     * Independent of {@link Availability}: available / measured x 100 >= p, as integers scaled by p's decimals.
     * Nothing measured counts as 100.
     */
    private static boolean exactlyAtLeast(Availability a, BigDecimal percent) {
        long measured = a.totalSlots() - a.excusedSlots();
        long available = measured - a.downtimeSlots();
        if (measured == 0) {
            measured = 1;
            available = 1;
        }
        BigInteger scale = BigInteger.TEN.pow(percent.scale());
        BigInteger left = BigInteger.valueOf(available).multiply(BigInteger.valueOf(100)).multiply(scale);
        BigInteger right = percent.unscaledValue().multiply(BigInteger.valueOf(measured));
        return left.compareTo(right) >= 0;
    }

    private static Gen<Availability> availabilities() {
        // Tiny months (where nothing measured and all down are frequent), real month lengths, and anything.
        Gen<Long> totals = Generate.oneOf(
                longsBetween(0, 50),
                Generate.pick(List.of(44_700L, 44_640L, 44_580L, 43_200L, 100_000L, 1_000_000L)),
                longsBetween(0, 10_000_000));
        // Each count within what the previous ones leave, so that every generated availability is possible.
        return in -> {
            long total = totals.generate(in);
            long excused = longsBetween(0, total).generate(in);
            long down = longsBetween(0, total - excused).generate(in);
            return new Availability(total, excused, down);
        };
    }
}
