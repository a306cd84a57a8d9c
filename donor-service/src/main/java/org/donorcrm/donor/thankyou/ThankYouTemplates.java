package org.donorcrm.donor.thankyou;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editable texts of the thank-you letter and e-mail, per language ({@link MessageTemplate}): a fundraiser saves a
 * draft, an admin approves it, and the approved text is used from then on for every new letter and e-mail in that
 * language; without one the built-in text of {@code LetterMsg} is. The texts name merge fields in braces
 * ({@link #FIELDS}), filled in per donor and gift by plain replacement (no template language: a text cannot run
 * anything). The body's paragraphs are separated by an empty line.
 */
@ApplicationScoped
public class ThankYouTemplates {

    public static final String KIND = "THANK_YOU";
    public static final List<String> LANGUAGES = List.of("nl", "en");
    /** The merge fields a text may name, each in braces: {@code {salutation}}. */
    public static final List<String> FIELDS = List.of("salutation", "name", "number", "amount", "date", "fund");
    public static final int SUBJECT_MAX = 300;
    public static final int BODY_MAX = 4000;
    private static final Pattern FIELD = Pattern.compile("\\{([^{}]*)}");

    /** A subject and a body, with their merge fields or filled in. */
    public record Text(String subject, String body) {

        /** The body's paragraphs (separated by an empty line), each trimmed. */
        public List<String> paragraphs() {
            return Arrays.stream(body.replace("\r\n", "\n").split("\n\\s*\n")).map(String::strip)
                    .filter(p -> !p.isEmpty()).toList();
        }
    }

    /** The values of the merge fields for one donor and gift. */
    public record Merge(String salutation, String name, long number, String amount, String date, String fund) {
    }

    private final EntityManager entityManager;

    public ThankYouTemplates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The language's texts (draft and approved), if any was ever saved. */
    @Transactional
    public Optional<MessageTemplate> of(String language) {
        return Optional.ofNullable(entityManager.find(MessageTemplate.class, id(language)));
    }

    /** The approved text of the language: the one letters and e-mails use; empty: the built-in text. */
    @Transactional
    public Optional<Text> inEffect(String language) {
        return of(language).filter(MessageTemplate::approved).map(t -> new Text(t.approvedSubject, t.approvedBody));
    }

    /** Saves the draft of the language (replacing an earlier draft); the text in use stays until it is approved. */
    @Transactional
    public MessageTemplate saveDraft(String language, String subject, String body, String user) {
        MessageTemplate template = locked(language);
        if (template == null) {
            template = new MessageTemplate();
            template.id = id(language);
            template.kind = KIND;
            template.language = language;
            entityManager.persist(template);
        }
        template.draftSubject = subject;
        template.draftBody = body;
        template.draftBy = user;
        template.draftAt = Instant.now();
        return template;
    }

    /** Puts the draft in use; false when there is no draft. */
    @Transactional
    public boolean approve(String language, String user) {
        MessageTemplate template = locked(language);
        if (template == null || !template.hasDraft()) {
            return false;
        }
        template.approvedSubject = template.draftSubject;
        template.approvedBody = template.draftBody;
        template.approvedBy = user;
        template.approvedAt = Instant.now();
        template.draftSubject = null;
        template.draftBody = null;
        template.draftBy = null;
        template.draftAt = null;
        return true;
    }

    /** Back to the built-in text: the language's draft and approved text are removed. */
    @Transactional
    public void reset(String language) {
        MessageTemplate template = locked(language);
        if (template != null) {
            entityManager.remove(template);
        }
    }

    /** The merge fields the text names that do not exist, each as written ("{naam}"). */
    public static List<String> unknownFields(String text) {
        List<String> unknown = new ArrayList<>();
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            if (!FIELDS.contains(m.group(1)) && !unknown.contains(m.group())) {
                unknown.add(m.group());
            }
        }
        return unknown;
    }

    /** The fields as a text writes them: "{salutation}, {name}, …". */
    public static String fieldList() {
        return String.join(", ", FIELDS.stream().map(f -> "{" + f + "}").toList());
    }

    /** The text with its merge fields filled in. */
    public static Text fill(Text text, Merge merge) {
        return new Text(fill(text.subject(), merge), fill(text.body(), merge));
    }

    private static String fill(String text, Merge m) {
        return text.replace("{salutation}", m.salutation()).replace("{name}", m.name() == null ? "" : m.name())
                .replace("{number}", String.valueOf(m.number())).replace("{amount}", m.amount())
                .replace("{date}", m.date()).replace("{fund}", m.fund());
    }

    /** The row, locked until the transaction ends (plain FOR UPDATE: the same SQL on MySQL 8.4 and MariaDB). */
    private MessageTemplate locked(String language) {
        entityManager.createNativeQuery("SELECT id FROM message_template WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id(language)).getResultList();
        MessageTemplate template = entityManager.find(MessageTemplate.class, id(language));
        if (template != null) {
            entityManager.refresh(template);
        }
        return template;
    }

    private static String id(String language) {
        return KIND + "/" + language;
    }
}
