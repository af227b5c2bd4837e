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

class FortiGateAdapterTests {

	private static final Instant RECEIVED = Instant.parse("2026-03-12T16:05:00Z");

	private final BoundAdapter adapter = BoundAdapter.of(new FortiGateAdapter(), Severity.MEDIUM);

	static Stream<Arguments> canonicalAlerts() {
		return Stream.of(
				canonical("ips-attack-critical.json", "ACME-001", "FGT60FTK2309A1B2", Severity.CRITICAL,
						List.of("FGT60FTK2309A1B2", "root", "0419016384", "51006", "198.51.100.23", "10.20.30.40")),
				canonical("ipsec-tunnel-down.json", "GLOBEX-014", "FGT40FTK2201C3D4", Severity.LOW,
						List.of("FGT40FTK2201C3D4", "root", "0101037138", "to-HQ")));
	}

	@ParameterizedTest(name = "{0}: customer {1}, device {2}, {3}")
	@MethodSource("canonicalAlerts")
	void fixtureIsItsCanonicalFiringAlert(String fixture, String customer, String device, Severity severity,
			List<String> ingredients) {
		Alert alert = this.adapter.parse(fixture(fixture), RECEIVED).get(0);
		assertThat(alert.source()).isEqualTo("fortigate");
		assertThat(alert.customerKey()).isEqualTo(customer);
		assertThat(alert.device()).isEqualTo(device);
		assertThat(alert.severity()).isEqualTo(severity);
		assertThat(alert.state()).isEqualTo(AlertState.FIRING);
		assertThat(alert.fingerprint()).isEqualTo(Fingerprint.of("fortigate", ingredients));
		assertThat(alert.title()).isNotBlank();
	}

	@Test
	void tunnelUpResolvesTheTunnelDownFingerprint() {
		Alert down = this.adapter.parse(fixture("ipsec-tunnel-down.json"), RECEIVED).get(0);
		ObjectNode body = fixture("ipsec-tunnel-down.json");
		body.put("action", "tunnel-up").put("eventtime", "1773332000000000000").put("time", "17:13:20");
		Alert up = this.adapter.parse(body, RECEIVED).get(0);
		assertThat(down.state()).isEqualTo(AlertState.FIRING);
		assertThat(up.state()).isEqualTo(AlertState.RESOLVED);
		assertThat(up.fingerprint()).isEqualTo(down.fingerprint());
	}

	@Test
	void eventTimeStaysExactAndOutOfTheFingerprint() {
		ObjectNode string = fixture("ips-attack-critical.json");
		ObjectNode number = fixture("ips-attack-critical.json");
		number.put("eventtime", 1772976161512345678L);
		Alert fromString = this.adapter.parse(string, RECEIVED).get(0);
		Alert fromNumber = this.adapter.parse(number, RECEIVED).get(0);
		Instant exact = Instant.ofEpochSecond(1772976161L, 512345678L);
		assertThat(List.of(fromString, fromNumber)).allSatisfy((alert) -> {
			assertThat(alert.startsAt()).isEqualTo(exact);
			assertThat(alert.labels()).containsEntry("eventtime", "1772976161512345678");
		});
		number.put("eventtime", 1772976999000000000L);
		assertThat(this.adapter.parse(number, RECEIVED).get(0).fingerprint()).isEqualTo(fromString.fingerprint());
	}

	@Test
	void eventTimeThatIsNoTimeLeavesTheReceivedTime() {
		ObjectNode body = fixture("ips-attack-critical.json");
		body.put("eventtime", "soon");
		assertThat(this.adapter.parse(body, RECEIVED).get(0).startsAt()).isEqualTo(RECEIVED);
	}

	@Test
	void numbersSentAsNumbersOrStringsGiveOneFingerprint() {
		ObjectNode numbers = fixture("ips-attack-critical.json");
		numbers.put("attackid", 51006).put("srcport", 60000);
		ObjectNode fractional = fixture("ips-attack-critical.json");
		fractional.put("attackid", 51006.0);
		Fingerprint expected = this.adapter.parse(fixture("ips-attack-critical.json"), RECEIVED).get(0).fingerprint();
		assertThat(List.of(numbers, fractional)).allSatisfy(
				(body) -> assertThat(this.adapter.parse(body, RECEIVED).get(0).fingerprint()).isEqualTo(expected));
	}

	@Test
	void levelNamesTheSeverityWhenTheLogHasNoSeverityField() {
		ObjectNode body = fixture("ips-attack-critical.json");
		body.remove("severity");
		body.put("level", "error");
		assertThat(this.adapter.parse(body, RECEIVED).get(0).severity()).isEqualTo(Severity.HIGH);
		body.remove("level");
		assertThat(BoundAdapter.of(new FortiGateAdapter(), Severity.INFO).parse(body, RECEIVED).get(0).severity())
			.isEqualTo(Severity.INFO);
	}

	@Test
	void loginFailureIsKeyedByUserAndSource() {
		ObjectNode body = VendorFixtures.object("""
				{"customer": "ACME-001", "devid": "FGT60FTK2309A1B2", "vd": "root", "logid": "0100032002",
				 "level": "alert", "logdesc": "Admin login failed", "user": "admin", "srcip": "192.0.2.150",
				 "srcport": "50123"}""");
		Alert alert = this.adapter.parse(body, RECEIVED).get(0);
		assertThat(alert.title()).isEqualTo("Admin login failed");
		assertThat(alert.fingerprint()).isEqualTo(
				Fingerprint.of("fortigate", List.of("FGT60FTK2309A1B2", "root", "0100032002", "admin", "192.0.2.150")));
	}

	@Test
	void sourceOptionsMapABodyShapedDifferently() {
		BoundAdapter mapped = new BoundAdapter(new FortiGateAdapter(),
				new SourceSettings("fgt-acme", "fortigate", Severity.MEDIUM,
						Map.of("fingerprint", "/log/devid, /log/logid, /log/vpntunnel", "customer", "/tenant/code",
								"device", "/log/devname", "severity", "/urgency", "title", "/headline", "description",
								"/log/msg", "state", "/log/action", "resolved-values", "tunnel-up, phase2-up")));
		ObjectNode body = VendorFixtures.object("""
				{"tenant": {"code": 14}, "headline": "VPN to HQ changed", "urgency": "major",
				 "log": {"devid": "FGT40FTK2201C3D4", "devname": "GLOBEX-WH2-FW", "logid": "0101037138",
				         "vpntunnel": "to-HQ", "action": "Phase2-Up", "msg": "IPsec connection status change",
				         "eventtime": 1773331425000000000}}""");
		Alert alert = mapped.parse(body, RECEIVED).get(0);
		assertThat(alert.source()).isEqualTo("fgt-acme");
		assertThat(alert.customerKey()).isEqualTo("14");
		assertThat(alert.device()).isEqualTo("GLOBEX-WH2-FW");
		assertThat(alert.severity()).isEqualTo(Severity.HIGH);
		assertThat(alert.title()).isEqualTo("VPN to HQ changed");
		assertThat(alert.description()).isEqualTo("IPsec connection status change");
		assertThat(alert.state()).isEqualTo(AlertState.RESOLVED);
		assertThat(alert.fingerprint())
			.isEqualTo(Fingerprint.of("fgt-acme", List.of("FGT40FTK2201C3D4", "0101037138", "to-HQ")));
		assertThat(alert.labels()).containsEntry("log.eventtime", "1773331425000000000");
	}

	@Test
	void bodyWithoutAnyFingerprintFieldIsRejected() {
		ObjectNode body = VendorFixtures.object("{\"customer\": \"ACME-001\", \"msg\": \"hello\"}");
		assertThatExceptionOfType(InvalidPayloadException.class).isThrownBy(() -> this.adapter.parse(body, RECEIVED))
			.withMessageContaining("/devid");
	}

	@Test
	void optionThatIsNoJsonPointerIsNamed() {
		BoundAdapter mapped = new BoundAdapter(new FortiGateAdapter(),
				new SourceSettings("fortigate", "fortigate", Severity.MEDIUM, Map.of("customer", "customer")));
		assertThatExceptionOfType(InvalidPayloadException.class)
			.isThrownBy(() -> mapped.parse(fixture("ips-attack-critical.json"), RECEIVED))
			.withMessageContaining("option 'customer'");
	}

	@Test
	void fieldThatIsAnObjectIsRejectedNamingIt() {
		ObjectNode body = fixture("ips-attack-critical.json");
		body.putObject("devid");
		assertThatExceptionOfType(InvalidPayloadException.class).isThrownBy(() -> this.adapter.parse(body, RECEIVED))
			.withMessageContaining("'/devid'");
	}

	@Test
	void bodyThatIsNotAnObjectIsRejected() {
		assertThatExceptionOfType(InvalidPayloadException.class)
			.isThrownBy(() -> this.adapter.parse(VendorFixtures.JSON.readTree("\"tunnel-down\""), RECEIVED))
			.withMessageContaining("JSON object");
	}

	private static Arguments canonical(String fixture, String customer, String device, Severity severity,
			List<String> ingredients) {
		return Arguments.of(fixture, customer, device, severity, ingredients);
	}

	private static ObjectNode fixture(String name) {
		return VendorFixtures.read("fortigate/" + name);
	}

}
