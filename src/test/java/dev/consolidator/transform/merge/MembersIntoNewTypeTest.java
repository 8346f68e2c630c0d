package dev.consolidator.transform.merge;

import dev.consolidator.plan.Step;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.TypeMapping;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.transform.Trees.assertCompiles;
import static dev.consolidator.transform.Trees.assertUntouchedIdentical;
import static dev.consolidator.transform.Trees.tree;
import static dev.consolidator.transform.merge.MergeSteps.members;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two "manager" classes folded into a new unified type: one carries the instance state, the other only helpers. */
class MembersIntoNewTypeTest {
    static final String MANAGER = "src/main/java/com/acme/legacy/UserManager.java";
    static final String LOOKUP = "src/main/java/com/acme/legacy/UserLookup.java";
    static final String USER = "src/main/java/com/acme/legacy/User.java";
    static final String SERVICE = "src/main/java/com/acme/users/UserService.java";
    static final String ADMIN = "src/main/java/com/acme/admin/AdminPanel.java";
    static final String TEST = "src/test/java/com/acme/admin/AdminPanelTest.java";

    static SourceTree managers() {
        return tree(MANAGER, """
                package com.acme.legacy;

                import java.util.LinkedHashMap;
                import java.util.Map;

                /** Keeps the users of one tenant. */
                public class UserManager {
                    private final Map<String, User> users = new LinkedHashMap<>();
                    private final int capacity;

                    public UserManager(int capacity) {
                        this.capacity = capacity;
                    }

                    /** Adds a user unless the tenant is full. */
                    public boolean addUser(User user) {
                        if (users.size() >= capacity) {
                            return false;
                        }
                        users.put(UserLookup.normalize(user.name()), user);
                        return true;
                    }

                    public User find(String name) {
                        return users.get(UserLookup.normalize(name));
                    }
                }
                """, LOOKUP, """
                package com.acme.legacy;

                import java.util.Locale;

                public final class UserLookup {
                    private UserLookup() {
                    }

                    // one spelling for keys
                    public static String normalize(String name) {
                        return name.trim().toLowerCase(Locale.ROOT);
                    }
                }
                """, USER, """
                package com.acme.legacy;

                public record User(String name) {
                }
                """, ADMIN, """
                package com.acme.admin;

                import com.acme.legacy.User;
                import com.acme.legacy.UserLookup;
                import com.acme.legacy.UserManager;

                import java.util.List;
                import java.util.function.Predicate;

                public class AdminPanel {
                    private final UserManager manager = new UserManager(10);

                    public void importAll(List<User> users) {
                        Predicate<User> add = manager::addUser;
                        users.forEach(add::test);
                    }

                    public User lookup(String raw) {
                        var m = manager;
                        m.addUser(new User(UserLookup.normalize(raw)));
                        return m.find(raw);
                    }
                }
                """, TEST, """
                package com.acme.admin;

                import com.acme.legacy.*;

                class AdminPanelTest {
                    boolean addsOne() {
                        UserManager manager = new UserManager(1);
                        return manager.addUser(new User("a")) && !manager.addUser(new User("b"));
                    }
                }
                """);
    }

    static Step.Merge unify() {
        return members(List.of("com.acme.legacy.UserManager", "com.acme.legacy.UserLookup"), "com.acme.users.UserService",
                Map.of("addUser", "register"));
    }

    @Test
    void stateful_and_stateless_managers_become_one_new_type_with_constructors_renamed_and_instance_calls_renamed() {
        SourceTree before = managers();

        ChangeSet changes = new MergeTransform().apply(before, unify());

        assertEquals(List.of(), changes.problems());
        assertEquals(Set.of(MANAGER, LOOKUP), changes.deleted());
        assertEquals(Set.of(SERVICE), changes.added().keySet());
        assertEquals("""
                package com.acme.users;

                import com.acme.legacy.User;
                import java.util.LinkedHashMap;
                import java.util.Locale;
                import java.util.Map;

                public class UserService {
                    private final Map<String, User> users = new LinkedHashMap<>();
                    private final int capacity;

                    public UserService(int capacity) {
                        this.capacity = capacity;
                    }

                    /** Adds a user unless the tenant is full. */
                    public boolean register(User user) {
                        if (users.size() >= capacity) {
                            return false;
                        }
                        users.put(UserService.normalize(user.name()), user);
                        return true;
                    }

                    public User find(String name) {
                        return users.get(UserService.normalize(name));
                    }

                    // one spelling for keys
                    public static String normalize(String name) {
                        return name.trim().toLowerCase(Locale.ROOT);
                    }
                }
                """, changes.added().get(SERVICE));
        assertEquals("""
                package com.acme.admin;

                import com.acme.legacy.User;
                import com.acme.users.UserService;

                import java.util.List;
                import java.util.function.Predicate;

                public class AdminPanel {
                    private final UserService manager = new UserService(10);

                    public void importAll(List<User> users) {
                        Predicate<User> add = manager::register;
                        users.forEach(add::test);
                    }

                    public User lookup(String raw) {
                        var m = manager;
                        m.register(new User(UserService.normalize(raw)));
                        return m.find(raw);
                    }
                }
                """, changes.modified().get(ADMIN));
        assertEquals(List.of(
                new TypeMapping(TypeMapping.Kind.MANY_TO_ONE, "com.acme.legacy.UserManager", MANAGER, "com.acme.users.UserService", SERVICE),
                new TypeMapping(TypeMapping.Kind.MANY_TO_ONE, "com.acme.legacy.UserLookup", LOOKUP, "com.acme.users.UserService", SERVICE)),
                changes.mappings());
        assertUntouchedIdentical(before, changes);
    }

    @Test
    void the_unified_type_compiles_with_its_callers_and_a_second_run_changes_nothing() {
        SourceTree before = managers();
        assertCompiles(before);

        SourceTree after = before.apply(new MergeTransform().apply(before, unify()));
        ChangeSet again = new MergeTransform().apply(after, unify());

        assertCompiles(after);
        assertThat(after.text(TEST))
                .contains("manager.register(new User(\"a\")) && !manager.register(new User(\"b\"))");
        assertThat(again).as("second run").matches(c -> c.isEmpty() && !c.hasProblems(), "changes no file and finds no problem");
    }
}
