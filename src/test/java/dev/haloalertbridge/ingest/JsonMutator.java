package dev.haloalertbridge.ingest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded random changes to JSON trees for fuzz tests: a field deleted, or its value
 * swapped for another type. The same seed gives the same cases, so a failure names a
 * reproducible case.
 */
final class JsonMutator {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String[] WORDS = { "", " ", "firing", "resolved", "Fired", "Sev9", "0", "-1", "1.0", "017",
			"1893475629105738291", "NaN", "<script>alert(1)</script>", "\u0000\u202e\ud83d\udca5", "null", "{}" };

	private final Random random;

	JsonMutator(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * A copy of a tree with one to three of its values deleted or swapped.
	 * @param original the tree, left unchanged
	 * @return the changed copy and what was done to it
	 */
	Mutation mutate(JsonNode original) {
		JsonNode copy = original.deepCopy();
		StringBuilder what = new StringBuilder();
		int changes = 1 + this.random.nextInt(3);
		for (int i = 0; i < changes; i++) {
			List<Slot> slots = new ArrayList<>();
			collect(copy, "$", slots);
			if (slots.isEmpty()) {
				break;
			}
			Slot slot = slots.get(this.random.nextInt(slots.size()));
			what.append(this.random.nextInt(4) == 0 ? slot.delete() : slot.replace(anyValue(2))).append("; ");
		}
		return new Mutation(copy, what.toString());
	}

	/**
	 * A copy of a tree with one value replaced by a given node.
	 * @param original the tree, left unchanged
	 * @param replacement the new value
	 * @param name what the replacement is, for the case's description
	 * @return the changed copy
	 */
	Mutation replaceOne(JsonNode original, JsonNode replacement, String name) {
		JsonNode copy = original.deepCopy();
		List<Slot> slots = new ArrayList<>();
		collect(copy, "$", slots);
		Slot slot = slots.get(this.random.nextInt(slots.size()));
		slot.replace(replacement);
		return new Mutation(copy, slot.path() + " <- " + name);
	}

	/**
	 * A random value of any JSON type.
	 * @param depth how deep containers may nest
	 * @return the value
	 */
	JsonNode anyValue(int depth) {
		int kind = this.random.nextInt((depth > 0) ? 8 : 6);
		return switch (kind) {
			case 0 -> NODES.stringNode(WORDS[this.random.nextInt(WORDS.length)]);
			case 1 -> NODES.numberNode(this.random.nextInt(40) - 5);
			case 2 -> anyNumber();
			case 3 -> NODES.booleanNode(this.random.nextBoolean());
			case 4 -> NODES.nullNode();
			case 5 -> NODES.stringNode(randomText());
			case 6 -> {
				ArrayNode array = NODES.arrayNode();
				this.random.ints(this.random.nextInt(3)).forEach((i) -> array.add(anyValue(depth - 1)));
				yield array;
			}
			default -> {
				ObjectNode object = NODES.objectNode();
				this.random.ints(this.random.nextInt(3))
					.forEach((i) -> object.set(WORDS[this.random.nextInt(WORDS.length)], anyValue(depth - 1)));
				yield object;
			}
		};
	}

	/**
	 * Random bytes, mostly JSON punctuation and literals, so some of them parse.
	 * @param max the longest
	 * @return the bytes
	 */
	byte[] jsonishBytes(int max) {
		String alphabet = "{}[]\":,0123456789.-eE truefalsnulNaIiy'\\ab";
		byte[] bytes = new byte[1 + this.random.nextInt(max)];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (this.random.nextInt(8) == 0) ? (byte) this.random.nextInt(256)
					: (byte) alphabet.charAt(this.random.nextInt(alphabet.length()));
		}
		return bytes;
	}

	/**
	 * Nested arrays and objects, built as a tree: a parser refuses such depth, but an
	 * adapter may be handed a tree from anywhere.
	 * @param depth the number of levels
	 * @return the outermost node
	 */
	static JsonNode deeplyNested(int depth) {
		JsonNode node = NODES.stringNode("bottom");
		for (int i = 0; i < depth; i++) {
			node = (i % 2 == 0) ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
		}
		return node;
	}

	private JsonNode anyNumber() {
		return switch (this.random.nextInt(5)) {
			case 0 -> NODES.numberNode(this.random.nextLong());
			case 1 -> NODES.numberNode(new BigInteger(90, this.random));
			case 2 -> NODES.numberNode(this.random.nextDouble() * 1e6);
			case 3 -> NODES.numberNode(new BigDecimal("1E+300"));
			default -> NODES.numberNode(Double.NaN);
		};
	}

	private String randomText() {
		StringBuilder text = new StringBuilder();
		this.random.ints(this.random.nextInt(20), 0, 0x3000).forEach((c) -> text.append((char) c));
		return text.toString();
	}

	private static void collect(JsonNode node, String path, List<Slot> slots) {
		if (node instanceof ObjectNode object) {
			for (String name : List.copyOf(object.propertyNames())) {
				slots.add(new Slot(object, name, -1, path + "." + name));
				collect(object.get(name), path + "." + name, slots);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				slots.add(new Slot(array, null, i, path + "[" + i + "]"));
				collect(array.get(i), path + "[" + i + "]", slots);
			}
		}
	}

	/**
	 * A changed tree.
	 *
	 * @param body the tree
	 * @param description what was changed, to reproduce a failure
	 */
	record Mutation(JsonNode body, String description) {

	}

	/**
	 * One place in a tree that holds a value: a property of an object or an entry of an
	 * array.
	 */
	private record Slot(JsonNode parent, String name, int index, String path) {

		String delete() {
			if (this.parent instanceof ObjectNode object) {
				object.remove(this.name);
			}
			else {
				((ArrayNode) this.parent).remove(this.index);
			}
			return "delete " + this.path;
		}

		String replace(JsonNode value) {
			if (this.parent instanceof ObjectNode object) {
				object.set(this.name, value);
			}
			else {
				((ArrayNode) this.parent).set(this.index, value);
			}
			return this.path + " <- " + value.getNodeType();
		}

	}

}
