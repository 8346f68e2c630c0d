package com.shop.orders;

/** One order line: what and how many, at what unit price in cents. */
public record Order(String sku, int quantity, long unitCents) {
    public long cents() {
        return quantity * unitCents;
    }
}
