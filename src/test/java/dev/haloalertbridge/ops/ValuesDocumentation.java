package dev.haloalertbridge.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The helm-docs rule: a key is documented by a comment block starting with {@code # --}
 * right above it, or by one above an enclosing key. Keys with child keys need no comment
 * of their own.
 */
final class ValuesDocumentation {

	private static final Pattern KEY = Pattern.compile("^( *)([A-Za-z0-9_.-]+):.*$");

	private ValuesDocumentation() {
	}

	static List<String> undocumentedKeys(List<String> lines) {
		List<Key> keys = keys(lines);
		List<String> undocumented = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			Key key = keys.get(i);
			boolean hasChildren = i + 1 < keys.size() && keys.get(i + 1).indent() > key.indent();
			if (!hasChildren && !documentedHereOrAbove(keys, i)) {
				undocumented.add(key.name());
			}
		}
		return undocumented;
	}

	private static boolean documentedHereOrAbove(List<Key> keys, int index) {
		int indent = keys.get(index).indent() + 1;
		for (int i = index; i >= 0; i--) {
			Key candidate = keys.get(i);
			if (candidate.indent() < indent) {
				if (candidate.documented()) {
					return true;
				}
				indent = candidate.indent();
			}
		}
		return false;
	}

	private static List<Key> keys(List<String> lines) {
		List<Key> keys = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher matcher = KEY.matcher(lines.get(i));
			if (matcher.matches()) {
				keys.add(new Key(matcher.group(2), matcher.group(1).length(), commentAbove(lines, i)));
			}
		}
		return keys;
	}

	private static boolean commentAbove(List<String> lines, int keyLine) {
		int first = keyLine;
		while (first > 0 && lines.get(first - 1).trim().startsWith("#")) {
			first--;
		}
		return first < keyLine && lines.get(first).trim().startsWith("# --");
	}

	private record Key(String name, int indent, boolean documented) {
	}

}
