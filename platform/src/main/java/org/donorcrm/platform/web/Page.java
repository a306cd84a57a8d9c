package org.donorcrm.platform.web;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, how many there are in all, and which page this is (from 0). */
public record Page<T>(List<T> items, long total, int page, int size) {

    /** The page {@code page} of {@code size} items of a query, each item shown as {@code view} makes it. */
    public static <E, T> Page<T> of(PanacheQuery<E> query, int page, int size, Function<E, T> view) {
        List<T> items = query.page(page, size).list().stream().map(view).toList();
        return new Page<>(items, query.count(), page, size);
    }
}
