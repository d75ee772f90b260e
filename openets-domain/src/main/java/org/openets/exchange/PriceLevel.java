package org.openets.exchange;

/** The orders resting at one price, in time priority, as a doubly linked list. */
final class PriceLevel {

    final long priceFen;
    Order head;
    Order tail;
    long openQuantity;
    int orders;

    PriceLevel(long priceFen) {
        this.priceFen = priceFen;
    }

    void append(Order order) {
        order.level = this;
        order.previous = tail;
        order.next = null;
        if (tail == null) {
            head = order;
        } else {
            tail.next = order;
        }
        tail = order;
        openQuantity += order.openQuantity;
        orders++;
    }

    void remove(Order order) {
        if (order.previous == null) {
            head = order.next;
        } else {
            order.previous.next = order.next;
        }
        if (order.next == null) {
            tail = order.previous;
        } else {
            order.next.previous = order.previous;
        }
        openQuantity -= order.openQuantity;
        orders--;
        order.level = null;
        order.previous = null;
        order.next = null;
    }

    boolean isEmpty() {
        return head == null;
    }
}
