package org.donorcrm.gift.bankimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small element tree of one part of a statement (its header, one entry), found by local names only: this is
 * what lets the parser ignore namespaces and the child order that real bank files get wrong.
 */
final class XmlNode {

    final String name;
    final Map<String, String> attributes = new HashMap<>();
    final List<XmlNode> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    XmlNode(String name) {
        this.name = name;
    }

    /** The first descendant along the path of local names, or null. */
    XmlNode at(String... path) {
        XmlNode node = this;
        for (String step : path) {
            XmlNode next = null;
            for (XmlNode child : node.children) {
                if (child.name.equals(step)) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            node = next;
        }
        return node;
    }

    /** The trimmed text at the path, or null when absent or empty. */
    String text(String... path) {
        XmlNode node = at(path);
        if (node == null) {
            return null;
        }
        String value = node.text.toString().strip();
        return value.isEmpty() ? null : value;
    }

    List<XmlNode> all(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** Every descendant with this local name, depth first. */
    List<XmlNode> descendants(String localName) {
        List<XmlNode> found = new ArrayList<>();
        for (XmlNode child : children) {
            if (child.name.equals(localName)) {
                found.add(child);
            }
            found.addAll(child.descendants(localName));
        }
        return found;
    }
}
