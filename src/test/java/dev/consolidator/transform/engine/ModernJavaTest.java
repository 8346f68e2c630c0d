package dev.consolidator.transform.engine;

import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.merge.MergeTransform;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.consolidator.transform.Trees.assertCompiles;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.engine.Steps.move;
import static dev.consolidator.transform.engine.Steps.movePackage;
import static dev.consolidator.transform.engine.Steps.phase;
import static dev.consolidator.transform.engine.Steps.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Java 17 code in the moved type's package and among its users: records (canonical, compact and extra
 * constructors, nested, generic), sealed hierarchies, patterns in instanceof, switch expressions, text blocks, enums
 * with bodies, local, anonymous and inner classes. A package-private constructor in the package makes the access
 * check resolve every {@code new} there, a nested record's among them (which once failed: the record's canonical
 * constructor resolves through its unit's own symbol resolver).
 */
class ModernJavaTest {
    static final SourceTree SHOP = tree(
            "src/main/java/com/shop/Order.java", """
                    package com.shop;

                    import java.util.List;

                    public class Order {
                        public record Line(String sku, int quantity) {
                            public Line {
                                if (quantity < 0) throw new IllegalArgumentException("quantity");
                            }

                            Line(String sku) {
                                this(sku, 1);
                            }
                        }

                        public record Pair<A, B>(A first, B second) {
                        }

                        private final List<Line> lines;

                        Order(List<Line> lines) {
                            this.lines = lines;
                        }

                        public static Order of(String... skus) {
                            return new Order(java.util.Arrays.stream(skus).map(Line::new).toList());
                        }

                        public Pair<String, Integer> first() {
                            Line line = lines.get(0);
                            return new Pair<>(line.sku(), line.quantity());
                        }

                        public List<Line> lines() {
                            return lines;
                        }

                        public class Cursor {
                            int at;

                            public Line next() {
                                return lines.get(at++);
                            }
                        }
                    }
                    """,
            "src/main/java/com/shop/Shape.java", """
                    package com.shop;

                    public sealed interface Shape permits Shape.Circle, Shape.Square, Blob {
                        record Circle(double r) implements Shape {
                        }

                        record Square(double side) implements Shape {
                        }
                    }
                    """,
            "src/main/java/com/shop/Blob.java", """
                    package com.shop;

                    public non-sealed class Blob implements Shape {
                    }
                    """,
            "src/main/java/com/shop/Kind.java", """
                    package com.shop;

                    public enum Kind {
                        BOOK {
                            @Override
                            int tax() {
                                return 7;
                            }
                        },
                        FOOD {
                            @Override
                            int tax() {
                                return 5;
                            }
                        };

                        abstract int tax();
                    }
                    """,
            "src/main/java/com/shop/Pricing.java", """
                    package com.shop;

                    import java.util.Comparator;

                    public class Pricing {
                        static final String HELP = \"""
                                Prices are "net" \\
                                of tax.
                                \""";

                        public static double area(Shape shape) {
                            if (shape instanceof Shape.Circle c && c.r() > 0) return Math.PI * c.r() * c.r();
                            if (shape instanceof Shape.Square s) return s.side() * s.side();
                            return 0;
                        }

                        public static int tax(Kind kind) {
                            return switch (kind) {
                                case BOOK -> kind.tax();
                                case FOOD -> {
                                    int t = kind.tax();
                                    yield t * 2;
                                }
                            };
                        }

                        public static Order.Line line() {
                            record Local(String sku) {
                            }
                            class Counter {
                                int n;
                            }
                            Counter counter = new Counter();
                            counter.n++;
                            Comparator<String> byLength = new Comparator<>() {
                                @Override
                                public int compare(String a, String b) {
                                    return a.length() - b.length();
                                }
                            };
                            return new Order.Line(new Local("x" + counter.n + byLength.compare("a", "b")).sku(), 2);
                        }
                    }
                    """,
            "src/main/java/com/app/Checkout.java", """
                    package com.app;

                    import com.shop.Kind;
                    import com.shop.Order;
                    import com.shop.Pricing;
                    import com.shop.Shape;

                    public class Checkout {
                        public static String run() {
                            Order order = Order.of("a", "b");
                            var first = order.first();
                            Order.Line extra = new Order.Line("c", 3);
                            Order.Cursor cursor = order.new Cursor();
                            Shape shape = new Shape.Circle(1);
                            String kind = shape instanceof Shape.Circle ? "circle" : "other";
                            Object o = extra;
                            if (o instanceof Order.Line l && l.quantity() > 1) kind += \"""
                                     big\""";
                            return first.first() + cursor.next().sku() + Pricing.tax(Kind.FOOD) + kind;
                        }
                    }
                    """);

    @Test
    void a_type_moves_out_of_a_package_full_of_records_sealed_types_and_patterns() {
        PhaseResult result = run(SHOP, move("com.shop.Order", "com.sales.Order"));

        SourceTree after = result.after();
        assertThat(after.text("src/main/java/com/sales/Order.java")).startsWith("package com.sales;");
        assertThat(after.text("src/main/java/com/shop/Pricing.java")).contains("import com.sales.Order;");
        assertThat(after.text("src/main/java/com/app/Checkout.java")).contains("import com.sales.Order;");
        assertCompiles(SHOP);
        assertCompiles(after);
    }

    @Test
    void a_whole_package_of_modern_java_moves_and_its_users_follow() {
        SourceTree after = run(SHOP, movePackage("com.shop", "com.store", false)).after();

        assertThat(after.paths()).noneMatch(p -> p.startsWith("src/main/java/com/shop/"));
        assertThat(after.text("src/main/java/com/app/Checkout.java")).contains("import com.store.Shape;");
        assertCompiles(after);
    }

    @Test
    void a_nested_merge_works_over_modern_java() {
        Step nested = new Step.Merge(List.of("com.shop.Kind"), "com.shop.Pricing", MergeMode.NESTED, Map.of(),
                Steps.line(20));
        SourceTree afterNested = new PhaseEngine(new MergeTransform()).run(SHOP, phase(nested)).after();
        assertThat(afterNested.paths()).doesNotContain("src/main/java/com/shop/Kind.java");
        assertThat(afterNested.text("src/main/java/com/app/Checkout.java")).contains("Pricing.Kind.FOOD");
        assertCompiles(afterNested);
    }

    @Test
    void a_move_losing_access_to_a_nested_records_package_private_constructor_is_refused_at_its_line() {
        SourceTree before = SHOP.apply(new dev.consolidator.transform.ChangeBuilder(SHOP).write(
                "src/main/java/com/shop/Restock.java", """
                        package com.shop;

                        public class Restock {
                            Order.Line one(String sku) {
                                return new Order.Line(sku);
                            }
                        }
                        """).build());
        assertCompiles(before);

        PhaseResult result = Steps.runOnce(before, move("com.shop.Restock", "com.sales.Restock"));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("src/main/java/com/shop/Restock.java");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("package-private constructor com.shop.Order.Line.Line(java.lang.String)");
        });
    }

    @Test
    void a_forwarding_move_leaves_no_forwarder_where_no_subclass_could_call_a_constructor_and_says_why() {
        PhaseResult result = run(SHOP, Steps.forwardingMove("com.shop.Order", "com.sales.Order"));

        assertThat(result.after().paths()).doesNotContain("src/main/java/com/shop/Order.java");
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.message())
                .contains("no forwarding type for com.shop.Order", "none of its constructors is public or protected"));
        assertCompiles(result.after());
    }
}
