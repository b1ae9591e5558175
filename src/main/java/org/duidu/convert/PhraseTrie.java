package org.duidu.convert;

import java.util.Arrays;
import java.util.Map;

/**
 * A character trie over phrase keys, for longest-match segmentation. The root is a direct table
 * over all UTF-16 units; deeper levels keep sorted labels and are searched by bisection. Immutable
 * once built.
 */
final class PhraseTrie {
    private static final class Node {
        char[] labels = new char[0];
        Node[] children = new Node[0];
        boolean terminal;

        Node child(char c) {
            int i = Arrays.binarySearch(labels, c);
            return i >= 0 ? children[i] : null;
        }

        Node addChild(char c) {
            int i = Arrays.binarySearch(labels, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            char[] l = new char[labels.length + 1];
            Node[] n = new Node[children.length + 1];
            System.arraycopy(labels, 0, l, 0, at);
            System.arraycopy(children, 0, n, 0, at);
            l[at] = c;
            n[at] = new Node();
            System.arraycopy(labels, at, l, at + 1, labels.length - at);
            System.arraycopy(children, at, n, at + 1, children.length - at);
            labels = l;
            children = n;
            return n[at];
        }
    }

    private final Node[] root = new Node[Character.MAX_VALUE + 1];

    PhraseTrie(Iterable<String> keys) {
        for (String key : keys) {
            if (key.isEmpty()) {
                continue;
            }
            char first = key.charAt(0);
            Node n = root[first];
            if (n == null) {
                n = new Node();
                root[first] = n;
            }
            for (int i = 1; i < key.length(); i++) {
                n = n.addChild(key.charAt(i));
            }
            n.terminal = true;
        }
    }

    static PhraseTrie of(Map<String, ?> map) {
        return new PhraseTrie(map.keySet());
    }

    /** The length of the longest key that starts at {@code from} in {@code text[from, end)}, or 0. */
    int longest(char[] text, int from, int end) {
        Node n = root[text[from]];
        int best = 0;
        int i = from + 1;
        while (n != null) {
            if (n.terminal) {
                best = i - from;
            }
            if (i >= end) {
                break;
            }
            n = n.child(text[i++]);
        }
        return best;
    }
}
