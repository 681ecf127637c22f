package till.support;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The README.txt of a support bundle: what it holds and what it leaves out on purpose. Stateless. */
final class Readme {

    private Readme() {
    }

    static String text(Path dataDir, Instant now, List<String> entries, String outboxLeftOut) {
        StringBuilder text = new StringBuilder();
        text.append("Till support bundle\n===================\n\n");
        text.append("Written ").append(now).append(" from the data directory ").append(dataDir).append(".\n\n");
        text.append("What is inside:\n");
        for (String name : entries) {
            text.append("  ").append(name).append(" - ").append(describe(name)).append('\n');
        }
        text.append("  README.txt - this file\n\n");
        if (!outboxLeftOut.isEmpty()) {
            text.append("The outbox summary is left out: ").append(outboxLeftOut).append(".\n\n");
        }
        text.append("Left out on purpose: the kept password (till.password), the manager PIN, the database and the\n"
                + "journal of paid orders. Secret-looking values (session cookies, password=, pin=, token=, the kept\n"
                + "password itself) are replaced by **** in every file, and till.properties keys naming a password,\n"
                + "PIN, secret or token keep only true/false values.\n");
        return text.toString();
    }

    private static String describe(String name) {
        if (name.startsWith("logs/connections")) {
            return "connection history: every state change of the push channel and of the order sender";
        }
        if (name.startsWith("logs/")) {
            return "the till's log (INFO and up; .1 is the newest rolled file)";
        }
        return switch (name) {
            case "versions.txt" -> "Till, Java, OS, JavaFX and the Odoo server version last logged";
            case "till.properties" -> "the configuration, secret values removed";
            case "config-check.txt" -> "what the till's start check says about the configuration";
            case "files.txt" -> "names and sizes of the files in the data directory";
            case "outbox-summary.txt" -> "paid orders by state, unsent amount, age of the oldest unsent order";
            case "outbox-unsent.json" -> "the orders not yet on the server, as till outbox list --json shows them";
            default -> "";
        };
    }
}
