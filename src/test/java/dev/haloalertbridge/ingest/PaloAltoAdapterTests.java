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
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PaloAltoAdapterTests {

	private static final Instant RECEIVED = Instant.parse("2026-03-15T09:43:00Z");

	private final BoundAdapter adapter = BoundAdapter.of(new PaloAltoAdapter(), Severity.MEDIUM);

	static Stream<Arguments> canonicalAlerts() {
		return Stream.of(canonical("threat-vulnerability-critical.json", "ACME-001", "013201007777", Severity.CRITICAL,
				List.of("013201007777", "vulnerability", "Apache Log4j Remote Code Execution Vulnerability(91991)",
						"198.51.100.23", "10.20.30.40")),
				canonical("system-auth-fail-medium.json", "GLOBEX-014", "013101005555", Severity.MEDIUM,
						List.of("013101005555", "auth-fail", "general", "")));
	}

	@ParameterizedTest(name = "{0}: customer {1}, device {2}, {3}")
	@MethodSource("canonicalAlerts")
	void fixtureIsItsCanonicalFiringAlert(String fixture, String customer, String device, Severity severity,
			List<String> ingredients) {
		Alert alert = this.adapter.parse(fixture(fixture), RECEIVED).get(0);
		assertThat(alert.source()).isEqualTo("paloalto");
		assertThat(alert.customerKey()).isEqualTo(customer);
		assertThat(alert.device()).isEqualTo(device);
		assertThat(alert.severity()).isEqualTo(severity);
		assertThat(alert.state()).isEqualTo(AlertState.FIRING);
		assertThat(alert.fingerprint()).isEqualTo(Fingerprint.of("paloalto", ingredients));
		assertThat(alert.startsAt()).isEqualTo(RECEIVED);
	}

	@Test
	void titlesNameTheThreatOrTheSystemEvent() {
		assertThat(this.adapter.parse(fixture("threat-vulnerability-critical.json"), RECEIVED).get(0).title())
			.isEqualTo("Apache Log4j Remote Code Execution Vulnerability");
		assertThat(this.adapter.parse(fixture("system-auth-fail-medium.json"), RECEIVED).get(0).title())
			.startsWith("failed authentication for user 'admin'");
	}

	@Test
	void threatFingerprintIgnoresSessionPortsAndCounters() {
		ObjectNode body = fixture("threat-vulnerability-critical.json");
		Fingerprint before = this.adapter.parse(body, RECEIVED).get(0).fingerprint();
		((ObjectNode) body.get("details")).put("seqno", "7492210632692619999")
			.put("receive_time", "2026/03/15 11:00:00");
		((ObjectNode) body.get("tuple")).put("sport", "60001");
		((ObjectNode) body.get("match")).put("repeatcnt", "7").put("sessionid", "1");
		assertThat(this.adapter.parse(body, RECEIVED).get(0).fingerprint()).isEqualTo(before);
	}

	@Test
	void numbersSentAsNumbersOrStringsGiveOneFingerprint() {
		BoundAdapter mapped = new BoundAdapter(new PaloAltoAdapter(), new SourceSettings("paloalto", "paloalto",
				Severity.MEDIUM, Map.of("fingerprint", "/device/serial,/details/eventid")));
		ObjectNode number = fixture("system-auth-fail-medium.json");
		((ObjectNode) number.get("details")).put("eventid", 12345);
		ObjectNode string = fixture("system-auth-fail-medium.json");
		((ObjectNode) string.get("details")).put("eventid", "12345");
		assertThat(mapped.parse(number, RECEIVED).get(0).fingerprint())
			.isEqualTo(mapped.parse(string, RECEIVED).get(0).fingerprint())
			.isEqualTo(Fingerprint.of("paloalto", List.of("013101005555", "12345")));
	}

	@Test
	void sourceOptionsMapABodyShapedDifferently() {
		BoundAdapter mapped = new BoundAdapter(new PaloAltoAdapter(),
				new SourceSettings("pa-globex", "paloalto", Severity.LOW,
						Map.of("fingerprint", "/serial,/eventid,/module", "customer", "/client", "device",
								"/device_name", "severity", "/sev", "title", "/summary", "description", "/opaque",
								"state", "/status", "resolved-values", "cleared")));
		ObjectNode body = VendorFixtures.object("""
				{"client": "GLOBEX-014", "serial": "013101005555", "device_name": "GLOBEX-PA-410",
				 "eventid": "link-change", "module": "ha", "sev": "critical", "summary": "HA link down",
				 "opaque": "HA1 link down", "status": "Cleared"}""");
		Alert alert = mapped.parse(body, RECEIVED).get(0);
		assertThat(alert.customerKey()).isEqualTo("GLOBEX-014");
		assertThat(alert.device()).isEqualTo("GLOBEX-PA-410");
		assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
		assertThat(alert.title()).isEqualTo("HA link down");
		assertThat(alert.description()).isEqualTo("HA1 link down");
		assertThat(alert.state()).isEqualTo(AlertState.RESOLVED);
		assertThat(alert.fingerprint())
			.isEqualTo(Fingerprint.of("pa-globex", List.of("013101005555", "link-change", "ha")));
	}

	@Test
	void unknownSeverityGivesTheSourceDefaultAndAMissingTitleAFallback() {
		ObjectNode body = fixture("system-auth-fail-medium.json");
		((ObjectNode) body.get("alert")).put("severity", "whatever");
		((ObjectNode) body.get("details")).remove("description");
		Alert alert = BoundAdapter.of(new PaloAltoAdapter(), Severity.LOW).parse(body, RECEIVED).get(0);
		assertThat(alert.severity()).isEqualTo(Severity.LOW);
		assertThat(alert.title()).isEqualTo("PAN-OS alert on 013101005555");
	}

	@Test
	void bodyWithoutAnyFingerprintFieldIsRejected() {
		assertThatExceptionOfType(InvalidPayloadException.class)
			.isThrownBy(() -> this.adapter.parse(VendorFixtures.object("{\"customer\": \"ACME-001\"}"), RECEIVED))
			.withMessageContaining("/device/serial");
	}

	@Test
	void bodyThatIsNotAnObjectIsRejected() {
		assertThatExceptionOfType(InvalidPayloadException.class)
			.isThrownBy(() -> this.adapter.parse(VendorFixtures.JSON.readTree("[]"), RECEIVED))
			.withMessageContaining("JSON object");
	}

	private static Arguments canonical(String fixture, String customer, String device, Severity severity,
			List<String> ingredients) {
		return Arguments.of(fixture, customer, device, severity, ingredients);
	}

	private static ObjectNode fixture(String name) {
		return VendorFixtures.read("paloalto/" + name);
	}

}
