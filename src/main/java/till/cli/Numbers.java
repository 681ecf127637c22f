package till.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The number types of {@code till}'s options, each refusing what the option cannot use; picocli reports a refusal as
 * {@code Invalid value for option '--x': ...}, a usage error. Stateless.
 */
final class Numbers {

    private Numbers() {
    }

    /** 1 or more, up to {@link Integer#MAX_VALUE}. */
    static final class Positive implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long n = whole(value);
            if (n <= 0 || n > Integer.MAX_VALUE) {
                throw new TypeConversionException(value + " is not a positive whole number");
            }
            return (int) n;
        }
    }

    /** 0 or more, up to {@link Integer#MAX_VALUE}. */
    static final class NonNegative implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long n = whole(value);
            if (n < 0 || n > Integer.MAX_VALUE) {
                throw new TypeConversionException(value + " is not a whole number of 0 or more");
            }
            return (int) n;
        }
    }

    /** Any whole number that fits a {@code long}. */
    static final class Whole implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return whole(value);
        }
    }

    /** A finite number greater than 0, with or without decimals. */
    static final class PositiveDecimal implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                double d = Double.parseDouble(value);
                if (d > 0 && Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // Refused below, with the value.
            }
            throw new TypeConversionException(value + " is not a positive number");
        }
    }

    private static long whole(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException(value + " is not a whole number");
        }
    }
}
