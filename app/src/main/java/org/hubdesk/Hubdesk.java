package org.hubdesk;

import java.io.PrintWriter;
import org.hubdesk.cli.CommandLineRunner;
import org.hubdesk.ui.HubdeskApp;

/**
 * Entry point. With no arguments it opens the desktop app; with any argument it is the command
 * line and needs no display. (A plain main class: a jar whose main class extends Application
 * does not start from the classpath.)
 */
public final class Hubdesk {
    /** Held so the logging levels set below are not garbage-collected away. */
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.List.of(
            java.util.logging.Logger.getLogger("org.jooq"), java.util.logging.Logger.getLogger("org.flywaydb"));

    private Hubdesk() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        QUIET.get(0).setLevel(java.util.logging.Level.WARNING);
        // Flyway warns that H2 is newer than it was verified with: true, tested here, and no use to a user.
        QUIET.get(1).setLevel(java.util.logging.Level.SEVERE);
        if (args.length == 0) {
            HubdeskApp.launchApp(args);
            return;
        }
        int code = CommandLineRunner.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }
}
