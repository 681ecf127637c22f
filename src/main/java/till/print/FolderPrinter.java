package till.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The simulated printer ({@code folder:PATH}): each receipt becomes {@code receipt-<uid>.png} and {@code .txt} in
 * the folder (a reprint {@code receipt-<uid>-duplicate-<n>}), each report its {@code <name>.png} and {@code .txt}
 * (the Z report {@code z-report-<session id>}), each drawer kick a line in {@code drawer.log}. It is
 * what the demo shop prints on, so that someone trying Till sees a receipt come out, and what a shop without a
 * printer can keep. Thread-safe (one job at a time).
 */
public final class FolderPrinter implements Printer {

    /** The folder of the data directory the simulated printer prints to. */
    public static final String FOLDER = "receipts";
    /** The file the drawer kicks are logged to. */
    public static final String DRAWER_LOG = "drawer.log";

    private final PrinterDevice.Folder device;
    private final PaperWidth width;
    private final Clock clock;

    public FolderPrinter(Path folder, PaperWidth width, Clock clock) {
        this.device = new PrinterDevice.Folder(folder);
        this.width = width;
        this.clock = clock;
    }

    @Override
    public String device() {
        return device.text();
    }

    @Override
    public PrinterHealth health() {
        Path folder = device.path();
        return Files.isDirectory(folder) && !Files.isWritable(folder)
                ? PrinterHealth.offline("cannot write receipts to " + folder) : PrinterHealth.ready();
    }

    @Override
    public Delivery print(PrintWork work, Runnable sending) {
        try {
            Files.createDirectories(device.path());
            sending.run();
            if (work.kick()) {
                Files.writeString(device.path().resolve(DRAWER_LOG), clock.instant() + " drawer opened\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            if (work.paper().isPresent()) {
                write(work.paper().get());
            }
            return Delivery.printed(PrinterHealth.ready());
        } catch (IOException e) {
            return Delivery.notPrinted(PrinterHealth.offline("cannot write receipts to " + device.path() + ": "
                    + e.getMessage()));
        }
    }

    /** The picture of the latest receipt written for this order uid, if any (what a demo screen can show). */
    public Optional<Path> latest(String orderUid) {
        String name = "receipt-" + orderUid;
        Path original = device.path().resolve(name + ".png");
        Optional<Path> latest = Files.exists(original) ? Optional.of(original) : Optional.empty();
        for (int n = 1; Files.exists(device.path().resolve(copyName(name, n) + ".png")); n++) {
            latest = Optional.of(device.path().resolve(copyName(name, n) + ".png"));
        }
        return latest;
    }

    /** The picture of the newest receipt written here, of any order (what the demo printer's indicator shows). */
    public Optional<Path> latest() {
        if (!Files.isDirectory(device.path())) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(device.path())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".png"))
                    .max(Comparator.comparing(FolderPrinter::modified));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private void write(PaperDocument receipt) throws IOException {
        String name = receipt.fileName();
        if (receipt.duplicate() || Files.exists(device.path().resolve(name + ".png"))) {
            int n = 1;
            while (Files.exists(device.path().resolve(copyName(receipt.fileName(), n) + ".png"))) {
                n++;
            }
            name = copyName(receipt.fileName(), n);
        }
        // Text first, picture last: the picture's presence is what says a receipt was printed here.
        Files.writeString(device.path().resolve(name + ".txt"), ReceiptText.render(receipt, width),
                StandardCharsets.UTF_8);
        Path temp = device.path().resolve(name + ".png.part");
        Files.write(temp, ReceiptImage.png(receipt, width));
        Files.move(temp, device.path().resolve(name + ".png"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String copyName(String name, int n) {
        return name + "-duplicate-" + n;
    }

    @Override
    public void cancel() {
        // Writing two small files is not cut short.
    }
}
