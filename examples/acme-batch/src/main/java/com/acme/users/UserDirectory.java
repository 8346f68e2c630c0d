package com.acme.users;

import java.util.List;
import java.util.stream.Collectors;

/** Read-only views over the users of a {@link UserManager}, for screens and exports. */
public class UserDirectory {
    private final UserManager manager;

    public UserDirectory(UserManager manager) {
        this.manager = manager;
    }

    /** E-mail addresses of every user, sorted, for the newsletter export. */
    public List<String> emails() {
        return manager.allUsers().stream().map(User::email).sorted().collect(Collectors.toList());
    }

    public String describe(String id) {
        return manager.find(id).map(u -> u.id() + " <" + u.email() + ">").orElse(id + " (unknown)");
    }
}
