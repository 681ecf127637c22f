package till.setup;

/**
 * The kiosk keys of {@code till.properties}: whether the till starts in kiosk mode and on which monitor. Immutable.
 *
 * @param enabled {@code kiosk=true}
 * @param screen  {@code kiosk.screen}, the 1-based monitor number, or 0 when not set (the primary monitor)
 */
public record KioskConfig(boolean enabled, int screen) {

    public static final KioskConfig OFF = new KioskConfig(false, 0);

    /** The same settings with kiosk mode on, as {@code till --kiosk} asks. */
    public KioskConfig on() {
        return new KioskConfig(true, screen);
    }
}
