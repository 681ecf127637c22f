package till.print;

import java.util.Optional;

/**
 * The receipt paper a printer takes, as characters per line of its standard font (12 × 24 dots) and dots per line
 * at 203 dpi. Immutable.
 */
public enum PaperWidth {

    /** 58 mm paper: 48 mm printed, 384 dots. */
    MM58(32, 384),
    /** 80 mm paper on printers that print 64 mm or take font B narrower: 42 characters. */
    MM80_42(42, 512),
    /** 80 mm paper: 72 mm printed, 576 dots. */
    MM80(48, 576);

    private final int columns;
    private final int dots;

    PaperWidth(int columns, int dots) {
        this.columns = columns;
        this.dots = dots;
    }

    public int columns() {
        return columns;
    }

    public int dots() {
        return dots;
    }

    /** The width with this many columns (32, 42 or 48). */
    public static Optional<PaperWidth> ofColumns(int columns) {
        for (PaperWidth width : values()) {
            if (width.columns == columns) {
                return Optional.of(width);
            }
        }
        return Optional.empty();
    }
}
