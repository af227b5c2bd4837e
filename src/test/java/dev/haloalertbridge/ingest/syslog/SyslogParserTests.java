package dev.haloalertbridge.ingest.syslog;

import dev.haloalertbridge.support.AddressRange;
import java.net.InetAddress;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.alert.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every fixture line, as the fixtures' index describes it. Lines of one group are the
 * same problem and share a fingerprint; lines of different groups do not.
 */
class SyslogParserTests {

	static final InetAddress SENDER = AddressRange.literal("192.0.2.1");

	static final Instant RECEIVED = Instant.parse("2026-03-08T14:30:00Z");

	static final SyslogSource SONICWALL = SyslogSource.of("firewalls", SyslogVendor.SONICWALL,
			List.of(AddressRange.parse("192.0.2.0/24")));

	static final SyslogSource FORTIGATE = SyslogSource.of("fortigates", SyslogVendor.FORTIGATE,
			List.of(AddressRange.parse("192.0.2.0/24")));

	private static final Map<String, Fingerprint> GROUPS = new HashMap<>();

	@ParameterizedTest(name = "{0}:{1} {2}")
	@CsvSource(textBlock = """
			sonicwall.log, 1, IPS prevention sid 2307,      ips-2307,    2CB8ED4F1A20,     MEDIUM,   FIRING
			sonicwall.log, 2, same attack 17 s later,        ips-2307,    2CB8ED4F1A20,     MEDIUM,   FIRING
			sonicwall.log, 3, admin login denied,            login,       2CB8ED4F1A20,     CRITICAL, FIRING
			sonicwall.log, 4, port scan in RFC 5424,         scan,        18B169A0C3D7,     MEDIUM,   FIRING
			fortigate.log, 1, IPS signature 51006 dropped,   ips-51006,   FGT60FTK2309A1B2, CRITICAL, FIRING
			fortigate.log, 2, IPsec tunnel to-HQ down,       tunnel,      FGT40FTK2201C3D4, LOW,      FIRING
			fortigate.log, 3, IPsec tunnel to-HQ up,         tunnel,      FGT40FTK2201C3D4, LOW,      RESOLVED
			""")
	void fixtureLineBecomesItsAlert(String file, int line, String what, String group, String serial, Severity severity,
			AlertState state) {
		SyslogSource source = file.startsWith("sonicwall") ? SONICWALL : FORTIGATE;
		Alert alert = parse(source, SyslogFixtures.line(file, line)).orElseThrow();
		assertThat(alert.source()).isEqualTo(source.name());
		assertThat(alert.customerKey()).isEqualTo(serial);
		assertThat(alert.device()).isEqualTo(serial);
		assertThat(alert.severity()).isEqualTo(severity);
		assertThat(alert.state()).isEqualTo(state);
		assertThat(alert.receivedAt()).isEqualTo(RECEIVED);
		assertThat(alert.fingerprint().value()).startsWith(source.name() + ":");
		Fingerprint known = GROUPS.putIfAbsent(group, alert.fingerprint());
		assertThat(known).isIn(null, alert.fingerprint());
		GROUPS.forEach((other, fingerprint) -> assertThat(fingerprint.equals(alert.fingerprint()))
			.as("%s shares a fingerprint with %s", group, other)
			.isEqualTo(other.equals(group)));
	}

	@Test
	void repeatedAttackFromNewSourcePortIsTheSameFingerprint() {
		assertThat(fingerprint(SONICWALL, "sonicwall.log", 1)).isEqualTo(fingerprint(SONICWALL, "sonicwall.log", 2));
	}

	@Test
	void tunnelUpResolvesTheTunnelDownFingerprint() {
		assertThat(fingerprint(FORTIGATE, "fortigate.log", 3)).isEqualTo(fingerprint(FORTIGATE, "fortigate.log", 2));
	}

	@Test
	void fingerprintsAreInTheSourcesNamespace() {
		SyslogSource other = SyslogSource.of("branch-firewalls", SyslogVendor.SONICWALL, SONICWALL.allow());
		assertThat(fingerprint(other, "sonicwall.log", 1)).isNotEqualTo(fingerprint(SONICWALL, "sonicwall.log", 1));
	}

	@Test
	void configuredSerialOrSenderReplacesTheCustomerKey() {
		SyslogSource mapped = new SyslogSource("firewalls", SyslogVendor.SONICWALL, SONICWALL.allow(),
				Map.of("2cb8ed4f1a20", "ACME-001"), Map.of("192.0.2.1", "GLOBEX-002"), SONICWALL.selection());
		assertThat(parse(mapped, SyslogFixtures.line("sonicwall.log", 1)).orElseThrow().customerKey())
			.isEqualTo("ACME-001");
		Alert bySender = parse(mapped, SyslogFixtures.line("sonicwall.log", 4)).orElseThrow();
		assertThat(bySender.customerKey()).isEqualTo("GLOBEX-002");
		assertThat(bySender.device()).isEqualTo("18B169A0C3D7");
	}

	@Test
	void utcTimesAndNanosecondEventTimesAreKeptExactly() {
		assertThat(parse(SONICWALL, SyslogFixtures.line("sonicwall.log", 1)).orElseThrow().startsAt())
			.isEqualTo(Instant.parse("2026-03-08T13:22:41Z"));
		Alert fortigate = parse(FORTIGATE, SyslogFixtures.line("fortigate.log", 1).replace("913000000", "913000001"))
			.orElseThrow();
		assertThat(fortigate.startsAt()).isEqualTo(Instant.ofEpochSecond(1772976161L, 913000001L));
		assertThat(fortigate.labels()).containsEntry("eventtime", "1772976161913000001");
	}

	@Test
	void localTimeWithoutZoneFallsBackToTheReceiveTime() {
		String local = SyslogFixtures.line("sonicwall.log", 1).replace(" UTC\"", "\"");
		assertThat(parse(SONICWALL, local).orElseThrow().startsAt()).isEqualTo(RECEIVED);
	}

	@Test
	void portsAndInterfacesAreStrippedFromAddresses() {
		assertThat(SonicOsEvents.address("198.51.100.23:54192:X1")).isEqualTo("198.51.100.23");
		assertThat(SonicOsEvents.address("198.51.100.23:54192:X1:host.example.com")).isEqualTo("198.51.100.23");
		assertThat(SonicOsEvents.address("2001:db8::5:443:X0")).isEqualTo("2001:db8::5");
		assertThat(SonicOsEvents.address("")).isEmpty();
	}

	@Test
	void trafficLogsAreNotSelected() {
		String sonicTraffic = "<134>id=firewall sn=2CB8ED4F1A20 time=\"2026-03-08 13:22:41 UTC\" pri=6 c=1024 m=537 "
				+ "msg=\"Connection Closed\" src=10.0.0.5:5000:X0 dst=198.51.100.1:443:X1";
		String fortiTraffic = "<189>date=2026-03-08 time=14:02:13 devid=\"FGT40FTK2201C3D4\" logid=\"0000000013\" "
				+ "type=\"traffic\" subtype=\"forward\" level=\"notice\" vd=\"root\" srcip=10.0.0.5 dstip=198.51.100.1";
		assertThat(parse(SONICWALL, sonicTraffic)).isEmpty();
		assertThat(parse(FORTIGATE, fortiTraffic)).isEmpty();
	}

	@Test
	void includeAndExcludeOverrideTheDefaults() {
		SyslogSource onlyTunnels = new SyslogSource("fortigates", SyslogVendor.FORTIGATE, FORTIGATE.allow(), Map.of(),
				Map.of(), EventSelection.of(List.of("subtype=vpn"), List.of("action=tunnel-up")));
		assertThat(parse(onlyTunnels, SyslogFixtures.line("fortigate.log", 1))).isEmpty();
		assertThat(parse(onlyTunnels, SyslogFixtures.line("fortigate.log", 2))).isPresent();
		assertThat(parse(onlyTunnels, SyslogFixtures.line("fortigate.log", 3))).isEmpty();
	}

	@Test
	void fortiOsAdminLoginFailureIsUserAndSourceAddress() {
		String failed = "<185>date=2026-03-08 time=14:02:13 devid=\"FGT40FTK2201C3D4\" logid=\"0100032002\" "
				+ "type=\"event\" subtype=\"system\" level=\"alert\" vd=\"root\" logdesc=\"Admin login failed\" "
				+ "user=\"admin\" srcip=192.0.2.150 action=\"login\" status=\"failed\"";
		Alert alert = parse(FORTIGATE, failed).orElseThrow();
		assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
		assertThat(alert.title()).isEqualTo("Admin login failed");
		assertThat(alert.fingerprint())
			.isNotEqualTo(parse(FORTIGATE, failed.replace("admin", "root")).orElseThrow().fingerprint());
	}

	@Test
	void selectedEventWithoutItsDeviceIsAParseError() {
		assertThatExceptionOfType(SyslogParseException.class)
			.isThrownBy(() -> parse(SONICWALL, "<129>id=firewall m=609 msg=x"));
		assertThatExceptionOfType(SyslogParseException.class)
			.isThrownBy(() -> parse(FORTIGATE, "<185>type=utm subtype=ips logid=1"));
		assertThatExceptionOfType(SyslogParseException.class).isThrownBy(() -> parse(SONICWALL, "<129>just text"));
	}

	static Optional<Alert> parse(SyslogSource source, String message) {
		return SyslogParser.parse(source, SENDER, message, RECEIVED);
	}

	private static Fingerprint fingerprint(SyslogSource source, String file, int line) {
		return parse(source, SyslogFixtures.line(file, line)).orElseThrow().fingerprint();
	}

}
