package com.slacredits.jobs.console;


import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Who may do what in the console. Wiring only: the rules are these matchers, in order.
 *
 * <ul>
 * <li>the sign-in page is the only thing open to anonymous users; everything else redirects to it;
 * <li>every signed-in user may read (GET), but for the pages that are a form of an action ({@link #FORM_PAGES});
 * <li>every other request is an action and needs {@link ConsoleRole#FINANCE}, sign-out aside;
 * <li>a refusal is the console's own page ({@link RefusalController}), with status 403, never a framework's;
 * <li>CSRF protection is Spring Security's default, on for every POST, sign-in included.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    static final String SIGN_IN = "/sign-in";
    static final String SIGN_OUT = "/sign-out";
    /** Pages that are nothing but the form of an action: a VIEWER is refused them rather than shown a form. */
    static final String[] FORM_PAGES = {"/runs/new"};

    /**
     * The management port's endpoints (docs/operating.md): health open to a load balancer or a probe,
     * the rest, Prometheus' scrape among them, for a console user, by HTTP Basic: a scraper has no form
     * to fill in. First, so that the console's chain, which matches every request, never sees these.
     */
    @Bean
    @Order(1)
    SecurityFilterChain managementFilterChain(HttpSecurity http) throws Exception {
        // the status itself, not an error page: the error page is the console's, behind its sign-in form
        AuthenticationEntryPoint signIn = (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"sla-credits\"");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        };
        http.securityMatcher("/actuator", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasAnyRole(ConsoleRole.FINANCE.name(), ConsoleRole.VIEWER.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(signIn))
                .exceptionHandling(failures -> failures.authenticationEntryPoint(signIn)
                        .accessDeniedHandler((request, response, denied) ->
                                response.setStatus(HttpServletResponse.SC_FORBIDDEN)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    SecurityFilterChain consoleFilterChain(HttpSecurity http) throws Exception {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl(SIGN_IN + "?error");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), SIGN_IN + "?wait"));
        AccessDeniedHandlerImpl refused = new AccessDeniedHandlerImpl();
        refused.setErrorPage(RefusalController.PATH);
        http.authorizeHttpRequests(requests -> requests
                        // a request forwarded to the refusal page, or to an error page, was authorized on its way in
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers(SIGN_IN).permitAll()
                        .requestMatchers(HttpMethod.POST, SIGN_OUT).authenticated()
                        .requestMatchers(HttpMethod.GET, FORM_PAGES).hasRole(ConsoleRole.FINANCE.name())
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(ConsoleRole.FINANCE.name(),
                                ConsoleRole.VIEWER.name())
                        .anyRequest().hasRole(ConsoleRole.FINANCE.name()))
                .formLogin(form -> form.loginPage(SIGN_IN).failureHandler(failures).defaultSuccessUrl("/runs", true))
                .logout(logout -> logout.logoutUrl(SIGN_OUT).logoutSuccessUrl(SIGN_IN + "?signed-out"))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(refused));
        return http.build();
    }

    /** bcrypt only: a delegating encoder would also accept {@code {noop}} plain text from the configuration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SignInThrottle signInThrottle() {
        return new SignInThrottle(Clock.systemUTC());
    }

    /** The users of {@link ConsoleSettings}, checked by bcrypt after the throttle's check. */
    @Bean
    AuthenticationProvider consoleSignIn(ConsoleSettings settings, PasswordEncoder encoder, SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(ConsoleUsers.of(settings.users()));
        passwords.setPasswordEncoder(encoder);
        return new ThrottledSignIn(passwords, throttle);
    }
}
