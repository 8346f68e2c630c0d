package com.acme.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserManagerTest {

    @Test
    void registered_users_are_found_by_id_with_a_normalised_email() {
        UserManager manager = new UserManager();

        manager.register("u1", " Ada@Acme.Test ");

        assertEquals(Optional.of(new User("u1", "ada@acme.test")), manager.find("u1"));
        assertEquals(1, manager.count());
    }

    @Test
    void an_id_cannot_be_registered_twice() {
        UserManager manager = new UserManager();
        manager.register("u1", "a@acme.test");

        assertThrows(IllegalStateException.class, () -> manager.register("u1", "b@acme.test"));
    }

    @Test
    void the_directory_lists_sorted_emails_and_describes_unknown_ids() {
        UserManager manager = new UserManager();
        manager.register("u2", "zed@acme.test");
        manager.register("u1", "amy@acme.test");
        UserDirectory directory = new UserDirectory(manager);

        assertEquals(List.of("amy@acme.test", "zed@acme.test"), directory.emails());
        assertEquals("u1 <amy@acme.test>", directory.describe("u1"));
        assertEquals("u9 (unknown)", directory.describe("u9"));
    }
}
