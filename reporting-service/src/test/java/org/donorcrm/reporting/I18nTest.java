package org.donorcrm.reporting;

import org.donorcrm.testing.i18n.I18nChecks;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word of reporting-service's screens is in its bundles, in Dutch and in English. */
class I18nTest {

    /** Words that are the same in every language. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("CSV", "XLSX");
    /** {@code new FieldError(pointer, detail, "code", List.of(args...))}, with or without {@code Problem.}. */
    private static final Pattern FIELD_ERROR = Pattern.compile("new (?:Problem\\.)?FieldError\\(");

    @Test
    void everyTextHasItsEnglish() {
        assertThat(I18nChecks.missingTexts(Msg.class, MsgEnglish.class)).isEmpty();
        assertThat(I18nChecks.missingTexts(JobMsg.class, JobMsgEnglish.class)).isEmpty();
        assertThat(I18nChecks.missingTexts(Rules.class, RulesEnglish.class)).isEmpty();
    }

    @Test
    void noTemplateWritesWordsOfItsOwn() {
        assertThat(I18nChecks.literalTexts(Path.of("src/main/resources/templates"), SAME_IN_EVERY_LANGUAGE))
                .isEmpty();
    }

    @Test
    void everyRuleAScreenShowsHasItsReasonInTheRulesBundle() throws IOException {
        assertThat(I18nChecks.missingReasons(Path.of("src/main/java"), Rules.class)).isEmpty();
        // the reasons named by field errors (a refusal of several fields at once: RuleViolation(List),
        // InvalidInput), which I18nChecks does not read
        List<String> uses = fieldErrorCodes(Path.of("src/main/java"));
        assertThat(uses).as("the finance inputs, the cost CSV and the cost form name their reasons")
                .contains("noSuchCostLine/2", "phasingSum/2", "amountAmbiguous/0", "csvHeader/0");
        List<String> missing = new ArrayList<>();
        for (String use : uses) {
            String[] codeAndArity = use.split("/");
            boolean found = Stream.of(Rules.class.getMethods()).anyMatch(m -> m.getName().equals(codeAndArity[0])
                    && m.getParameterCount() == Integer.parseInt(codeAndArity[1]));
            if (!found) {
                missing.add(use);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aReasonWithoutItsRuleIsFound() {
        // the check above finds what it looks for: a code the bundle lacks, and one with the wrong arguments
        String source = """
                errors.add(new FieldError(p + "amount", "must not be negative", "noSuchReason", List.of()));
                errors.add(new Problem.FieldError("#/x", "d", "noSuchCostLine", List.of(year(1), line)));
                """;
        assertThat(codes(source)).containsExactly("noSuchReason/0", "noSuchCostLine/2");
        assertThat(Stream.of(Rules.class.getMethods()).map(Method::getName)).doesNotContain("noSuchReason");
    }

    /** "code/arity" of each field error with a reason code, in every Java source under {@code sources}. */
    private static List<String> fieldErrorCodes(Path sources) throws IOException {
        List<String> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                uses.addAll(codes(Files.readString(file)));
            }
        }
        return uses;
    }

    private static List<String> codes(String source) {
        List<String> uses = new ArrayList<>();
        Matcher call = FIELD_ERROR.matcher(source);
        while (call.find()) {
            List<String> args = arguments(source, call.end());
            if (args.size() == 4 && args.get(2).matches("\"\\w+\"")) {
                String list = args.get(3);
                int arity = list.startsWith("List.of(") ? arguments(list, "List.of(".length()).size() : -1;
                uses.add(args.get(2).replace("\"", "") + "/" + arity);
            }
        }
        return uses;
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
}
