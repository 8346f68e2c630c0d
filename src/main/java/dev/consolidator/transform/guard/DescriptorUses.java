package dev.consolidator.transform.guard;

import dev.consolidator.transform.source.CodeOnly;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Uses of retired names in the files that describe types rather than use them in code: {@code module-info.java}
 * ({@code exports}/{@code opens} of a package a phase emptied, {@code uses}/{@code provides} of a retired type) and
 * {@code META-INF/services} registrations (the file's name is the service type, each line a provider).
 */
final class DescriptorUses {
    private static final Pattern MODULE_PACKAGE = Pattern.compile("^\\s*(?:exports|opens)\\s+([\\w.]+)");

    private final Map<String, RetiredName> byName;
    /** Packages left without any type by merged phases, each with one of the names it lost. */
    private final Map<String, RetiredName> retiredPackages;
    private final Pattern qualified;

    DescriptorUses(Map<String, RetiredName> byName, Map<String, RetiredName> retiredPackages, Pattern qualified) {
        this.byName = byName;
        this.retiredPackages = retiredPackages;
        this.qualified = qualified;
    }

    void moduleInfo(ChangedFile file, List<GuardFinding> out) {
        String[] lines = CodeOnly.lines(file.text());
        for (int line : file.changedLines()) {
            if (line < 1 || line > lines.length) {
                continue;
            }
            Matcher pkg = MODULE_PACKAGE.matcher(lines[line - 1]);
            if (pkg.find() && retiredPackages.containsKey(pkg.group(1))) {
                out.add(new GuardFinding(file.path(), line, GuardFinding.Use.MODULE_DIRECTIVE,
                        packageName(retiredPackages.get(pkg.group(1)))));
            }
            if (qualified != null) {
                Matcher q = qualified.matcher(lines[line - 1]);
                while (q.find()) {
                    out.add(new GuardFinding(file.path(), line, GuardFinding.Use.MODULE_DIRECTIVE, byName.get(q.group(1))));
                }
            }
        }
    }

    /** A retired package as a name: from the package of one of its types to the package that type went to. */
    private static RetiredName packageName(RetiredName type) {
        String newPackage = type.newType() == null ? null : new RetiredName(type.newType(), null, "", null, true, false).oldPackage();
        return new RetiredName(type.oldPackage(), newPackage, type.phaseId(), type.prNumber(), type.merged(), false);
    }

    /** {@code META-INF/services/<interface>}: the file's name is line 1's concern, each provider line its own. */
    void serviceFile(ChangedFile file, List<GuardFinding> out) {
        String service = file.path().substring(file.path().lastIndexOf('/') + 1).trim();
        RetiredName named = byName.get(service.replace('$', '.'));
        if (named != null && file.changedLines().contains(1)) {
            out.add(new GuardFinding(file.path(), 1, GuardFinding.Use.SERVICE_ENTRY, named));
        }
        String[] lines = file.text().split("\r?\n|\r", -1);
        for (int line : file.changedLines()) {
            if (line < 1 || line > lines.length) {
                continue;
            }
            String entry = lines[line - 1].replaceFirst("#.*", "").trim().replace('$', '.');
            RetiredName n = byName.get(entry);
            if (n != null && !(n == named && line == 1)) {
                out.add(new GuardFinding(file.path(), line, GuardFinding.Use.SERVICE_ENTRY, n));
            }
        }
    }
}
