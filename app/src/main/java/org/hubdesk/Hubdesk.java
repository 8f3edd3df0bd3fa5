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
    private Hubdesk() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        if (args.length == 0) {
            HubdeskApp.launchApp(args);
            return;
        }
        int code = CommandLineRunner.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }
}
