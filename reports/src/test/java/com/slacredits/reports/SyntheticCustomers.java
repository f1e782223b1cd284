package com.slacredits.reports;

import static com.slacredits.reports.October2026.*;

import com.slacredits.domain.Channel;
import com.slacredits.domain.Contract;
import com.slacredits.domain.Edition;
import com.slacredits.domain.Reason;
import com.slacredits.domain.Termination;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Many customers with a few decided claims each, for the restart test and the benchmark. */
final class SyntheticCustomers {

    private SyntheticCustomers() {
    }

    static List<CustomerStatement> statements(int count) {
        List<CustomerStatement> statements = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String customer = String.format("CX-%05d", i);
            String name = "Customer " + i + " Holding B.V.";
            Contract contract = new Contract("KX-" + i, customer, name, customer + "@example.com", Edition.ENTERPRISE,
                    "svc-a", new BigDecimal("60000.00"), EUR, java.time.LocalDate.of(2024, 1, 1), Optional.empty(),
                    "standard-2024");
            statements.add(new CustomerStatement(customer, name, List.of(
                    credit(claim("CLX-" + i + "-1", contract.contractId(), "2026-11-02T09:15:00+01:00", Channel.EMAIL,
                            84L, false), contract, SVC_A, "99.9", "10", "500.00", Termination.NONE),
                    rejected(claim("CLX-" + i + "-2", contract.contractId(), "2026-11-03T09:15:00+01:00", Channel.EMAIL,
                            84L, false), contract, Reason.DUPLICATE),
                    rejected(claim("CLX-" + i + "-3", contract.contractId(), "2026-12-02T09:15:00+01:00", Channel.EMAIL,
                            null, true), contract, Reason.LATE))));
        }
        return statements;
    }
}
