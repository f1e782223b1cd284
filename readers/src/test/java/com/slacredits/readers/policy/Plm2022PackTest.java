package com.slacredits.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.ClaimsMode;
import com.slacredits.domain.ComplianceSchedule;
import com.slacredits.domain.CreditAssessment;
import com.slacredits.domain.EditionTerms;
import com.slacredits.domain.ExcuseRule;
import com.slacredits.domain.ExcusedWindow;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.PeriodKind;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.Reason;
import com.slacredits.domain.WindowCause;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The built-in plm-2022 pack (policy packs, section 7): the guarantee comes from each contract. */
class Plm2022PackTest {

    private final PolicyPack pack = PolicyLibrary.load(Optional.empty()).require("plm-2022");

    @Test
    void is_monthly_in_brussels_decided_without_claims_and_counts_outages_from_five_minutes() {
        assertThat(pack.name()).isEqualTo("PLM Platform SLA 2022");
        assertThat(pack.zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
        assertThat(pack.period()).isEqualTo(PeriodKind.MONTH);
        assertThat(pack.claims()).isEqualTo(ClaimsMode.AUTOMATIC);
        assertThat(pack.claimWindow()).isEmpty();
        assertThat(pack.minOutageMinutes()).isEqualTo(5);
    }

    @Test
    void excuses_maintenance_announced_exactly_336_hours_ahead_and_emergency_maintenance() {
        ExcuseRule rule = pack.excuseRule();

        assertThat(rule.excusedCauses()).isEqualTo(EnumSet.of(WindowCause.MAINTENANCE, WindowCause.EMERGENCY_MAINTENANCE));
        assertThat(rule.maintenanceNotice()).contains(Duration.ofHours(336));
        assertThat(rule.maintenanceMaxMinutes()).isEmpty();
    }

    @Test
    void fourteen_days_of_notice_are_336_hours_across_the_end_of_summer_time() {
        // Summer time ends on 25 October 2026: 336 hours before 2 November 10:00 (+01:00) is 19 October 11:00 (+02:00),
        // an hour later in local time than fourteen calendar days would be.
        Instant startsAt = at("2026-11-02T10:00:00+01:00");
        ExcuseRule rule = pack.excuseRule();

        assertThat(rule.excuses(maintenance(startsAt, at("2026-10-19T11:00:00+02:00")))).isTrue();
        assertThat(rule.excuses(maintenance(startsAt, at("2026-10-19T10:30:00+02:00")))).isTrue();
        assertThat(rule.excuses(maintenance(startsAt, at("2026-10-19T11:00:01+02:00")))).isFalse();
        assertThat(rule.excuses(emergency(startsAt))).isTrue();
    }

    @Test
    void its_one_edition_takes_the_guarantee_from_the_contract_and_only_reports_compliance() {
        assertThat(pack.editions()).containsOnlyKeys("PLATFORM");
        EditionTerms terms = pack.edition("PLATFORM").orElseThrow();

        assertThat(terms.guaranteeFromContract()).isTrue();
        assertThat(terms.fixedGuarantee()).isEmpty();
        assertThat(terms.schedule()).isInstanceOf(ComplianceSchedule.class);
        assertThat(terms.problemWith(Optional.empty())).isPresent();
        assertThat(terms.problemWith(Optional.of(new BigDecimal("99.5")))).isEmpty();
    }

    @Test
    void a_contract_guarantee_of_99_5_is_met_exactly_at_99_5_and_missed_one_slot_below() {
        EditionTerms terms = pack.edition("PLATFORM").orElseThrow();
        BigDecimal contractGuarantee = new BigDecimal("99.5");

        assertCompliance(terms.schedule().assess(Availabilities.at("99.5"), contractGuarantee), Reason.MET);
        assertCompliance(terms.schedule().assess(Availabilities.at("99.499"), contractGuarantee), Reason.MISSED);
    }

    private static ExcusedWindow maintenance(Instant startsAt, Instant announcedAt) {
        return new ExcusedWindow("W-1", "plm-1", WindowCause.MAINTENANCE, startsAt, startsAt.plusSeconds(3600),
                Optional.of(announcedAt));
    }

    private static ExcusedWindow emergency(Instant startsAt) {
        return new ExcusedWindow("W-2", "plm-1", WindowCause.EMERGENCY_MAINTENANCE, startsAt, startsAt.plusSeconds(3600),
                Optional.empty());
    }

    private static void assertCompliance(CreditAssessment assessment, Reason reason) {
        assertThat(assessment.outcome()).isEqualTo(Outcome.COMPLIANCE);
        assertThat(assessment.reason()).isEqualTo(reason);
        assertThat(assessment.creditPercent()).isEmpty();
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
