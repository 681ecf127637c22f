package till.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs {@code till} in this JVM through {@link Main#run} and keeps what it printed. Confined to one test. */
final class MainRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Everything printed on standard output so far. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Everything printed on standard error so far. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
