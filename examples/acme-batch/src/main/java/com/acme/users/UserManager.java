package com.acme.users;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Registers users and finds them by id. One of two near-identical managers kept by different teams. */
public class UserManager {
    private final Map<String, User> users = new LinkedHashMap<>();

    /** Registers a new user; refuses an id that is taken. */
    public User register(String id, String email) {
        if (find(id).isPresent()) {
            throw new IllegalStateException("user " + id + " already exists");
        }
        User user = new User(id, email);
        users.put(id, user);
        return user;
    }

    public Optional<User> find(String id) {
        return Optional.ofNullable(users.get(id));
    }

    public int count() {
        return users.size();
    }

    /** Every user, in registration order. */
    public List<User> allUsers() {
        return new ArrayList<>(users.values());
    }
}
