package com.slacredits.jobs.console;


import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every access rule of the console, through the real security configuration and the real
 * controllers, over a database the command line has run the October example into.
 */
@SpringBootTest(classes = ConsoleApplication.class)
@AutoConfigureMockMvc
class ConsoleAccessTest {

    /** Every POST the console could take besides sign-in and sign-out: all are FINANCE's. */
    private static final String[] ACTIONS = {"/runs", "/runs/1", "/launches", "/launches/1/approve",
            "/launches/1/resume", "/runs/1/decisions/CL-05/reverse", "/runs/1/decisions/CL-05/approve-reversal",
            "/runs/1/release", "/anything"};

    @DynamicPropertySource
    static void month(DynamicPropertyRegistry registry) {
        ConsoleMonth.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    RunHistory history;

    /** The October run's file URL. */
    private String files() {
        assertThat(history.latest()).hasSize(1);
        return "/runs/" + history.latest().get(0).runId() + "/file";
    }

    private static RequestPostProcessor viewer() {
        return user(ConsoleMonth.VIEWER).roles("VIEWER");
    }

    private static RequestPostProcessor finance() {
        return user(ConsoleMonth.FINANCE).roles("FINANCE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/runs", "/runs/1", "/runs/1/file?name=decisions.csv", "/runs/1/support",
            "/runs/1/support?targets=MISSED", "/launches/1/support", "/nothing-here"})
    void anAnonymousUserIsSentToSignIn(String page) throws Exception {
        mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void theSignInPageIsOpenToAnyone() throws Exception {
        String page = mvc.perform(get("/sign-in")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("name=\"_csrf\"").contains("name=\"password\"");
    }

    @Test
    void aConfiguredUserSignsInWithTheirPasswordAndNotWithAnother() throws Exception {
        mvc.perform(formLogin("/sign-in").user(ConsoleMonth.VIEWER).password(ConsoleMonth.VIEWER_PASSWORD))
                .andExpect(redirectedUrl("/runs"));
        mvc.perform(formLogin("/sign-in").user(ConsoleMonth.VIEWER).password(ConsoleMonth.FINANCE_PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void aSignInWithoutItsCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/sign-in").param("username", ConsoleMonth.FINANCE)
                        .param("password", ConsoleMonth.FINANCE_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void afterThreeFailedSignInsFromOneClientEvenTheRightPasswordMustWaitThereButNotElsewhere() throws Exception {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            mvc.perform(signIn(ConsoleMonth.FINANCE, "wrong-" + i, "203.0.113.9"))
                    .andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(signIn(ConsoleMonth.FINANCE, ConsoleMonth.FINANCE_PASSWORD, "203.0.113.9"))
                .andExpect(redirectedUrl("/sign-in?wait"));
        // the user's own client is not slowed down by a stranger's failures under their name
        mvc.perform(signIn(ConsoleMonth.FINANCE, ConsoleMonth.FINANCE_PASSWORD, "192.0.2.10"))
                .andExpect(redirectedUrl("/runs"));
        // nor is another user on the stranger's client, within the client's allowance
        mvc.perform(signIn(ConsoleMonth.VIEWER, ConsoleMonth.VIEWER_PASSWORD, "203.0.113.9"))
                .andExpect(redirectedUrl("/runs"));
    }

    @Test
    void aClientFailingTenNamesMustWaitUnderEveryName() throws Exception {
        for (int i = 0; i < SignInThrottle.FREE_CLIENT_FAILURES; i++) {
            mvc.perform(signIn("guess-" + i, "wrong", "198.51.100.7")).andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(signIn(ConsoleMonth.VIEWER, ConsoleMonth.VIEWER_PASSWORD, "198.51.100.7"))
                .andExpect(redirectedUrl("/sign-in?wait"));
        mvc.perform(signIn(ConsoleMonth.VIEWER, ConsoleMonth.VIEWER_PASSWORD, "192.0.2.11"))
                .andExpect(redirectedUrl("/runs"));
    }

    /** A sign-in form posted from {@code client}. */
    private static MockHttpServletRequestBuilder signIn(String name, String password, String client) {
        return post("/sign-in").param("username", name).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                });
    }

    @Test
    void aViewerIsForbiddenEveryAction() throws Exception {
        for (String action : ACTIONS) {
            mvc.perform(post(action).with(viewer()).with(csrf())).andExpect(status().isForbidden());
        }
    }

    @Test
    void financeIsNotForbiddenAnActionButAnyPostWithoutItsCsrfTokenIs() throws Exception {
        for (String action : ACTIONS) {
            int withToken = mvc.perform(post(action).with(finance()).with(csrf())).andReturn().getResponse()
                    .getStatus();
            assertThat(withToken).as(action).isNotEqualTo(403);
            mvc.perform(post(action).with(finance())).andExpect(status().isForbidden());
        }
        mvc.perform(post("/sign-out").with(viewer())).andExpect(status().isForbidden());
    }

    @Test
    void signingOutTakesAPostWithItsToken() throws Exception {
        mvc.perform(post("/sign-out").with(viewer()).with(csrf())).andExpect(redirectedUrl("/sign-in?signed-out"));
    }

    @Test
    void aViewerReadsTheRunsAndARunsFiles() throws Exception {
        assertThat(mvc.perform(get("/runs").with(viewer())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("2026-11-05").contains("COMPLETED").contains("<td>command line</td>");
        byte[] decisions = mvc.perform(get(files()).param("name", "decisions.csv").with(viewer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(decisions).isEqualTo(Files.readAllBytes(ConsoleMonth.output().resolve("decisions.csv")));
        byte[] statement = mvc.perform(get(files()).param("name", "statements/CU-1.pdf").with(viewer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(statement, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aViewerReadsARunsSupportTicketsEvenWhenItMeasuredNone() throws Exception {
        String support = "/runs/" + history.latest().get(0).runId() + "/support";
        assertThat(page(get(support))).contains("<span id=\"matching\">0</span> tickets match")
                .doesNotContain("id=\"tickets\"");
        assertThat(page(get(support).param("targets", "MET").param("q", "S-"))).contains("0</span> tickets match");
        assertThat(page(get(support.replace("/support", "")))).contains("href=\"" + support + "\"");
    }

    @Test
    void aDownloadIsOnlyEverAFileOfTheRunsOwnListing() throws Exception {
        Path decisions = ConsoleMonth.output().resolve("decisions.csv").toAbsolutePath();
        Path database = ConsoleMonth.folder().resolve("db.mv.db").toAbsolutePath();
        assertThat(database).exists();
        for (String name : new String[] {"../db.mv.db", "statements/../decisions.csv", "..", "../out/decisions.csv",
                decisions.toString(), database.toString(), "/etc/passwd", "./decisions.csv", "statements",
                "DECISIONS.CSV", ""}) {
            mvc.perform(get(files()).param("name", name).with(finance())).andExpect(status().isNotFound());
        }
        mvc.perform(get("/runs/999/file").param("name", "decisions.csv").with(finance()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRunsReviewFindsAClaimByItsIdAndFiltersByOutcomeAndCustomer() throws Exception {
        String run = "/runs/" + history.latest().get(0).runId();
        String all = page(get(run));
        assertThat(all).contains("CL-01").contains("CL-12").contains("decisions.csv").contains("statements/CU-1.pdf");

        String found = page(get(run).param("q", "CL-01"));
        assertThat(found).contains("CL-01").doesNotContain("CL-02").contains("<span id=\"matching\">1</span> decisions match");

        String credits = page(get(run).param("outcome", "CREDIT").param("customer", "CU-3"));
        assertThat(credits).contains("CL-03").contains("CL-12").doesNotContain("CL-08").doesNotContain("CL-01");

        String customer = page(get(run).param("q", "CU-1"));
        assertThat(customer).contains("CL-01").contains("CL-06").doesNotContain("CL-02");
    }

    @Test
    void anUnknownRunIsNotFound() throws Exception {
        mvc.perform(get("/runs/999").with(viewer())).andExpect(status().isNotFound());
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(viewer())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
