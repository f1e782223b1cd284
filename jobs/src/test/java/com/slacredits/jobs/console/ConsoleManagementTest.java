package com.slacredits.jobs.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console's management port, through the real server: health open, with its database; Prometheus
 * only for a console user; neither on the console's own port; and the console names its database.
 */
@SpringBootTest(classes = ConsoleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.server.port=0")
@AutoConfigureMockMvc
class ConsoleManagementTest {

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void month(DynamicPropertyRegistry registry) {
        ConsoleMonth.register(registry);
    }

    @LocalManagementPort
    int management;

    @LocalServerPort
    int console;

    @Test
    void healthIsOpenAndNamesTheDatabase() throws Exception {
        HttpResponse<String> health = get(management, "/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\"").doesNotContain("rabbit");
    }

    @Test
    void prometheusNeedsAConsoleUser() throws Exception {
        assertThat(get(management, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get(management, "/actuator/prometheus", ConsoleMonth.VIEWER + ":wrong-password").statusCode())
                .isEqualTo(401);

        HttpResponse<String> scrape = get(management, "/actuator/prometheus",
                ConsoleMonth.VIEWER + ":" + ConsoleMonth.VIEWER_PASSWORD);

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("# TYPE jvm_memory_used_bytes gauge", "hikaricp_connections");
    }

    @Test
    void nothingElseIsExposedAndTheConsolePortHasNoEndpoints() throws Exception {
        String finance = ConsoleMonth.FINANCE + ":" + ConsoleMonth.FINANCE_PASSWORD;
        assertThat(get(management, "/actuator/env", finance).statusCode()).isEqualTo(404);
        assertThat(get(management, "/actuator/beans", finance).statusCode()).isEqualTo(404);
        // the console's own port serves no endpoint
        HttpResponse<String> onTheConsolePort = get(console, "/actuator/health", null);
        assertThat(onTheConsolePort.statusCode()).isNotEqualTo(200);
        assertThat(onTheConsolePort.body()).doesNotContain("UP");
    }

    @Test
    void everyPageNamesTheConsolesDatabase() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders.get("/runs").with(user(ConsoleMonth.VIEWER).roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Database: jdbc:h2:file:" + ConsoleMonth.folder().resolve("db").toAbsolutePath());
    }

    private static HttpResponse<String> get(int port, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
