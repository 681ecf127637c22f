package till.supervise;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command that starts the till again the way this process was started: the installed launcher when running from
 * the jpackage image (it adds its own Java options, and the image has no {@code java} command), otherwise this JVM's
 * {@code java} with this JVM's options and class path. Immutable.
 */
record TillCommandLine(List<String> launcher) {

    TillCommandLine {
        launcher = List.copyOf(launcher);
    }

    /** The launcher for this very process. */
    static TillCommandLine ofThisProcess(String mainClass) {
        Optional<String> appPath = Optional.ofNullable(System.getProperty("jpackage.app-path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (appPath.isEmpty() && !Files.isExecutable(java)) {
            // A jpackage launcher that did not say its path: this process's own executable is that launcher.
            appPath = ProcessHandle.current().info().command();
        }
        if (appPath.isPresent()) {
            return installed(Path.of(appPath.get()));
        }
        return java(java, ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("java.class.path"), mainClass);
    }

    static TillCommandLine installed(Path launcher) {
        return new TillCommandLine(List.of(launcher.toString()));
    }

    static TillCommandLine java(Path java, List<String> jvmOptions, String classPath, String mainClass) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        // A debugger agent listening on a fixed port would make every child fail to start.
        jvmOptions.stream().filter(o -> !o.startsWith("-agentlib:jdwp")).forEach(command::add);
        // A till started with a plain java -jar gets the launcher's memory bounds all the same (decision 0173).
        command.addAll(JvmMemory.forChild(jvmOptions));
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        return new TillCommandLine(command);
    }

    /** The full command for a till on {@code dataDir} with the user's till arguments. */
    List<String> forTill(Path dataDir, List<String> tillArgs) {
        List<String> command = new ArrayList<>(launcher);
        command.add("--data-dir");
        command.add(dataDir.toString());
        command.addAll(tillArgs);
        return command;
    }
}
