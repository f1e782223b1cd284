package com.slacredits.jobs.console;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The console's sign-in: the throttle's check for the client and name, then the password. Here and not in
 * a pre-authentication check, because only the authentication request knows the client it came from.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    /** The client of a request without web details: all such share one record. */
    private static final String UNKNOWN_CLIENT = "unknown";

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String client = clientOf(request);
        String name = request.getName();
        Duration wait = throttle.waitFor(client, name);
        if (!wait.isZero()) {
            // refused before the password is compared, and not one more failure
            throw new LockedException("Too many failed sign-ins; try again in " + Math.max(1, wait.toSeconds()) + " s.");
        }
        try {
            Authentication signedIn = passwords.authenticate(request);
            throttle.succeeded(client, name);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.failed(client, name);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static String clientOf(Authentication request) {
        return request.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : UNKNOWN_CLIENT;
    }
}
