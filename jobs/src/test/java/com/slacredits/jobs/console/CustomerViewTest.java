package com.slacredits.jobs.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The console answering "what did we decide for this customer?" (issue 21): search by name, one customer's
 * page across two runs, every list as CSV, amounts per currency with credits and cash refunds apart, and a
 * viewer refused a form page. Over examples/support-2026's two month-ends ({@link SupportTwoRuns}).
 */
@SpringBootTest(classes = ConsoleApplication.class)
@AutoConfigureMockMvc
class CustomerViewTest {

    private static final Path FOLDER = SupportTwoRuns.temporaryFolder();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        SupportTwoRuns.run(FOLDER);
        registry.add("spring.datasource.url", () -> SupportTwoRuns.url(FOLDER));
        registry.add("sla-credits.console.results-folder", () -> FOLDER.resolve("results").toString());
        registry.add("sla-credits.console.policies", () -> SupportTwoRuns.EXAMPLE.resolve("policies").toString());
        registry.add("sla-credits.console.users[0].name", () -> "fiona");
        registry.add("sla-credits.console.users[0].password-hash",
                () -> new BCryptPasswordEncoder().encode("unused-here"));
        registry.add("sla-credits.console.users[0].role", () -> "FINANCE");
    }

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor viewer() {
        return user("victor").roles("VIEWER");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(viewer())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> csv(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request.with(viewer())).andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).endsWith("\r\n");
        return Arrays.asList(body.split("\r\n"));
    }

    @Test
    void aCustomerIsFoundByAnyPartOfTheirNameInAnyCaseOrByTheStartOfTheirId() throws Exception {
        String zeeland = page(get("/customers").param("q", "zeeLAND"));
        assertThat(zeeland).contains("data-customer=\"CU-7\"").contains("Zeeland Ferries B.V.")
                .doesNotContain("data-customer=\"CU-1\"");
        assertThat(page(get("/customers").param("q", "ferries b.v"))).contains("data-customer=\"CU-7\"");
        assertThat(page(get("/customers").param("q", "CU-7"))).contains("data-customer=\"CU-7\"")
                .doesNotContain("data-customer=\"CU-1\"");
        // "B.V." is in three names; the ids' start "CU-" in all seven
        assertThat(page(get("/customers").param("q", "b.v."))).contains("data-customer=\"CU-1\"")
                .contains("data-customer=\"CU-3\"").contains("data-customer=\"CU-7\"")
                .doesNotContain("data-customer=\"CU-2\"");
        // a wildcard typed is a character, found in no name
        assertThat(page(get("/customers").param("q", "%"))).doesNotContain("data-customer=");
        assertThat(page(get("/customers").param("q", "nobody like this"))).doesNotContain("data-customer=");
        // every page's header offers the search
        assertThat(page(get("/runs"))).contains("id=\"find-customer\"").contains("action=\"/customers\"");
    }

    @Test
    void aRunsReviewFindsDecisionsByTheCustomersName() throws Exception {
        assertThat(page(get("/runs/1").param("q", "zeeland"))).contains("<span id=\"matching\">5</span> decisions match")
                .contains("data-claim=\"SUP-Z-01\"");
        assertThat(page(get("/runs/1").param("q", "beemster"))).contains("<span id=\"matching\">0</span> decisions match");
    }

    @Test
    void aCustomersPageShowsTheirDecisionsAcrossBothRunsWithTheirContractsAdjustmentsAndStatements() throws Exception {
        String customer = page(get("/customers/CU-7"));
        assertThat(customer).contains("Zeeland Ferries B.V.").contains("data-contract=\"K-Z1\"")
                .contains("data-contract=\"K-Z2\"").contains("€10,000.00");
        // run 2's decisions first, then run 1's, each linking to its decision page
        assertThat(customer).contains("data-claim=\"SUP-Z-06\" data-run=\"2\"")
                .contains("data-claim=\"SUP-Z-01\" data-run=\"1\"")
                .contains("href=\"/runs/2/decisions/SUP-Z-06\"").contains("href=\"/runs/1/decisions/SUP-Z2-01\"");
        assertThat(customer.indexOf("SUP-Z-06")).isLessThan(customer.indexOf("SUP-Z-01"));
        // credits and the cash refund apart, never summed: 41.67 + 83.33 + 41.67 + 83.33 on invoices, 5.01 paid out
        assertThat(customer).contains("credited €250.00; refunded in cash €5.01").doesNotContain("255.01");
        assertThat(customer).contains("data-adjustment=\"ADJ-SUP-Z-06\"").contains("data-adjustment=\"ADJ-SUP-Z2-01\"")
                .contains("cash refund");
        // a statement of each run, from the run's own files
        assertThat(customer).contains("href=\"/runs/1/file?name=statements/CU-7.pdf\"")
                .contains("href=\"/runs/2/file?name=statements/CU-7.pdf\"");
        mvc.perform(get("/customers/CU-404").with(viewer())).andExpect(status().isNotFound());
    }

    @Test
    void everyListDownloadsAsCsvAsItIsFiltered() throws Exception {
        List<String> decisions = csv(get("/customers/CU-7/decisions.csv"));
        assertThat(decisions.get(0)).startsWith("run_id,claim_id,contract_id,customer_id,");
        assertThat(decisions).hasSize(1 + 7);
        assertThat(decisions.get(1)).startsWith("2,SUP-Z-05,K-Z1,CU-7,");
        assertThat(decisions).anyMatch(row -> row.startsWith("1,SUP-Z2-01,") && row.contains(",5.01,EUR,"));

        List<String> adjustments = csv(get("/customers/CU-7/adjustments.csv"));
        assertThat(adjustments.get(0)).isEqualTo("run_id,adjustment_id,claim_id,contract_id,customer_id,"
                + "service_month,kind,amount,currency,settlement,period,reverses,invoice_id");
        assertThat(adjustments).hasSize(1 + 5);

        assertThat(csv(get("/customers/CU-7/contracts.csv"))).hasSize(1 + 2);

        List<String> rejected = csv(get("/runs/1/decisions.csv").param("outcome", "REJECTED"));
        assertThat(rejected).hasSize(2).last().asString().startsWith("SUP-Z-04,K-Z1,CU-7,2026-10,REJECTED,CAP_REACHED");
        assertThat(csv(get("/runs/1/decisions.csv"))).hasSize(1 + 5);

        List<String> missed = csv(get("/runs/1/support.csv").param("targets", "MISSED"));
        assertThat(missed.get(0)).startsWith("ticket_id,contract_id,customer_id,");
        assertThat(missed).hasSize(1 + 6).noneMatch(row -> row.startsWith("S-02,"));
        assertThat(csv(get("/runs/1/support.csv").param("targets", "MET"))).hasSize(2).last().asString()
                .startsWith("S-02,");

        List<String> runs = csv(get("/runs.csv"));
        assertThat(runs.get(0)).isEqualTo("run_id,as_of,kind,status,started_by,started,ended,decisions,rejected_rows,"
                + "currency,credited,refunded_in_cash");
        assertThat(runs).hasSize(3);
        assertThat(runs.get(1)).startsWith("2,2027-01-05,real,COMPLETED,command line,").endsWith(",EUR,83.33,");
        assertThat(runs.get(2)).startsWith("1,2026-11-05,real,COMPLETED,command line,").endsWith(",EUR,166.67,5.01");

        // the pages link their downloads with the filter shown
        assertThat(page(get("/runs/1").param("outcome", "REJECTED")))
                .containsPattern("href=\"/runs/1/decisions.csv\\?[^\"]*outcome=REJECTED");
        assertThat(page(get("/runs/1/support").param("targets", "MISSED")))
                .containsPattern("href=\"/runs/1/support.csv\\?[^\"]*targets=MISSED");
        mvc.perform(get("/runs/9/decisions.csv").with(viewer())).andExpect(status().isNotFound());
    }

    @Test
    void amountsAreWrittenPerCurrencyWithCreditsAndCashRefundsApart() throws Exception {
        String runs = page(get("/runs"));
        assertThat(runs).contains("<td class=\"num\">€166.67</td>").contains("<td class=\"num\">€5.01</td>")
                .doesNotContain("171.68");
        assertThat(page(get("/runs/1"))).contains("credited €166.67; refunded in cash €5.01");
        assertThat(page(get("/runs/1/decisions/SUP-Z2-01"))).contains("€5.01</span>, paid as a")
                .contains("cash refund");
    }

    @Test
    void aRunHasOneNumberAndItsStateIsThereForItsPageToWatch() throws Exception {
        assertThat(page(get("/runs"))).contains(">Run 1</a>").contains(">Run 2</a>");
        assertThat(page(get("/runs/state"))).isEqualTo(
                "{\"newestRun\":2,\"runsGoing\":0,\"newestLaunch\":0,\"launchesGoing\":0}");
        assertThat(page(get("/runs/1/state"))).isEqualTo("{\"status\":\"COMPLETED\"}");
        // the runs list watches, a completed run's page has nothing to wait for
        assertThat(page(get("/runs"))).contains("location.reload()");
        assertThat(page(get("/runs/1"))).doesNotContain("location.reload()");
    }

    @Test
    void aViewerIsRefusedTheStartFormWithAPageOfTheConsoleAndOfferedNoAction() throws Exception {
        mvc.perform(get("/runs/new").with(viewer())).andExpect(status().isForbidden())
                .andExpect(forwardedUrl(RefusalController.PATH));
        String refused = mvc.perform(get(RefusalController.PATH).with(viewer())).andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("You need the FINANCE role").contains("finance console")
                .doesNotContain("id=\"start\"").doesNotContain("Whitelabel");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/launches")
                        .with(viewer()).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isForbidden()).andExpect(forwardedUrl(RefusalController.PATH));
        // FINANCE still gets the form, and a viewer's pages offer no action
        String form = mvc.perform(get("/runs/new").with(user("fiona").roles("FINANCE"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("No drop folder is configured");
        assertThat(page(get("/runs"))).doesNotContain("id=\"start-run\"");
        assertThat(page(get("/runs/1/decisions/SUP-Z-01"))).doesNotContain("id=\"reverse\"");
    }
}
