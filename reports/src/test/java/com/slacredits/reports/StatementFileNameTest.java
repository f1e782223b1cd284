package com.slacredits.reports;

import static com.slacredits.reports.October2026.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.Channel;
import com.slacredits.domain.StatementFileName;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.Termination;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;

class StatementFileNameTest {

    @Test
    void ordinaryIdsAreTheFileName() {
        assertThat(StatementFileName.of("CU-1")).isEqualTo("CU-1.pdf");
        assertThat(StatementFileName.of("acme_nl.2")).isEqualTo("acme_nl.2.pdf");
    }

    @Test
    void separatorsDotsAndOddCharactersAreEscaped() {
        assertThat(StatementFileName.of("../x")).isEqualTo("%2E.%2Fx.pdf");
        assertThat(StatementFileName.of("..")).isEqualTo("%2E..pdf");
        assertThat(StatementFileName.of("/etc/passwd")).isEqualTo("%2Fetc%2Fpasswd.pdf");
        assertThat(StatementFileName.of("a\\b")).isEqualTo("a%5Cb.pdf");
        assertThat(StatementFileName.of("CU 7")).isEqualTo("CU%207.pdf");
        assertThat(StatementFileName.of("Müller")).isEqualTo("M%C3%BCller.pdf");
        assertThat(StatementFileName.of(".hidden")).isEqualTo("%2Ehidden.pdf");
    }

    @Test
    void differentIdsNeverShareAFile() {
        List<String> ids = List.of("a/b", "a%2Fb", "a%252Fb", "a b", "a%20b", ".x", "%2Ex", "x");
        Set<String> names = new HashSet<>();
        ids.forEach(id -> names.add(StatementFileName.of(id)));
        assertThat(names).hasSize(ids.size());
    }

    @Test
    void aHostileCustomerIdCannotWriteOutsideTheStatementsFolder(@TempDir Path root) throws IOException {
        Path output = root.resolve("run").resolve("out");
        Contract hostile = contract("K-H1", "../x", "Mallory Ltd", "STARTER", "svc-a", "1200.00", EUR, "2024-01-01");
        Contract deeper = contract("K-H2", "../../../x", "Mallory Ltd", "STARTER", "svc-a", "1200.00", EUR, "2024-01-01");
        List<ClaimDecision> decisions = List.of(
                credit(claim("CL-H1", "K-H1", "2026-11-02T09:00:00Z", Channel.EMAIL, null, false), hostile, SVC_B,
                        "99.8", "10", "10.00", Termination.NONE),
                credit(claim("CL-H2", "K-H2", "2026-11-02T09:00:00Z", Channel.EMAIL, null, false), deeper, SVC_B,
                        "99.8", "10", "10.00", Termination.NONE));
        StatementItemWriter writer = Statements.writer(output, false);
        writer.write(new Chunk<>(CustomerStatement.of(decisions)));

        Path statements = output.resolve("statements").toAbsolutePath();
        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.filter(Files::isRegularFile).map(Path::toAbsolutePath))
                    .containsExactlyInAnyOrder(statements.resolve("%2E.%2Fx.pdf"),
                            statements.resolve("%2E.%2F..%2F..%2Fx.pdf"));
        }
        assertThat(writer.targetFor("../x").getParent()).isEqualTo(statements);
    }
}
