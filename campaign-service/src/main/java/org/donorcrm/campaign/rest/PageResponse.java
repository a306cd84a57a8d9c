package org.donorcrm.campaign.rest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, how many there are in all, and which page this is (from 0). */
public record PageResponse<T>(List<T> items, long total, int page, int size) {

    static <E, T> PageResponse<T> of(PanacheQuery<E> query, int page, int size, Function<E, T> view) {
        List<T> items = query.page(page, size).list().stream().map(view).toList();
        return new PageResponse<>(items, query.count(), page, size);
    }
}
