package io.camelcam.client.contract;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a successful JSON answer compares with the fields {@link AssumedContract} says the component
 * relies on: which of them it carried, which it lacked, and which fields it carried that the contract
 * does not name. Field names only, never a value: the result may be logged and printed.
 *
 * <p>Names are paths: {@code conferenceRooms} at the top, {@code conferenceRooms[].id} in the elements
 * of an array, {@code chatRoom.id} in an object. An element field counts as seen when some element
 * has it and as missing when some element lacks it; an empty array says nothing about its elements.
 */
public record AnswerDrift(String operation, Set<String> seen, Set<String> missing, Set<String> unexpected) {

    /** The longest field name reported; a longer one is cut, so a hostile answer cannot flood a log. */
    public static final int MAX_NAME_LENGTH = 64;
    /** The most unexpected names reported per answer. */
    public static final int MAX_UNEXPECTED = 32;

    public AnswerDrift {
        seen = Set.copyOf(seen);
        missing = Set.copyOf(missing);
        unexpected = Set.copyOf(unexpected);
    }

    /** Whether the answer is what the component assumes: nothing lacking, nothing unknown. */
    public boolean asAssumed() {
        return missing.isEmpty() && unexpected.isEmpty();
    }

    /** Compares a whole answer document. */
    public static AnswerDrift of(String operation, JsonNode root) {
        Set<String> expected = AssumedContract.expectedAnswerFields(operation);
        Set<String> seen = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        Set<String> unexpected = new LinkedHashSet<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (expected.contains(name)) {
                seen.add(name);
                JsonNode value = root.get(name);
                if (holds(expected, name + "[].")) {
                    if (value.isArray()) {
                        value.forEach(element -> compareNested(name + "[].", element, expected, seen, missing, unexpected));
                    } else {
                        addBounded(unexpected, name + " (not an array)");
                    }
                } else if (holds(expected, name + ".")) {
                    if (value.isObject()) {
                        compareNested(name + ".", value, expected, seen, missing, unexpected);
                    } else {
                        addBounded(unexpected, name + " (not an object)");
                    }
                }
            } else if (!AssumedContract.COMMON_ANSWER_FIELDS.contains(name)) {
                addBounded(unexpected, name);
            }
        }
        for (String field : expected) {
            if (field.indexOf('.') < 0 && !seen.contains(field)) {
                missing.add(field);
            }
        }
        return new AnswerDrift(operation, seen, missing, unexpected);
    }

    /** Compares only the top-level names of an answer, for calls that do not build its tree. */
    public static AnswerDrift ofTopLevel(String operation, Collection<String> names) {
        Set<String> expected = AssumedContract.expectedAnswerFields(operation);
        if (expected.isEmpty() && AssumedContract.COMMON_ANSWER_FIELDS.containsAll(names)) {
            return new AnswerDrift(operation, Set.of(), Set.of(), Set.of()); // the usual answer to a message
        }
        Set<String> seen = new LinkedHashSet<>();
        Set<String> unexpected = new LinkedHashSet<>();
        for (String name : names) {
            if (expected.contains(name)) {
                seen.add(name);
            } else if (!AssumedContract.COMMON_ANSWER_FIELDS.contains(name)) {
                addBounded(unexpected, name);
            }
        }
        Set<String> missing = new LinkedHashSet<>();
        for (String field : expected) {
            if (field.indexOf('.') < 0 && !seen.contains(field)) {
                missing.add(field);
            }
        }
        return new AnswerDrift(operation, seen, missing, unexpected);
    }

    private static boolean holds(Set<String> expected, String prefix) {
        for (String field : expected) {
            if (field.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static void compareNested(String prefix, JsonNode node, Set<String> expected, Set<String> seen,
            Set<String> missing, Set<String> unexpected) {
        if (!node.isObject()) {
            addBounded(unexpected, prefix.substring(0, prefix.length() - 1) + " (not an object)");
            return;
        }
        for (String field : expected) {
            if (field.startsWith(prefix) && field.indexOf('.', prefix.length()) < 0) {
                (node.has(field.substring(prefix.length())) ? seen : missing).add(field);
            }
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String path = prefix + names.next();
            if (!expected.contains(path)) {
                addBounded(unexpected, path);
            }
        }
    }

    private static void addBounded(Set<String> names, String name) {
        if (names.size() < MAX_UNEXPECTED) {
            names.add(printable(name));
        }
    }

    /** A name as it may be shown: control characters replaced, cut at {@link #MAX_NAME_LENGTH}. */
    static String printable(String name) {
        StringBuilder out = new StringBuilder(Math.min(name.length(), MAX_NAME_LENGTH + 3));
        for (int i = 0; i < name.length() && i < MAX_NAME_LENGTH; i++) {
            char c = name.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return name.length() > MAX_NAME_LENGTH ? out.append("...").toString() : out.toString();
    }
}
