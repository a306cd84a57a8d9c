package org.donorcrm.platform.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.donorcrm.platform.testapp.Db;
import org.donorcrm.platform.testapp.NoteRepository;
import org.donorcrm.testing.TestData;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** One page of a list, as the API and the screens show it: the page's items, and how many there are in all. */
@QuarkusTest
class PageTest {

    @Inject
    NoteRepository notes;

    @Inject
    DataSource dataSource;

    @Test
    void aPageHoldsItsItemsAndTheTotalOfTheWholeList() {
        String prefix = "page " + TestData.id() + " ";
        Db db = new Db(dataSource);
        for (String letter : new String[]{"e", "b", "d", "a", "c"}) {
            db.update("insert into test_note (id, text, amount, created_by) values (?, ?, 1.00, 'test')",
                    TestData.id(), prefix + letter);
        }

        Page<String> second = QuarkusTransaction.requiringNew().call(() -> Page.of(
                notes.find("text like ?1", Sort.by("text"), prefix + "%"), 1, 2, note -> note.text));
        Page<String> last = QuarkusTransaction.requiringNew().call(() -> Page.of(
                notes.find("text like ?1", Sort.by("text"), prefix + "%"), 2, 2, note -> note.text));

        assertThat(second).isEqualTo(new Page<>(java.util.List.of(prefix + "c", prefix + "d"), 5, 1, 2));
        assertThat(last).isEqualTo(new Page<>(java.util.List.of(prefix + "e"), 5, 2, 2));
    }
}
