package org.donorcrm.platform.testapp;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The notes as a Panache repository, for a page of a list (web.Page). */
@ApplicationScoped
public class NoteRepository implements PanacheRepositoryBase<Note, String> {
}
