package org.donorcrm.platform.testapp;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.donorcrm.platform.http.NotFound;
import org.donorcrm.platform.idempotency.Idempotency;
import org.donorcrm.platform.idempotency.IdempotentCreate;
import org.donorcrm.platform.idempotency.RepeatableWrite;

import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * A create as every service writes one: {@link IdempotentCreate} around a transaction that creates the note and
 * remembers the key. A note whose text starts with "race:" waits at a barrier of two before it writes, so that two
 * such requests are certainly both past the look-up of the key when they write: the race on one key, made sure.
 */
@Path("/api/v1/test/notes")
@Produces(MediaType.APPLICATION_JSON)
public class NoteResource {

    public record NoteRequest(String text, BigDecimal amount) {
    }

    public record NoteView(String id, String text, BigDecimal amount, String createdBy) {
    }

    private final IdempotentCreate idempotentCreate;
    private final Notes notes;
    private final SecurityIdentity identity;

    public NoteResource(IdempotentCreate idempotentCreate, Notes notes, SecurityIdentity identity) {
        this.idempotentCreate = idempotentCreate;
        this.notes = notes;
        this.identity = identity;
    }

    @POST
    public Response create(@HeaderParam("Idempotency-Key") String key, NoteRequest request) {
        String user = identity.getPrincipal().getName();
        return idempotentCreate.create("create-note", key, request, write -> notes.create(write, request, user),
                notes::view, id -> URI.create("/api/v1/test/notes/" + id));
    }

    @GET
    @Path("/{id}")
    public NoteView one(@PathParam("id") String id) {
        return notes.view(id);
    }

    @ApplicationScoped
    public static class Notes {

        /** Holds "race:" notes until two are there. */
        public static final CyclicBarrier RACE = new CyclicBarrier(2);

        private final EntityManager entityManager;
        private final Idempotency idempotency;

        public Notes(EntityManager entityManager, Idempotency idempotency) {
            this.entityManager = entityManager;
            this.idempotency = idempotency;
        }

        @Transactional
        public String create(RepeatableWrite write, NoteRequest request, String user) {
            if (request.text().startsWith("race:")) {
                try {
                    RACE.await(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the twin request did not come", e);
                }
            }
            Note note = new Note();
            note.id = UUID.randomUUID().toString();
            note.text = request.text();
            note.amount = request.amount();
            note.createdBy = user;
            entityManager.persist(note);
            idempotency.remember(write, note.id, user);
            return note.id;
        }

        @Transactional
        public NoteView view(String id) {
            Note note = entityManager.find(Note.class, id);
            if (note == null) {
                throw new NotFound("There is no note " + id + ".");
            }
            return new NoteView(note.id, note.text, note.amount, note.createdBy);
        }
    }
}
