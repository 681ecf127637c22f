package till.app;

/** The version Till was built as, read from the jar's manifest. Stateless. */
public final class Version {

    private Version() {
    }

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
