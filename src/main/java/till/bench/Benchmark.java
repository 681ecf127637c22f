package till.bench;

import till.cli.CommandContext;
import java.util.List;

/** One sub-benchmark of {@code till bench} (e.g. {@code commit}). Implementations run on the calling thread. */
public interface Benchmark {

    /** The word that selects it, e.g. {@code commit}. */
    String name();

    /** One line for the usage text. */
    String summary();

    /** Runs it and prints the figures; returns the exit code. Throws {@link UsageException} on bad arguments. */
    int run(List<String> args, CommandContext context) throws Exception;
}
