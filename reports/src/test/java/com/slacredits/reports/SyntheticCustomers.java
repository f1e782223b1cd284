package com.slacredits.reports;

import static com.slacredits.reports.October2026.*;

import com.slacredits.domain.Channel;
import com.slacredits.domain.Contract;
import com.slacredits.domain.Reason;
import com.slacredits.domain.Termination;
import java.util.ArrayList;
import java.util.List;

/** Many customers with a few decided claims each, for the restart test and the benchmark. */
final class SyntheticCustomers {

    private SyntheticCustomers() {
    }

    static List<CustomerStatement> statements(int count) {
        List<CustomerStatement> statements = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String customer = String.format("CX-%05d", i);
            String name = "Customer " + i + " Holding B.V.";
            Contract contract = contract("KX-" + i, customer, name, "ENTERPRISE", "svc-a", "60000.00", EUR, "2024-01-01");
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
