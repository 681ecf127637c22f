package till.app;

import java.util.Set;

/** Options that only the GUI takes (e.g. {@code --kiosk} in a later issue). Stateless. */
final class GuiOptions {

    static final Set<String> KNOWN = Set.of();

    private GuiOptions() {
    }
}
