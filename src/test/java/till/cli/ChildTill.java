package till.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@code till} command run in a child JVM on the test class path, its stdout read line by line. */
final class ChildTill implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;
    private final StringBuilder errors = new StringBuilder();
    private final Thread errorReader;

    private ChildTill(Process process) {
        this.process = process;
        this.reader = new Thread(this::readLines, "child-till-stdout");
        this.reader.start();
        this.errorReader = new Thread(this::readErrors, "child-till-stderr");
        this.errorReader.start();
    }

    static ChildTill start(Path dataDir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "till.app.Main", "--data-dir", dataDir.toString()));
        command.addAll(List.of(args));
        return new ChildTill(new ProcessBuilder(command).start());
    }

    /** The till's window in a child JVM, headless on Monocle (as the tests run JavaFX). */
    static ChildTill startWindow(Path dataDir) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djava.awt.headless=true", "-Dprism.text=t2k",
                "-cp", System.getProperty("java.class.path"), "till.app.Main", "--data-dir", dataDir.toString()));
        return new ChildTill(new ProcessBuilder(command).start());
    }

    /** SIGTERM on Linux: the JVM runs its shutdown hooks, as after a logout or a service manager's stop. */
    void terminate() {
        process.destroy();
    }

    /** The next complete line, or null when none came within the timeout or the child ended. */
    String nextLine(long timeout, TimeUnit unit) throws InterruptedException {
        String line = lines.poll(timeout, unit);
        return line == null || line.equals(EOF) ? null : line;
    }

    /** Waits up to the timeout for the child to exit on its own (used as a bounded, random pause before a kill). */
    boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        return process.waitFor(timeout, unit);
    }

    /** SIGKILL on Linux: no shutdown hooks, no finally blocks, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join(TimeUnit.SECONDS.toMillis(10));
        errorReader.join(TimeUnit.SECONDS.toMillis(10));
    }

    int exitCode(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new AssertionError("child till did not exit within " + timeoutSeconds + " s");
        }
        errorReader.join(TimeUnit.SECONDS.toMillis(10));
        return process.exitValue();
    }

    /** Every complete line printed so far, draining the queue (call after the child ended). */
    List<String> remainingLines() {
        List<String> rest = new ArrayList<>();
        lines.drainTo(rest);
        rest.remove(EOF);
        return rest;
    }

    String errors() {
        synchronized (errors) {
            return errors.toString();
        }
    }

    private static final String EOF = "\u0000eof";

    /** Only lines ending in a newline count: a kill can cut the last one short. */
    private void readLines() {
        try (InputStream in = process.getInputStream()) {
            StringBuilder current = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    lines.add(current.toString());
                    current.setLength(0);
                } else {
                    current.append((char) b);
                }
            }
        } catch (IOException e) {
            // The stream closes when the child is killed; what was read is all there is.
        } finally {
            lines.add(EOF);
        }
    }

    private void readErrors() {
        try (InputStream in = process.getErrorStream()) {
            byte[] all = in.readAllBytes();
            synchronized (errors) {
                errors.append(new String(all, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // As above.
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
