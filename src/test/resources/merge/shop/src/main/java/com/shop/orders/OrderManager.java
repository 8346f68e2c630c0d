package com.shop.orders;

import java.util.ArrayList;
import java.util.List;

/** Keeps the orders of one customer session. */
public class OrderManager {
    private final List<Order> orders = new ArrayList<>();
    private final String customer;

    public OrderManager(String customer) {
        this.customer = customer;
    }

    public void add(Order order) {
        orders.add(order);
    }

    public List<Order> orders() {
        return List.copyOf(orders);
    }

    public String customer() {
        return customer;
    }
}
