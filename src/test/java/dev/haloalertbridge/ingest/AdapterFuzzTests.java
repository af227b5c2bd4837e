package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.Severity;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bounded, seeded fuzzing of the vendor adapters: whatever a sender posts, an adapter
 * either returns alerts fit for a ticket or refuses the body with an
 * {@link InvalidPayloadException}, which the webhook answers with 400. Any other
 * exception would be a 500, and a sender that retries on 5xx would retry forever.
 */
class AdapterFuzzTests {

	private static final long SEED = 20260321L;

	private static final Instant RECEIVED = Instant.parse("2026-03-21T14:00:00Z");

	private static final int MUTATIONS = 300;

	private static final int RANDOM_BODIES = 150;

	private static final int HUGE = 1024 * 1024;

	private static final int DEPTH = 2_000;

	/**
	 * Admits what sloppy senders write (NaN, single quotes, trailing commas, leading
	 * zeros), so more random bytes become trees an adapter must cope with.
	 */
	private static final JsonMapper LENIENT = JsonMapper.builder()
		.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
				JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_MISSING_VALUES,
				JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS, JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
				JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
		.build();

	static Stream<Named<Vendor>> vendors() {
		return Stream.of(vendor(new GrafanaAdapter(), "high-cpu-firing.json", "high-cpu-resolved.json"),
				vendor(new AzureMonitorAdapter(), "metric-alert-fired-sev1.json"),
				vendor(new CrowdSecAdapter(), "ssh-bruteforce-ban.json"), vendor(new WazuhAdapter(),
						"raw-alert-ssh-bruteforce-level10.json", "shuffle-format-ssh-bruteforce.json"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vendors")
	void mutatedFixtureIsReadOrRefused(Vendor vendor) {
		JsonMutator mutator = new JsonMutator(SEED);
		int read = 0;
		for (int i = 0; i < MUTATIONS; i++) {
			JsonMutator.Mutation mutation = mutator.mutate(vendor.fixture(i));
			read += readsOrRefuses(vendor, mutation.body(), "case " + i + ": " + mutation.description());
		}
		assertThat(read).as("some mutations leave a readable alert").isPositive();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vendors")
	void randomBodyIsReadOrRefused(Vendor vendor) {
		JsonMutator mutator = new JsonMutator(SEED);
		for (int i = 0; i < RANDOM_BODIES; i++) {
			byte[] bytes = mutator.jsonishBytes(64);
			try {
				JsonNode body = LENIENT.readTree(bytes);
				if (body != null && !body.isMissingNode()) {
					readsOrRefuses(vendor, body, "random bytes " + i);
				}
			}
			catch (JacksonException ex) {
				// not JSON even leniently: the webhook refuses it before any adapter sees
				// it
			}
			readsOrRefuses(vendor, mutator.anyValue(3), "random tree " + i);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vendors")
	void hugeTextIsReadOrRefused(Vendor vendor) {
		JsonMutator mutator = new JsonMutator(SEED);
		List<String> texts = List.of("x".repeat(HUGE), " ".repeat(HUGE), "9".repeat(HUGE), "<b>".repeat(HUGE / 3));
		for (int i = 0; i < 12; i++) {
			JsonNode text = JsonNodeFactory.instance.stringNode(texts.get(i % texts.size()));
			JsonMutator.Mutation mutation = mutator.replaceOne(vendor.fixture(i), text, "1 MB of text");
			readsOrRefuses(vendor, mutation.body(), mutation.description());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vendors")
	void deepNestingIsReadOrRefused(Vendor vendor) {
		JsonMutator mutator = new JsonMutator(SEED);
		JsonNode deep = JsonMutator.deeplyNested(DEPTH);
		readsOrRefuses(vendor, deep, "a body " + DEPTH + " levels deep");
		for (int i = 0; i < 12; i++) {
			JsonMutator.Mutation mutation = mutator.replaceOne(vendor.fixture(i), deep, DEPTH + " levels");
			readsOrRefuses(vendor, mutation.body(), mutation.description());
		}
	}

	/**
	 * Parses a body and checks the outcome.
	 * @return 1 when alerts were read, 0 when the body was refused
	 */
	private static int readsOrRefuses(Vendor vendor, JsonNode body, String description) {
		List<Alert> alerts;
		try {
			alerts = vendor.adapter().parse(body, RECEIVED);
		}
		catch (InvalidPayloadException ex) {
			return 0;
		}
		catch (RuntimeException | StackOverflowError ex) {
			throw new AssertionError(vendor + ", " + description + ": threw " + ex, ex);
		}
		// plain checks: this runs thousands of times
		if (alerts.isEmpty()) {
			throw new AssertionError(vendor + ", " + description + ": no alerts and no refusal");
		}
		for (Alert alert : alerts) {
			if (alert.title().isBlank() || alert.fingerprint() == null) {
				throw new AssertionError(vendor + ", " + description + ": unfit alert " + alert.fingerprint());
			}
		}
		return 1;
	}

	private static Named<Vendor> vendor(AlertAdapter adapter, String... fixtures) {
		List<JsonNode> bodies = Stream.of(fixtures).map((name) -> Fixtures.read(adapter.vendor(), name)).toList();
		return Named.of(adapter.vendor(), new Vendor(BoundAdapter.of(adapter, Severity.MEDIUM), bodies));
	}

	/**
	 * An adapter with the fixtures its mutations start from.
	 */
	record Vendor(BoundAdapter adapter, List<JsonNode> fixtures) {

		JsonNode fixture(int i) {
			return this.fixtures.get(i % this.fixtures.size());
		}

		@Override
		public String toString() {
			return this.adapter.adapter().vendor();
		}

	}

}
