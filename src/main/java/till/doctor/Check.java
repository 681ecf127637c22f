package till.doctor;

/**
 * One finding of {@code till doctor}. Immutable.
 *
 * @param name   a short stable key, e.g. {@code push-route}
 * @param ok     whether this part of the setup is fine (a skipped check is fine and says why it was skipped)
 * @param detail what was found, in words
 * @param advice what to change, or empty when nothing needs changing
 */
public record Check(String name, boolean ok, String detail, String advice) {

    static Check pass(String name, String detail) {
        return new Check(name, true, detail, "");
    }

    static Check fail(String name, String detail, String advice) {
        return new Check(name, false, detail, advice);
    }

    static Check skipped(String name, String why) {
        return new Check(name, true, "skipped: " + why, "");
    }
}
