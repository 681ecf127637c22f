package till.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.fx.Async;
import till.order.PaidOrder;
import till.print.FolderPrinter;
import till.print.PrintQueue;
import till.sell.ReceiptPrinting;
import till.status.ReceiptPictureWindow;

/**
 * The screen's side of the till's printer: Print / Reprint on the receipt screen queue the receipt on an I/O thread,
 * and the demo printer's pictures open in a small window. FX thread only, except what it hands to the I/O thread.
 */
final class ScreenPrinting implements ReceiptPrinting {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenPrinting.class);

    private final TillPrinting printing;
    private final PrintQueue queue;
    private final Async async;
    private final Supplier<Window> owner;
    private final Locale locale;

    /** @param owner the window the demo printer's picture opens over (may give null) */
    ScreenPrinting(TillPrinting printing, Async async, Supplier<Window> owner) {
        this(printing, async, owner, Locale.ENGLISH);
    }

    /** @param locale the till's language, for the demo printer's receipt window */
    ScreenPrinting(TillPrinting printing, Async async, Supplier<Window> owner, Locale locale) {
        this.locale = locale;
        this.printing = printing;
        this.queue = printing.queue().orElseThrow();
        this.async = async;
        this.owner = owner;
    }

    @Override
    public boolean autoPrint() {
        return printing.autoPrint();
    }

    @Override
    public void print(PaidOrder paid) {
        async.run(() -> queue.print(paid), original -> LOG.info("receipt of {} queued{}", paid.uid(),
                original ? "" : " as a copy (DUPLICATE)"), e -> LOG.error("the receipt of {} could not be queued",
                paid.uid(), e));
    }

    @Override
    public boolean showable() {
        return printing.simulated().isPresent();
    }

    @Override
    public void show(PaidOrder paid) {
        showPicture(() -> printing.simulated().flatMap(f -> f.latest(paid.uid())));
    }

    /** The demo printer's newest receipt, for the indicator's click. FX thread only. */
    void showLatest() {
        showPicture(() -> printing.simulated().flatMap(FolderPrinter::latest));
    }

    private void showPicture(Callable<Optional<Path>> find) {
        async.run(find, picture -> ReceiptPictureWindow.show(owner.get(), picture, locale),
                e -> LOG.error("the demo printer's receipt cannot be shown", e));
    }
}
