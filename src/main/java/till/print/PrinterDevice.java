package till.print;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Where a printer is, parsed from its device string in this one place:
 * {@code tcp://HOST[:PORT]} (a network ESC/POS printer, raw TCP, port 9100 by default), {@code file:PATH} (a printer
 * device file such as {@code /dev/usb/lp0} or a serial port), {@code queue:NAME} (an operating-system print queue
 * that passes ESC/POS bytes through), {@code queue:NAME?page} (an ordinary printer's queue: a rendered page), and
 * {@code folder:PATH} (no printer: each receipt is written there as PNG and text, the simulated printer of the demo
 * shop). Immutable.
 */
public sealed interface PrinterDevice {

    /** The port raw ESC/POS printers listen on (HP JetDirect's, which they all copied). */
    int RAW_PORT = 9100;

    /** The device string this was parsed from, written the canonical way. */
    String text();

    /** A network ESC/POS printer. Immutable. */
    record Tcp(String host, int port) implements PrinterDevice {
        @Override
        public String text() {
            return "tcp://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /** A printer device file. Immutable. */
    record DeviceFile(Path path) implements PrinterDevice {
        @Override
        public String text() {
            return "file:" + path;
        }
    }

    /** An operating-system print queue; {@code page}: a rendered page, not ESC/POS bytes. Immutable. */
    record Queue(String name, boolean page) implements PrinterDevice {
        @Override
        public String text() {
            return "queue:" + name + (page ? "?page" : "");
        }
    }

    /** No printer: receipts become files in this folder. Immutable. */
    record Folder(Path path) implements PrinterDevice {
        @Override
        public String text() {
            return "folder:" + path;
        }
    }

    /** @throws IllegalArgumentException saying what a device string looks like, when this is none */
    static PrinterDevice parse(String device) {
        String text = device == null ? "" : device.strip();
        if (text.startsWith("tcp://")) {
            return tcp(text);
        }
        if (text.startsWith("file:") && text.length() > "file:".length()) {
            return new DeviceFile(Path.of(text.substring("file:".length())));
        }
        if (text.startsWith("folder:") && text.length() > "folder:".length()) {
            return new Folder(Path.of(text.substring("folder:".length())));
        }
        if (text.startsWith("queue:") && text.length() > "queue:".length()) {
            String name = text.substring("queue:".length());
            boolean page = name.endsWith("?page");
            name = page ? name.substring(0, name.length() - "?page".length()) : name;
            if (!name.isBlank()) {
                return new Queue(name, page);
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a printer: write tcp://HOST[:PORT], file:PATH,"
                + " queue:NAME, queue:NAME?page or folder:PATH");
    }

    private static PrinterDevice tcp(String text) {
        try {
            URI uri = new URI(text);
            String host = uri.getHost();
            if (host == null || host.isBlank() || (uri.getPath() != null && !uri.getPath().isEmpty())) {
                throw new IllegalArgumentException("'" + text + "' is not a network printer: write tcp://HOST[:PORT]");
            }
            String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            return new Tcp(bare, uri.getPort() < 0 ? RAW_PORT : uri.getPort());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a network printer: write tcp://HOST[:PORT]", e);
        }
    }
}
