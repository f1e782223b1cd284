package com.slacredits.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.PolicyCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementLineTest {

    @Test
    void editionsReadAsWords() {
        assertThat(StatementLine.editionName("ENTERPRISE")).isEqualTo("Enterprise");
        assertThat(StatementLine.editionName("BUSINESS_MESSAGING")).isEqualTo("Business messaging");
        assertThat(StatementLine.editionName("BACKEND_API")).isEqualTo("Backend API");
        assertThat(StatementLine.editionName("CONVERSATIONAL_AI")).isEqualTo("Conversational AI");
        assertThat(StatementLine.editionName("HOME_APP")).isEqualTo("Home app");
    }

    @Test
    void aLineNamesItsSlaAndEdition() {
        assertThat(new StatementLine(FivePacks2026.AUTO_K_V1_Q4, Packs.WORDING).getSla())
                .isEqualTo("Decided under CPaaS SLA 2024, Voice edition");
        assertThat(new StatementLine(October2026.CL_01, Packs.WORDING).getSla())
                .isEqualTo("Decided under Standard SLA 2024, Enterprise edition");
        assertThat(new StatementLine(October2026.CL_01, new DecisionWording(new PolicyCatalog(List.of()))).getSla())
                .isEqualTo("Enterprise edition");
        assertThat(new StatementLine(October2026.CL_09, Packs.WORDING).getSla()).isEmpty();
    }

    @Test
    void thePeriodIsTheClaimsMonthOrQuarter() {
        assertThat(new StatementLine(FivePacks2026.AUTO_K_M1_Q4, Packs.WORDING).getPeriod()).isEqualTo("2026-Q4");
        assertThat(new StatementLine(FivePacks2026.CL_08, Packs.WORDING).getPeriod()).isEqualTo("2026-10");
        assertThat(new StatementLine(October2026.CL_01, Packs.WORDING).getPeriod()).isEqualTo("2026-10");
    }

    @Test
    void complianceCarriesNoAmountAndNoSettlement() {
        StatementLine line = new StatementLine(FivePacks2026.AUTO_K_V1_Q4, Packs.WORDING);
        assertThat(line.getAmount()).isEqualTo("—");
        assertThat(line.getSettlement()).isEmpty();
        assertThat(line.getDecision()).isEqualTo("Commitment missed");
    }

    @Test
    void aRefundedCreditSaysRefunded() {
        assertThat(new StatementLine(FivePacks2026.CL_05, Packs.WORDING).getSettlement()).isEqualTo("refunded");
        assertThat(new StatementLine(FivePacks2026.CL_01, Packs.WORDING).getSettlement())
                .isEqualTo("credited on your next invoice");
    }
}
