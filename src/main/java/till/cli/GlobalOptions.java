package till.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every {@code till} invocation takes, before or after the subcommand ({@code scope = INHERIT}: picocli
 * copies them into every subcommand and sets the value here, wherever it was given). Confined to the thread that
 * runs the command line.
 */
final class GlobalOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "keep all data in DIR (default: ${DEFAULT-VALUE})")
    private Path dataDir;

    @Option(names = "--kiosk", scope = ScopeType.INHERIT,
            description = "open the till full screen; closing needs the manager PIN")
    private boolean kiosk;

    @Option(names = "--pseudo-locale", scope = ScopeType.INHERIT,
            description = "open the till in the pseudo-locale (accented, 30 %% longer texts) to find cut or fixed texts")
    private boolean pseudoLocale;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "print this help")
    private boolean help;

    @Option(names = "--version", versionHelp = true, scope = ScopeType.INHERIT, description = "print the version")
    private boolean version;

    /** @param defaultDataDir the platform's usual place, used when {@code --data-dir} is not given */
    GlobalOptions(Path defaultDataDir) {
        // The initial value is picocli's default: shown in the help and restored before each parse.
        this.dataDir = defaultDataDir;
    }

    Path dataDir() {
        return dataDir.toAbsolutePath();
    }

    boolean kiosk() {
        return kiosk;
    }

    boolean pseudoLocale() {
        return pseudoLocale;
    }
}
