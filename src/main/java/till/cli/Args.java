package till.cli;

import java.util.List;

/** Small helpers for reading command options; each failure is a {@link UsageException} naming the option. */
public final class Args {

    private Args() {
    }

    /** The value after an option, at {@code index}. */
    public static String value(List<String> args, int index) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException(args.get(index - 1) + " needs a value");
        }
        return args.get(index);
    }

    public static int positiveInt(String option, String value) throws UsageException {
        long n = parseLong(option, value);
        if (n <= 0 || n > Integer.MAX_VALUE) {
            throw new UsageException(option + " needs a positive whole number, not " + value);
        }
        return (int) n;
    }

    public static long parseLong(String option, String value) throws UsageException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, not " + value);
        }
    }

    public static double positiveDouble(String option, String value) throws UsageException {
        try {
            double d = Double.parseDouble(value);
            if (d > 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the option's name.
        }
        throw new UsageException(option + " needs a positive number, not " + value);
    }
}
