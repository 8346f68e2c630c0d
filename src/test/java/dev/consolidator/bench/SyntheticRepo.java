package dev.consolidator.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates a synthetic repository for benchmarking: N Java files in a few hundred packages under
 * {@code src/main/java}, wired together the way real code is (single-type, wildcard and static imports, same-package
 * uses, fully qualified names, Javadoc links), plus {@code .github/consolidation.yml} with one {@code movePackage}
 * whose package about 10% of the files use. Deterministic for a seed.
 *
 * <p>Usage: {@code SyntheticRepo OUT_DIR [FILE_COUNT=10000] [SEED=42]}; the directory must be absent or empty.
 */
public final class SyntheticRepo {
    public static final String MOVED_FROM = "com.synth.legacy.shared";
    public static final String MOVED_TO = "com.synth.platform.shared";
    public static final String SOURCE_ROOT = "src/main/java";
    private static final Pattern WORD_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");
    /** Share of the other files that use the moved package. */
    static final double USER_SHARE = 0.10;

    private static final String[] MODULES = {"billing", "catalog", "checkout", "customer", "delivery", "inventory",
        "ledger", "marketing", "notify", "orders", "payments", "pricing", "reviews", "search", "shipping", "support",
        "tax", "users", "warehouse", "wishlist"};
    private static final String[] AREAS = {"api", "core", "model", "service", "store", "web", "event", "config",
        "util", "io", "job", "report", "rules", "cache", "audit", "client", "admin"};
    private static final String[] NOUNS = {"Account", "Address", "Basket", "Batch", "Carrier", "Charge", "Coupon",
        "Credit", "Discount", "Entry", "Invoice", "Item", "Journal", "Label", "Ledger", "Lot", "Merchant", "Offer",
        "Order", "Parcel", "Payment", "Payout", "Price", "Product", "Promotion", "Quote", "Rate", "Receipt", "Refund",
        "Return", "Review", "Route", "Shipment", "Sku", "Slot", "Stock", "Subscription", "Tariff", "Ticket", "Voucher"};
    private static final String[] SUFFIXES = {"Service", "Repository", "Mapper", "Validator", "Handler", "Client",
        "Factory", "Policy", "Calculator", "Listener", "Registry", "View", "Builder", "Resolver"};

    /** One generated type. */
    record TypeRef(String pkg, String simpleName) {
        String fqn() {
            return pkg + "." + simpleName;
        }

        /** The public constant every generated type declares, e.g. {@code ORDER_SERVICE_ID}. */
        String constant() {
            return WORD_BOUNDARY.matcher(simpleName).replaceAll("$1_$2").toUpperCase() + "_ID";
        }
    }

    /** What was generated, for the caller to print or check. */
    public record Summary(int files, int packages, int filesUsingMovedPackage, Path planFile) {
    }

    private SyntheticRepo() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: SyntheticRepo OUT_DIR [FILE_COUNT=10000] [SEED=42]");
            System.exit(2);
        }
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        long start = System.nanoTime();
        Summary summary = generate(Path.of(args[0]), files, seed);
        System.out.printf("generated %d Java files in %d packages under %s in %d ms; %d files use %s (moved to %s"
                        + " by %s)%n", summary.files(), summary.packages(), Path.of(args[0]).resolve(SOURCE_ROOT),
                (System.nanoTime() - start) / 1_000_000, summary.filesUsingMovedPackage(), MOVED_FROM, MOVED_TO,
                summary.planFile());
    }

    public static Summary generate(Path outDir, int fileCount, long seed) {
        if (fileCount < 10) {
            throw new IllegalArgumentException("generate at least 10 files, not " + fileCount);
        }
        refuseNonEmpty(outDir);
        Random random = new Random(seed);
        List<TypeRef> moved = typesOf(MOVED_FROM, Math.max(3, Math.min(12, fileCount / 1000)), random);
        List<TypeRef> others = otherTypes(fileCount - moved.size(), random);
        Set<TypeRef> users = pickUsers(others, random);
        SyntheticSource source = new SyntheticSource(others, moved, random);
        Set<Path> createdDirs = new HashSet<>();
        try {
            for (TypeRef type : moved) {
                write(outDir, type, source.render(type, moved, false), createdDirs);
            }
            for (TypeRef type : others) {
                write(outDir, type, source.render(type, moved, users.contains(type)), createdDirs);
            }
            Path plan = outDir.resolve(".github/consolidation.yml");
            Files.createDirectories(plan.getParent());
            Files.writeString(plan, planText());
            int packages = (int) Stream.concat(moved.stream(), others.stream()).map(TypeRef::pkg).distinct().count();
            return new Summary(moved.size() + others.size(), packages, users.size(), plan);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the synthetic repository to " + outDir + " failed", e);
        }
    }

    static String planText() {
        return """
                version: 1
                approvals: 1
                phases:
                  - id: move-shared
                    title: Move the shared legacy package to the platform
                    steps:
                      - movePackage:
                          from: %s
                          to: %s
                """.formatted(MOVED_FROM, MOVED_TO);
    }

    /** About 30 files per package, spread over module/area packages such as {@code com.synth.orders.service}. */
    private static List<TypeRef> otherTypes(int count, Random random) {
        int packageCount = Math.max(1, Math.min(MODULES.length * AREAS.length, count / 30));
        List<String> packages = new ArrayList<>();
        for (int i = 0; packages.size() < packageCount; i++) {
            packages.add("com.synth." + MODULES[i % MODULES.length] + "." + AREAS[(i / MODULES.length) % AREAS.length]);
        }
        List<TypeRef> types = new ArrayList<>();
        for (int p = 0; p < packageCount; p++) {
            int inPackage = count / packageCount + (p < count % packageCount ? 1 : 0);
            types.addAll(typesOf(packages.get(p), inPackage, random));
        }
        return types;
    }

    private static List<TypeRef> typesOf(String pkg, int count, Random random) {
        Set<String> names = new HashSet<>();
        List<TypeRef> types = new ArrayList<>();
        while (types.size() < count) {
            String base = NOUNS[random.nextInt(NOUNS.length)] + SUFFIXES[random.nextInt(SUFFIXES.length)];
            String name = base;
            for (int n = 2; !names.add(name); n++) {
                name = base + n;
            }
            types.add(new TypeRef(pkg, name));
        }
        return types;
    }

    private static Set<TypeRef> pickUsers(List<TypeRef> others, Random random) {
        List<TypeRef> shuffled = new ArrayList<>(others);
        Collections.shuffle(shuffled, random);
        return new HashSet<>(shuffled.subList(0, (int) Math.round(others.size() * USER_SHARE)));
    }

    private static void write(Path outDir, TypeRef type, String text, Set<Path> createdDirs) throws IOException {
        Path dir = outDir.resolve(SOURCE_ROOT).resolve(type.pkg().replace('.', '/'));
        if (createdDirs.add(dir)) {
            Files.createDirectories(dir);
        }
        Files.writeString(dir.resolve(type.simpleName() + ".java"), text);
    }

    private static void refuseNonEmpty(Path outDir) {
        if (Files.isDirectory(outDir)) {
            try (Stream<Path> entries = Files.list(outDir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(outDir + " is not empty; give a new or empty directory");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
