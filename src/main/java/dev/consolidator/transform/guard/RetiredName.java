package dev.consolidator.transform.guard;

/**
 * A fully qualified type name a phase retired, and what replaced it ({@code newType} null when the phase deleted it).
 * {@code merged}: the phase is merged (a use is a finding); otherwise the phase is still open (a use is a notice).
 * {@code forwarder}: the old name still exists, but only as a deprecated type forwarding to the new one.
 */
public record RetiredName(String oldType, String newType, String phaseId, Integer prNumber, boolean merged,
                          boolean forwarder) {

    /** The package of the name: the segments before the first one that starts with an upper-case letter. */
    public String oldPackage() {
        String[] parts = oldType.split("\\.");
        StringBuilder pkg = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                break;
            }
            pkg.append(pkg.isEmpty() ? "" : ".").append(part);
        }
        return pkg.toString();
    }

    /** The simple name, e.g. {@code Inner} of {@code a.b.Outer.Inner}. */
    public String simpleName() {
        return oldType.substring(oldType.lastIndexOf('.') + 1);
    }

    /** Whether the name is a top-level type (a simple name of it can be visible by package or wildcard import). */
    public boolean topLevel() {
        String pkg = oldPackage();
        return oldType.equals(pkg.isEmpty() ? simpleName() : pkg + "." + simpleName());
    }
}
