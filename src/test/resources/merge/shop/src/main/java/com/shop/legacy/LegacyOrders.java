package com.shop.legacy;

import com.shop.orders.Order;
import com.shop.orders.OrderManager;
import com.shop.orders.OrderTotals;

import java.util.Objects;

/**
 * The old entry point for placing orders.
 */
public class LegacyOrders {
    public static final int MAX_QUANTITY = 99;

    /** Places an order, refusing silly quantities. */
    public static boolean placeOrder(OrderManager manager, Order order) {
        Objects.requireNonNull(order, "order");
        if (order.quantity() > MAX_QUANTITY) {
            return false;
        }
        manager.add(order);
        return OrderTotals.sum(manager.orders()) > 0;
    }
}
