package till.bench;

import till.cli.Command;
import till.cli.CommandContext;
import till.cli.UsageException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code till bench <benchmark> [...]}: measures what we hold ourselves to. Runs on the calling thread. */
public final class BenchCommand implements Command {

    private final List<Benchmark> benchmarks;

    public BenchCommand(List<Benchmark> benchmarks) {
        this.benchmarks = List.copyOf(benchmarks);
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return benchmarks.stream().map(Benchmark::name).collect(Collectors.joining("|", "", " [--json]"))
                + ": measure performance";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        if (args.isEmpty()) {
            throw new UsageException(usage());
        }
        Optional<Benchmark> benchmark = benchmarks.stream().filter(b -> b.name().equals(args.get(0))).findFirst();
        if (benchmark.isEmpty()) {
            throw new UsageException("unknown benchmark " + args.get(0) + "\n" + usage());
        }
        return benchmark.get().run(args.subList(1, args.size()), context);
    }

    private String usage() {
        return benchmarks.stream().map(b -> "  till bench " + b.name() + " " + b.summary())
                .collect(Collectors.joining("\n", "usage:\n", ""));
    }
}
