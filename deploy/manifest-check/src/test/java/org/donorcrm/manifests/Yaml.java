package org.donorcrm.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads YAML the way the tools that consume these files do: several documents per file, anchors, aliases and
 * merge keys ({@code <<: *x}, which Compose supports) resolved, and a duplicate key is an error rather than a
 * silent "last one wins".
 */
final class Yaml {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One document of a file: where it came from, for messages, and its tree. */
    record Doc(String source, JsonNode node) {
        String where() {
            String kind = node.path("kind").asText("");
            String name = node.path("metadata").path("name").asText("");
            return kind.isEmpty() ? source : source + " (" + kind + " " + name + ")";
        }
    }

    private Yaml() {
    }

    static List<Doc> read(Path file) {
        try {
            return parse(Repo.relative(file), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses every non-empty document of {@code text}. */
    static List<Doc> parse(String source, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(100);
        DumperOptions dumper = new DumperOptions();
        org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml(new SafeConstructor(options),
                new Representer(dumper), dumper, options);
        List<Doc> docs = new ArrayList<>();
        int index = 0;
        for (Object document : yaml.loadAll(text)) {
            index++;
            if (document != null) {
                docs.add(new Doc(source + (index > 1 ? "#" + index : ""), JSON.valueToTree(document)));
            }
        }
        return docs;
    }
}
