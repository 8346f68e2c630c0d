package com.acme.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccountManagerTest {

    @Test
    void an_open_account_can_be_billed_until_it_is_closed() {
        AccountManager manager = new AccountManager();
        AccountService service = new AccountService(manager);
        manager.open("acc-1", "u1");

        assertTrue(service.canBill("acc-1"));
        manager.close("acc-1");

        assertFalse(service.canBill("acc-1"));
        assertEquals(AccountStatus.CLOSED, manager.find("acc-1").orElseThrow().status());
        assertEquals(1, manager.count());
        assertEquals(1, service.totalAccounts());
    }

    @Test
    void an_unknown_account_cannot_be_billed() {
        assertFalse(new AccountService(new AccountManager()).canBill("nope"));
    }
}
