package dev.haloalertbridge.ingest;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.Severity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated vendor samples must give alerts or an {@link InvalidPayloadException}, never
 * another exception: anything else would answer 500 to a sender whose body is merely odd.
 * The seed is fixed, so a failure names a case that reproduces.
 */
class VendorFuzzTests {

	private static final long SEED = 20260314L;

	private static final int CASES = 300;

	private static final Instant RECEIVED = Instant.parse("2026-03-14T00:00:00Z");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String MEGABYTE = "x".repeat(1024 * 1024);

	static Stream<Arguments> adapters() {
		return Stream.of(
				vendor(new MerakiAdapter(), "meraki/power-supply-down-critical.json",
						"meraki/uplink-failover-warning.json", "meraki/mt-sensor-temperature-started.json"),
				vendor(new SophosAdapter(), "sophos/siem-alert-core-clean-failed-high.json",
						"sophos/common-api-alert-cleanup-failed-medium.json"),
				vendor(new SonicWallCaptureClientAdapter(), "sonicwall/capture-client-threat-not-mitigated.json"),
				vendor(new FortiGateAdapter(), "fortigate/ips-attack-critical.json",
						"fortigate/ipsec-tunnel-down.json"),
				vendor(new PaloAltoAdapter(), "paloalto/threat-vulnerability-critical.json",
						"paloalto/system-auth-fail-medium.json"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("adapters")
	void mutatedBodiesGiveAlertsOrAnInvalidPayload(String vendor, AlertAdapter adapter, List<String> fixtures) {
		BoundAdapter bound = BoundAdapter.of(adapter, Severity.MEDIUM);
		SplittableRandom random = new SplittableRandom(SEED + vendor.hashCode());
		int parsed = 0;
		for (int i = 0; i < CASES; i++) {
			JsonNode body = (i % 10 == 9) ? randomBytes(random)
					: mutate(VendorFixtures.read(fixtures.get(random.nextInt(fixtures.size()))), random);
			if (body == null) {
				continue;
			}
			parsed += check(bound, body, vendor + " case " + i) ? 1 : 0;
		}
		assertThat(parsed).as("cases that still gave alerts").isPositive();
	}

	private static boolean check(BoundAdapter adapter, JsonNode body, String description) {
		try {
			List<Alert> alerts = adapter.parse(body, RECEIVED);
			assertThat(alerts).as(description).isNotEmpty().allSatisfy((alert) -> {
				assertThat(alert.title()).as(description).isNotBlank();
				assertThat(alert.fingerprint()).as(description).isNotNull();
				assertThat(alert.source()).as(description).isEqualTo(adapter.source().name());
			});
			return true;
		}
		catch (InvalidPayloadException ex) {
			assertThat(ex.getMessage()).as(description).isNotBlank();
			return false;
		}
		catch (RuntimeException ex) {
			throw new AssertionError(description + " threw " + ex, ex);
		}
	}

	private static JsonNode mutate(ObjectNode body, SplittableRandom random) {
		int mutations = 1 + random.nextInt(3);
		for (int i = 0; i < mutations; i++) {
			List<Slot> slots = new ArrayList<>();
			collect(body, slots);
			Slot slot = slots.get(random.nextInt(slots.size()));
			slot.replace(random.nextInt(8) == 0 ? null : replacement(random));
		}
		return (random.nextInt(40) == 0) ? NODES.arrayNode().add(body) : body;
	}

	private static JsonNode replacement(SplittableRandom random) {
		return switch (random.nextInt(12)) {
			case 0 -> NODES.numberNode(random.nextLong());
			case 1 -> NODES.numberNode(new BigInteger(200, new Random(random.nextLong())));
			case 2 -> NODES.numberNode(random.nextDouble() * 1e20);
			case 3 -> NODES.booleanNode(random.nextBoolean());
			case 4 -> NODES.nullNode();
			case 5 -> NODES.stringNode("");
			case 6 -> NODES.stringNode(MEGABYTE);
			case 7 -> NODES.arrayNode().add("a").add(1);
			case 8 -> NODES.objectNode().put("k", "v");
			case 9 -> deep(random.nextInt(50, 400));
			case 10 -> NODES.stringNode(Long.toString(random.nextLong()));
			default -> NODES.stringNode(randomText(random));
		};
	}

	private static JsonNode deep(int depth) {
		JsonNode node = NODES.stringNode("bottom");
		for (int i = 0; i < depth; i++) {
			node = (i % 2 == 0) ? NODES.objectNode().set("n", node) : NODES.arrayNode().add(node);
		}
		return node;
	}

	private static String randomText(SplittableRandom random) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(1, 40);
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(random.nextInt(0x20, 0x2FFF));
		}
		return text.toString();
	}

	/**
	 * Random bytes, kept only when they happen to be JSON (a number, a word); the
	 * controller refuses the rest before any adapter sees them.
	 */
	private static @Nullable JsonNode randomBytes(SplittableRandom random) {
		byte[] bytes = new byte[random.nextInt(1, 64)];
		random.nextBytes(bytes);
		String text = random.nextBoolean() ? new String(bytes, StandardCharsets.ISO_8859_1)
				: Long.toString(random.nextLong());
		try {
			return VendorFixtures.JSON.readTree(text);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static void collect(JsonNode node, List<Slot> slots) {
		if (node instanceof ObjectNode object) {
			for (String name : object.propertyNames()) {
				slots.add(new Slot(object, name, -1));
				collect(object.get(name), slots);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				slots.add(new Slot(array, "", i));
				collect(array.get(i), slots);
			}
		}
	}

	private static Arguments vendor(AlertAdapter adapter, String... fixtures) {
		return Arguments.of(adapter.vendor(), adapter, List.of(fixtures));
	}

	/**
	 * One place in a body: a property of an object or an element of an array.
	 */
	private record Slot(JsonNode parent, String name, int index) {

		/**
		 * Puts a value there, or deletes it when there is none.
		 */
		void replace(@Nullable JsonNode value) {
			if (this.parent instanceof ObjectNode object) {
				if (value == null) {
					object.remove(this.name);
				}
				else {
					object.set(this.name, value);
				}
			}
			else if (this.parent instanceof ArrayNode array) {
				array.set(this.index, (value != null) ? value : NODES.nullNode());
			}
		}

	}

}
