package till.demoserver;

import java.util.Locale;

/**
 * The Odoo version the demo server imitates; it decides the version-specific shapes recorded in the transcripts.
 * Immutable.
 */
public enum Profile {
    /** Odoo 14.0 with the itpp-labs {@code pos_longpolling} module. */
    V14(14),
    /** Odoo 15.0 (no {@code pos_longpolling}, {@code /longpolling/health} exists). */
    V15(15);

    private final int major;

    Profile(int major) {
        this.major = major;
    }

    /** Parses {@code 14} or {@code 15} (also {@code 14.0}, {@code v15}). */
    public static Profile parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replaceFirst("^v", "").replaceFirst("\\.0$", "");
        for (Profile p : values()) {
            if (t.equals(Integer.toString(p.major))) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile " + text + " (use 14 or 15)");
    }

    public int major() {
        return major;
    }

    public String serverVersion() {
        return major + ".0";
    }

    /** 14 only: bus items carry their channel, {@code /longpolling/send} and {@code pos_longpolling} exist. */
    boolean hasLegacyBus() {
        return this == V14;
    }

    /** 15 only: {@code GET /longpolling/health}. */
    boolean hasHealthRoute() {
        return this == V15;
    }

    /** How long the {@code session_id} cookie lives: 90 days up to 15, 7 days from 16 ({@code SESSION_LIFETIME}). */
    long cookieMaxAge() {
        return major <= 15 ? 7_776_000 : 604_800;
    }

    String seedResource() {
        return "seed-" + major + ".json";
    }
}
