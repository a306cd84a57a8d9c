package org.donorcrm.testing.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The build's guard that every word a user reads comes from a message bundle, in Dutch and in English (each
 * service's {@code I18nTest} calls these and fails on any finding):
 * <ul>
 * <li>{@link #missingTexts}: a text of the Dutch bundle (the default) without its English text, or the other way.</li>
 * <li>{@link #literalTexts}: words written straight into a template, as text or in an attribute a person reads
 * ({@code title}, {@code placeholder}, {@code aria-label}, {@code alt}, {@code label}, a button's {@code value}).</li>
 * </ul>
 * Letter templates that users edit and store are content, not source: they are not under {@code templates/}.
 */
public final class I18nChecks {

    private static final Pattern COMMENT = Pattern.compile("\\{!.*?!}", Pattern.DOTALL);
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(script|style)\\b[^>]*>.*?</\\1>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    /** An expression or section tag of Qute ({@code {gift.amount}}, {@code {#if}}, {@code {/for}}); innermost. */
    private static final Pattern EXPRESSION = Pattern.compile("(?<!\\\\)\\{[^{}]*}");
    private static final Pattern TAG = Pattern.compile("<[^>]*>", Pattern.DOTALL);
    private static final Pattern READ_ATTRIBUTE = Pattern.compile(
            "\\s(title|placeholder|aria-label|alt|label|data-confirm)\\s*=\\s*(\"[^\"]*\"|'[^']*')",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BUTTON_VALUE = Pattern.compile(
            "<input\\b[^>]*type\\s*=\\s*\"(submit|button|reset)\"[^>]*\\svalue\\s*=\\s*\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&[#a-zA-Z0-9]+;");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*");

    private I18nChecks() {
    }

    /**
     * Every reason code a service's Java sources give a {@code RuleViolation} (its third argument, a string literal,
     * followed by as many arguments as the reason takes) that its {@code rules} bundle does not have with that many
     * parameters: such a reason would reach the screen in English. Returns "File.java: code/arity" for each.
     */
    public static List<String> missingReasons(Path sources, Class<?> rulesBundle) {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                for (String[] use : reasonCodes(Files.readString(file))) {
                    int arity = Integer.parseInt(use[1]);
                    boolean found = Stream.of(rulesBundle.getMethods()).anyMatch(m -> m.getName().equals(use[0])
                            && m.getParameterCount() == arity);
                    if (!found) {
                        missing.add(file.getFileName() + ": " + use[0] + "/" + arity);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing;
    }

    /**
     * {code, number of its arguments} of each {@code new RuleViolation(pointer, detail, "code", args...)}, each
     * {@code new Conflict(title, pointer, detail, "code", args...)} and each
     * {@code new FieldError(pointer, detail, "code", List.of(args...))}.
     */
    public static List<String[]> reasonCodes(String source) {
        List<String[]> codes = new ArrayList<>();
        for (String call : List.of("new RuleViolation(", "FieldError(", "new Conflict(")) {
            int at = source.indexOf(call);
            while (at >= 0) {
                List<String> args = arguments(source, at + call.length());
                if (call.equals("new Conflict(")) {
                    if (args.size() >= 4 && args.get(3).matches("\"\\w+\"")) {
                        codes.add(new String[] {args.get(3).substring(1, args.get(3).length() - 1),
                                String.valueOf(args.size() - 4)});
                    }
                } else if (args.size() >= 3 && args.get(2).matches("\"\\w+\"")) {
                    String code = args.get(2).substring(1, args.get(2).length() - 1);
                    if (call.startsWith("new RuleViolation")) {
                        codes.add(new String[] {code, String.valueOf(args.size() - 3)});
                    } else if (args.size() == 4 && args.get(3).startsWith("List.of(")) {
                        codes.add(new String[] {code,
                                String.valueOf(arguments(args.get(3), "List.of(".length()).size())});
                    }
                }
                at = source.indexOf(call, at + 1);
            }
        }
        return codes;
    }

    /** The top-level arguments of a call whose '(' is just before {@code from}, each trimmed. */
    private static List<String> arguments(String source, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                current.append(c);
                if (c == '\\') {
                    current.append(source.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        if (!current.toString().isBlank()) {
            args.add(current.toString().strip());
        }
        return args;
    }

    /**
     * The texts of a bundle interface ({@code @MessageBundle}, Dutch in its {@code @Message}s) that its English
     * interface ({@code @Localized("en")}, extending it) does not give, and the Dutch ones that are empty.
     */
    public static List<String> missingTexts(Class<?> bundle, Class<?> english) {
        List<String> missing = new ArrayList<>();
        if (!bundle.isAnnotationPresent(MessageBundle.class)) {
            missing.add(bundle.getName() + " is not a @MessageBundle");
        }
        Localized localized = english.getAnnotation(Localized.class);
        if (localized == null || !localized.value().equals("en") || !bundle.isAssignableFrom(english)) {
            missing.add(english.getName() + " is not the @Localized(\"en\") extension of " + bundle.getName());
        }
        for (Method method : bundle.getDeclaredMethods()) {
            if (method.isSynthetic() || method.isDefault() || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            if (!hasText(method)) {
                missing.add("nl: " + method.getName());
            }
            try {
                Method translated = english.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (!hasText(translated)) {
                    missing.add("en: " + method.getName());
                }
            } catch (NoSuchMethodException e) {
                missing.add("en: " + method.getName());
            }
        }
        return missing;
    }

    private static boolean hasText(Method method) {
        Message message = method.getAnnotation(Message.class);
        return message != null && !message.value().isBlank() && !message.value().equals(Message.DEFAULT_VALUE);
    }

    /**
     * Words written straight into the templates under {@code directory}, as "file:line: words". {@code allowed}
     * are words that are the same in every language (IBAN, SEPA, CSV, the product's name).
     */
    public static List<String> literalTexts(Path directory, Set<String> allowed) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".txt"))
                    .sorted().toList()) {
                String source = Files.readString(file);
                String name = directory.relativize(file).toString();
                for (Finding finding : literalTexts(source, allowed)) {
                    found.add(name + ":" + finding.line() + ": " + finding.text());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** A word found, at its line. */
    public record Finding(int line, String text) {
    }

    /** The words of one template's source that are not in a bundle. */
    public static List<Finding> literalTexts(String source, Set<String> allowed) {
        String text = blank(source, COMMENT);
        text = blank(text, SCRIPT_OR_STYLE);
        String previous;
        do {
            previous = text;
            text = blank(text, EXPRESSION);
        } while (!text.equals(previous));
        List<Finding> found = new ArrayList<>();
        Matcher tag = TAG.matcher(text);
        int from = 0;
        while (tag.find()) {
            words(text, from, tag.start(), text.substring(from, tag.start()), allowed, found);
            Matcher attribute = READ_ATTRIBUTE.matcher(tag.group());
            while (attribute.find()) {
                String value = attribute.group(2);
                words(text, tag.start(), tag.start(), value.substring(1, value.length() - 1), allowed, found);
            }
            Matcher button = BUTTON_VALUE.matcher(tag.group());
            if (button.find()) {
                words(text, tag.start(), tag.start(), button.group(2), allowed, found);
            }
            from = tag.end();
        }
        words(text, from, text.length(), text.substring(from), allowed, found);
        return found;
    }

    private static void words(String text, int from, int to, String part, Set<String> allowed, List<Finding> found) {
        Matcher word = WORD.matcher(ENTITY.matcher(part).replaceAll(" "));
        List<String> words = new ArrayList<>();
        while (word.find()) {
            if (!allowed.contains(word.group())) {
                words.add(word.group());
            }
        }
        if (!words.isEmpty()) {
            found.add(new Finding(line(text, from), String.join(" ", words)));
        }
    }

    /** Replaces each match by spaces, keeping its line breaks, so that lines keep their numbers. */
    private static String blank(String text, Pattern pattern) {
        return pattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(
                match.group().replaceAll("[^\\n]", " ")));
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
