package com.acme.users;

/** A person who can sign in. The e-mail is stored lower-case. */
public record User(String id, String email) {

    public User {
        email = email.trim().toLowerCase();
    }
}
