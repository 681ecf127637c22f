package till.demoserver;

/**
 * One switched-on fault and its value ({@code ""} when it takes none or the default applies). Immutable.
 *
 * @param kind what goes wrong
 * @param value a path prefix, a number or an order name, as the kind says
 */
public record Fault(FaultKind kind, String value) {

    public Fault {
        if (value == null) {
            value = "";
        }
        if (kind.argument() == FaultKind.Argument.NUMBER && !value.isEmpty() && !value.matches("\\d+")) {
            throw new IllegalArgumentException(kind.label() + " needs a whole number, not " + value);
        }
        if (kind.argument() == FaultKind.Argument.TEXT && value.isEmpty()) {
            throw new IllegalArgumentException(kind.label() + " needs a value (" + kind.label() + "=VALUE)");
        }
        if (kind.argument() == FaultKind.Argument.NONE && !value.isEmpty()) {
            throw new IllegalArgumentException(kind.label() + " takes no value");
        }
    }

    public static Fault of(FaultKind kind) {
        return new Fault(kind, "");
    }

    /** Parses {@code NAME} or {@code NAME=VALUE}, as {@code --fault} takes it. */
    public static Fault parse(String text) {
        int eq = text.indexOf('=');
        String name = eq < 0 ? text : text.substring(0, eq);
        return new Fault(FaultKind.byLabel(name.trim()), eq < 0 ? "" : text.substring(eq + 1));
    }

    long number(long fallback) {
        return value.isEmpty() ? fallback : Long.parseLong(value);
    }

    /** Whether a route-scoped fault applies to this path (no prefix: every Odoo route). */
    boolean appliesTo(String path) {
        return kind.argument() != FaultKind.Argument.PATH || value.isEmpty() || path.startsWith(value);
    }

    @Override
    public String toString() {
        return value.isEmpty() ? kind.label() : kind.label() + "=" + value;
    }
}
