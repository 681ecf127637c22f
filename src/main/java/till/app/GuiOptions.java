package till.app;

import java.util.Set;

/** Options that only the GUI takes: {@code --kiosk} (docs/kiosk.md). Stateless. */
final class GuiOptions {

    static final String KIOSK = "--kiosk";
    static final Set<String> KNOWN = Set.of(KIOSK);

    private GuiOptions() {
    }
}
