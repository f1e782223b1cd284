package com.slacredits.reports;

import static com.slacredits.reports.October2026.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.domain.ClaimDecision;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerStatementTest {

    @Test
    void octoberGivesSixStatementsAndLeavesOutTheClaimWithoutAContract() {
        List<CustomerStatement> statements = CustomerStatement.of(DECISIONS);
        assertThat(statements).extracting(CustomerStatement::customerId)
                .containsExactly("CU-1", "CU-2", "CU-3", "CU-4", "CU-5", "CU-6");
        assertThat(statements).extracting(CustomerStatement::customerName).containsExactly("Acme Logistics B.V.",
                "Brightside Retail", "Cobalt Health Inc.", "Delta Foods GmbH", "Evergreen Studio", "Fjord Analytics AS");
        for (CustomerStatement statement : statements) {
            assertThat(statement.decisions()).extracting(ClaimDecision::claimId)
                    .containsExactlyElementsOf(CLAIMS_BY_CUSTOMER.get(statement.customerId()));
        }
    }

    @Test
    void refusesAnotherCustomersClaim() {
        assertThatThrownBy(() -> new CustomerStatement("CU-1", "Acme Logistics B.V.", List.of(CL_01, CL_02)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CL-02");
        assertThatThrownBy(() -> new CustomerStatement("CU-1", "Acme Logistics B.V.", List.of(CL_09)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void claimsAreInClaimIdOrder() {
        assertThat(new CustomerStatement("CU-1", "Acme", List.of(CL_06, CL_01)).decisions())
                .containsExactly(CL_01, CL_06);
    }

    @Test
    void measuredTicketsAloneMakeAStatementInTicketIdOrderAndAnotherCustomersAreRefused() {
        CustomerStatement tickets = CustomerStatement.of("CU-7", List.of(), List.of(),
                List.of(SupportTickets.Z_04, SupportTickets.Z_01), "Zeeland Ferries B.V.");
        assertThat(tickets.tickets()).containsExactly(SupportTickets.Z_01, SupportTickets.Z_04);
        assertThat(tickets.customerName()).isEqualTo("Zeeland Ferries B.V.");
        assertThat(tickets.lineCount()).isEqualTo(2);
        assertThat(tickets.hasClaimLines()).isFalse();
        assertThatThrownBy(() -> CustomerStatement.of("CU-7", List.of(), List.of(), List.of(SupportTickets.U_01), ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U-01");
        assertThatThrownBy(() -> CustomerStatement.of("CU-7", List.of(), List.of(), List.of(), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statementNumberIsTheSameForTheSameRunAndCustomer() {
        assertThat(StatementNumber.of(42, AS_OF, "CU-1")).isEqualTo("ST-20261105-42-CU-1")
                .isEqualTo(StatementNumber.of(42, AS_OF, "CU-1"))
                .isNotEqualTo(StatementNumber.of(43, AS_OF, "CU-1"))
                .isNotEqualTo(StatementNumber.of(42, AS_OF, "CU-2"));
        CustomerStatement acme = CustomerStatement.of(DECISIONS).get(0);
        assertThat(run(true).headerFor(acme)).isEqualTo(new StatementHeader("Northwind Cloud Services B.V.", "CU-1",
                "Acme Logistics B.V.", AS_OF, "ST-20261105-42-CU-1", Optional.of(RunBanner.DRY_RUN)));
    }
}
