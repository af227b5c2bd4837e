package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.alert.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GenericAdapterTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Instant RECEIVED = Instant.parse("2026-03-02T09:20:00Z");

	private final BoundAdapter adapter = BoundAdapter.of(new GenericAdapter(), Severity.LOW);

	@Test
	void objectIsOneAlert() {
		List<Alert> alerts = parse("""
				{"id": "disk-full-db01", "title": "Disk full on db01", "customer": "ACME-001", "device": "db01",
				 "severity": "critical", "status": "firing", "description": "/var at 99%",
				 "labels": {"mount": "/var"}, "startsAt": "2026-03-02T09:00:00Z"}
				""");
		assertThat(alerts).singleElement().satisfies((alert) -> {
			assertThat(alert.source()).isEqualTo("generic");
			assertThat(alert.title()).isEqualTo("Disk full on db01");
			assertThat(alert.customerKey()).isEqualTo("ACME-001");
			assertThat(alert.device()).isEqualTo("db01");
			assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
			assertThat(alert.state()).isEqualTo(AlertState.FIRING);
			assertThat(alert.description()).isEqualTo("/var at 99%");
			assertThat(alert.labels()).isEqualTo(Map.of("mount", "/var"));
			assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
			assertThat(alert.receivedAt()).isEqualTo(RECEIVED);
		});
	}

	@Test
	void arrayIsOneAlertPerElement() {
		List<Alert> alerts = parse("""
				[{"id": "a", "title": "First"}, {"id": "b", "title": "Second", "status": "resolved"}]
				""");
		assertThat(alerts).extracting(Alert::title).containsExactly("First", "Second");
		assertThat(alerts).extracting(Alert::state).containsExactly(AlertState.FIRING, AlertState.RESOLVED);
	}

	@Test
	void omittedFieldsTakeDefaults() {
		Alert alert = parse("{\"id\": \"a\", \"title\": \"First\"}").get(0);
		assertThat(alert.severity()).isEqualTo(Severity.LOW);
		assertThat(alert.state()).isEqualTo(AlertState.FIRING);
		assertThat(alert.customerKey()).isEmpty();
		assertThat(alert.startsAt()).isEqualTo(RECEIVED);
	}

	static Stream<Arguments> malformedBodies() {
		return Stream.of(Arguments.of("{\"title\": \"t\"}", "'id' is required"),
				Arguments.of("{\"id\": \"  \", \"title\": \"t\"}", "'id' is required"),
				Arguments.of("{\"id\": \"a\"}", "'title' is required"),
				Arguments.of("{\"id\": \"a\", \"title\": \"\"}", "'title' is required"),
				Arguments.of("{\"id\": {}, \"title\": \"t\"}", "'id' must be a string"),
				Arguments.of("[]", "non-empty array"), Arguments.of("\"alert\"", "send one alert object"),
				Arguments.of("[{\"id\": \"a\", \"title\": \"t\"}, 7]", "must be an alert object"),
				Arguments.of("{\"id\": \"a\", \"title\": \"t\", \"status\": \"snoozed\"}", "not 'snoozed'"),
				Arguments.of("{\"id\": \"a\", \"title\": \"t\", \"severity\": \"sev9\"}", "unknown severity 'sev9'"),
				Arguments.of("{\"id\": \"a\", \"title\": \"t\", \"startsAt\": \"yesterday\"}",
						"'startsAt' must be an RFC 3339 time"));
	}

	@ParameterizedTest(name = "{0} -> \"{1}\"")
	@MethodSource("malformedBodies")
	void malformedBodyIsRejectedNamingTheProblem(String body, String message) {
		assertThatExceptionOfType(InvalidPayloadException.class).isThrownBy(() -> parse(body))
			.withMessageContaining(message);
	}

	@ParameterizedTest(name = "status \"{0}\" is {1}")
	@CsvSource({ "firing, FIRING", "problem, FIRING", "triggered, FIRING", "open, FIRING", "'', FIRING",
			"FIRING, FIRING", "Problem, FIRING", "resolved, RESOLVED", "ok, RESOLVED", "recovered, RESOLVED",
			"closed, RESOLVED", "RESOLVED, RESOLVED", "OK, RESOLVED" })
	void statusWordGivesTheState(String status, AlertState expected) {
		Alert alert = parse("{\"id\": \"a\", \"title\": \"t\", \"status\": \"" + status + "\"}").get(0);
		assertThat(alert.state()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "severity \"{0}\" is {1}")
	@CsvSource({ "critical, CRITICAL", "WARNING, MEDIUM", "p2, HIGH", "'', LOW" })
	void severityWordGivesTheSeverity(String word, Severity expected) {
		Alert alert = parse("{\"id\": \"a\", \"title\": \"t\", \"severity\": \"" + word + "\"}").get(0);
		assertThat(alert.severity()).isEqualTo(expected);
	}

	@Test
	void fingerprintIsTheCustomerAndId() {
		Alert alert = parse("{\"id\": \"disk-full\", \"title\": \"t\", \"customer\": \"ACME-001\"}").get(0);
		assertThat(alert.fingerprint()).isEqualTo(Fingerprint.of("generic", List.of("ACME-001", "disk-full")));
	}

	@ParameterizedTest(name = "changing {0} keeps the fingerprint")
	@ValueSource(strings = { "{\"id\": \"disk-full\", \"title\": \"Other words\", \"customer\": \"ACME-001\"}",
			"{\"id\": \"disk-full\", \"title\": \"t\", \"customer\": \"ACME-001\", \"startsAt\": \"2026-01-01T00:00:00Z\"}",
			"{\"id\": \"disk-full\", \"title\": \"t\", \"customer\": \"ACME-001\", \"severity\": \"info\", \"status\": \"ok\"}",
			"{\"id\": \"disk-full\", \"title\": \"t\", \"customer\": \"ACME-001\", \"device\": \"db02\", \"labels\": {\"x\": \"y\"}}" })
	void fingerprintIgnoresEverythingButCustomerAndId(String body) {
		Fingerprint original = parse("{\"id\": \"disk-full\", \"title\": \"t\", \"customer\": \"ACME-001\"}").get(0)
			.fingerprint();
		assertThat(parse(body).get(0).fingerprint()).isEqualTo(original);
	}

	@ParameterizedTest(name = "{0} differs")
	@ValueSource(strings = { "{\"id\": \"disk-ok\", \"title\": \"t\", \"customer\": \"ACME-001\"}",
			"{\"id\": \"disk-full\", \"title\": \"t\", \"customer\": \"GLOBEX-014\"}",
			"{\"id\": \"disk-full\", \"title\": \"t\"}" })
	void fingerprintDiffersByCustomerOrId(String body) {
		Fingerprint original = parse("{\"id\": \"disk-full\", \"title\": \"t\", \"customer\": \"ACME-001\"}").get(0)
			.fingerprint();
		assertThat(parse(body).get(0).fingerprint()).isNotEqualTo(original);
	}

	private List<Alert> parse(String body) {
		JsonNode node = JSON.readTree(body);
		return this.adapter.parse(node, RECEIVED);
	}

	@Test
	void sourceWithAFieldMappingReadsTheSendersOwnShape() {
		BoundAdapter mapped = new BoundAdapter(new GenericAdapter(),
				new SourceSettings("nms", "generic", Severity.LOW, Map.of("fingerprint", "/node/id,/check", "customer",
						"/tenant", "device", "/node/name", "title", "/text", "severity", "/level", "state", "/phase")));
		String firing = """
				{"node": {"id": 4711, "name": "core-sw1"}, "check": "ping", "tenant": "ACME-001",
				 "text": "core-sw1 unreachable", "level": "critical", "phase": "down"}
				""";
		Alert alert = mapped.parse(JSON.readTree(firing), RECEIVED).get(0);
		assertThat(alert.source()).isEqualTo("nms");
		assertThat(alert.customerKey()).isEqualTo("ACME-001");
		assertThat(alert.device()).isEqualTo("core-sw1");
		assertThat(alert.title()).isEqualTo("core-sw1 unreachable");
		assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
		assertThat(alert.state()).isEqualTo(AlertState.FIRING);
		Alert resolved = mapped
			.parse(JSON.readTree(firing.replace("\"down\"", "\"ok\"").replace("4711", "\"4711\"")), RECEIVED)
			.get(0);
		assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
		assertThat(resolved.fingerprint()).isEqualTo(alert.fingerprint());
		assertThatExceptionOfType(InvalidPayloadException.class)
			.isThrownBy(() -> mapped.parse(JSON.readTree("{\"text\": \"no identity\"}"), RECEIVED))
			.withMessageContaining("fingerprint fields");
	}

}
