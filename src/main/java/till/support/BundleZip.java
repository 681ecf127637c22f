package till.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import till.logs.LogMasks;

/**
 * The zip being written: every entry is text and goes through {@link LogMasks} on its way in, so a secret that
 * reached a log before masking existed still stays home. Remembers what it holds for the README. Confined to the
 * thread that writes it.
 */
final class BundleZip implements AutoCloseable {

    private final ZipOutputStream zip;
    private final LogMasks masks;
    private final List<String> names = new ArrayList<>();

    BundleZip(OutputStream out, LogMasks masks) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.masks = masks;
    }

    void text(String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(masks.mask(text).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        names.add(name);
    }

    /** Copies a text file line by line (a log may be megabytes); a file that vanished meanwhile is skipped. */
    void file(String name, Path file) throws IOException {
        BufferedReader in;
        try {
            in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            return;
        }
        try (in) {
            zip.putNextEntry(new ZipEntry(name));
            for (String line = readLine(in); line != null; line = readLine(in)) {
                zip.write((masks.mask(line) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            zip.closeEntry();
            names.add(name);
        }
    }

    /** A line, or null at the end; bytes that are not UTF-8 end the copy rather than the bundle. */
    private static String readLine(BufferedReader in) throws IOException {
        try {
            return in.readLine();
        } catch (java.nio.charset.MalformedInputException e) {
            return null;
        }
    }

    List<String> names() {
        return List.copyOf(names);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
