package com.acme.accounts;

/** Business rules on top of {@link AccountManager}: only open accounts can be billed. */
public class AccountService {
    private final AccountManager manager;

    public AccountService(AccountManager manager) {
        this.manager = manager;
    }

    public boolean canBill(String accountId) {
        return manager.find(accountId).map(a -> a.status() == AccountStatus.OPEN).orElse(false);
    }

    public int totalAccounts() {
        return manager.count();
    }
}
