package org.donorcrm.gift.gift;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Finance re-earmarks a gift (new allocations adding up to its amount) and/or moves it to another campaign or
 * appeal. Omitted parts stay as they are.
 */
public record ReallocationRequest(
        @Size(max = 50) List<RecordGiftRequest.@Valid @NotNull AllocationRequest> allocations,
        @Pattern(regexp = Patterns.UUID, message = "must be a UUID") String campaignId,
        @Pattern(regexp = Patterns.UUID, message = "must be a UUID") String appealId,
        @NotBlank @Size(max = 200) String reason) {

    Reallocate toCommand() {
        return new Reallocate(allocations == null ? null
                : allocations.stream().map(RecordGiftRequest.AllocationRequest::toLine).toList(),
                RecordGiftRequest.lower(campaignId), RecordGiftRequest.lower(appealId), reason);
    }
}
