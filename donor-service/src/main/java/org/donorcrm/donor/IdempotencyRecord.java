package org.donorcrm.donor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** The first answer to a repeatable write, remembered under its Idempotency-Key. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    /** The composite primary key (scope, idem_key). */
    public static class Key implements Serializable {
        public String scope;
        public String idemKey;

        public Key() {
        }

        public Key(String scope, String idemKey) {
            this.scope = scope;
            this.idemKey = idemKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(scope, k.scope)
                    && java.util.Objects.equals(idemKey, k.idemKey);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(scope, idemKey);
        }
    }

    @Id
    @Column(length = 40)
    public String scope;

    @Id
    @Column(name = "idem_key", length = 100)
    public String idemKey;

    @Column(name = "request_hash", nullable = false, length = 64, columnDefinition = "CHAR(64)")
    public String requestHash;

    @Column(name = "resource_id", nullable = false, length = 36)
    public String resourceId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
