package com.shop.web;

import com.shop.legacy.*;
import com.shop.orders.Order;
import com.shop.orders.OrderManager;
import com.shop.orders.OrderTotals;

import java.util.List;
import java.util.function.ToLongFunction;

public class OrderController {
    private final OrderManager session;

    public OrderController(String customer) {
        this.session = new OrderManager(customer);
    }

    public String place(String sku, int quantity) {
        boolean ok = LegacyOrders.placeOrder(session, new Order(sku, quantity, 250));
        ToLongFunction<List<Order>> totals = OrderTotals::sum;
        return (ok ? "ok " : "refused ") + totals.applyAsLong(session.orders());
    }

    public int limit() {
        return LegacyOrders.MAX_QUANTITY;
    }
}
