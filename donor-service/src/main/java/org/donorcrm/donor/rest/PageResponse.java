package org.donorcrm.donor.rest;

import java.util.List;

/** One page of a list, with the total number of matches. */
public record PageResponse<T>(List<T> items, long total, int page, int size) {
}
