package com.shop.web;

import com.shop.events.Event;
import com.shop.events.EventBus;
import com.shop.events.EventKind;
import com.shop.legacy.LegacyOrders;
import com.shop.orders.Order;
import com.shop.orders.OrderManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The fixture's own test, run after each merge: plain Java so it needs nothing on the class path. */
public class OrderControllerTest {
    public static void main(String[] args) {
        OrderController controller = new OrderController("ada");
        check(controller.place("book", 2).equals("ok 500"), "two books cost 500");
        check(controller.place("pen", 100).equals("refused 500"), "100 pens are refused");
        check(controller.limit() == 99, "limit");

        OrderManager manager = new OrderManager("bob");
        check(LegacyOrders.placeOrder(manager, new Order("cup", 1, 300)), "a cup is placed");

        List<EventKind> seen = new ArrayList<>();
        EventBus bus = new EventBus();
        bus.register(e -> seen.add(e.kind()));
        bus.publish(new Event(EventKind.PLACED, Instant.EPOCH));
        check(seen.equals(List.of(EventKind.PLACED)), "the bus delivers");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
