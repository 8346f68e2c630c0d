package com.shop.orders;

import java.util.Collection;

/** Sums orders. */
public final class OrderTotals {
    private OrderTotals() {
    }

    /** Total in cents of some orders. */
    public static long sum(Collection<Order> orders) {
        return orders.stream().mapToLong(Order::cents).sum();
    }
}
