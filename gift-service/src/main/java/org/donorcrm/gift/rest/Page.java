package org.donorcrm.gift.rest;

import java.util.List;

/** One page of a list, with the total number of items matching. */
public record Page<T>(List<T> items, long total, int page, int size) {
}
