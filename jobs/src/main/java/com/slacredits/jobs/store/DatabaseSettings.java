package com.slacredits.jobs.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The database a process works on: where it is, and who it signs in as. Shown to people only
 * masked, since the console and the log are read by more people than the password is.
 */
public record DatabaseSettings(String url, String username, String password) {

    public static final String URL = "spring.datasource.url";
    public static final String USERNAME = "spring.datasource.username";
    public static final String PASSWORD = "spring.datasource.password";

    private static final Pattern USER_INFO = Pattern.compile("//[^/@?;]*@");
    private static final Pattern CREDENTIAL_PARAMETER = Pattern.compile("(?i)([?&;])(user|password|pwd)=[^&;]*");
    /**
     * The built-in defaults, read from the application.properties Spring reads, so that a command
     * opening the database before Spring starts opens it with the same settings: an embedded H2
     * opened without {@code DATABASE_TO_LOWER} does not find its own schema.
     */
    private static final Properties BUILT_IN = builtIn();

    public DatabaseSettings {
        username = username == null ? "" : username;
        password = password == null ? "" : password;
    }

    /** The settings Spring resolved for this process. */
    public static DatabaseSettings of(Environment environment) {
        return new DatabaseSettings(environment.getProperty(URL, ""), environment.getProperty(USERNAME, ""),
                environment.getProperty(PASSWORD, ""));
    }

    /** A setting's built-in default, the one application.properties gives. */
    public static String builtIn(String property) {
        return BUILT_IN.getProperty(property, "");
    }

    /** The embedded H2 database, which no other process can share while this one has it open. */
    public boolean isEmbedded() {
        return isEmbedded(url);
    }

    public static boolean isEmbedded(String url) {
        return url != null && url.startsWith("jdbc:h2:");
    }

    /** The URL as people may see it. */
    public String maskedUrl() {
        return masked(url);
    }

    /** The URL with any user and password taken out, from its authority and its parameters alike. */
    public static String masked(String url) {
        if (url == null) {
            return "";
        }
        String withoutUserInfo = USER_INFO.matcher(url).replaceAll("//");
        return CREDENTIAL_PARAMETER.matcher(withoutUserInfo).replaceAll("$1$2=****");
    }

    /** A message as people may see it: the password, wherever it appears, masked. */
    public String maskedIn(String message) {
        if (message == null || password.isEmpty()) {
            return message;
        }
        return message.replace(password, "****");
    }

    /**
     * The URL for a process that only reads a database that must exist already: an embedded file
     * opened so is never created empty by mistake.
     */
    public String urlOfExisting() {
        return url.startsWith("jdbc:h2:file:") && !url.contains("IFEXISTS") ? url + ";IFEXISTS=TRUE" : url;
    }

    private static Properties builtIn() {
        try {
            return PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException("the jar's application.properties cannot be read", e);
        }
    }
}
