package com.acme.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that will own users and accounts. For now it only keeps an audit trail; the user and account
 * managers are merged into it by the consolidation plan.
 */
public class IdentityManager {
    private final List<String> auditTrail = new ArrayList<>();

    public void audit(String event) {
        auditTrail.add(event);
    }

    public List<String> auditTrail() {
        return List.copyOf(auditTrail);
    }
}
