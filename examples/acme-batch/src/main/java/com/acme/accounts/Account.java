package com.acme.accounts;

/** A billing account owned by a user. */
public record Account(String id, String ownerId, AccountStatus status) {

    public Account withStatus(AccountStatus newStatus) {
        return new Account(id, ownerId, newStatus);
    }
}
