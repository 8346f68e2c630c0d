package com.acme.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Opens and closes accounts. Duplicates the bookkeeping of {@link com.acme.users.UserManager} for another kind of
 * record; both are being unified into one identity manager.
 */
public class AccountManager {
    private final Map<String, Account> accounts = new LinkedHashMap<>();

    public Account open(String accountId, String ownerId) {
        if (find(accountId).isPresent()) {
            throw new IllegalStateException("account " + accountId + " already exists");
        }
        Account account = new Account(accountId, ownerId, AccountStatus.OPEN);
        accounts.put(accountId, account);
        return account;
    }

    public Optional<Account> find(String id) {
        return Optional.ofNullable(accounts.get(id));
    }

    public int count() {
        return accounts.size();
    }

    /** Marks the account closed and returns it; closing twice is harmless. */
    public Account close(String id) {
        Account closed = find(id).orElseThrow(() -> new IllegalArgumentException("no account " + id))
                .withStatus(AccountStatus.CLOSED);
        accounts.put(id, closed);
        return closed;
    }
}
