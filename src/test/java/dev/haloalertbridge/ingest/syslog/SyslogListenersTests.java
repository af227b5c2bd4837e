package dev.haloalertbridge.ingest.syslog;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.ingest.Intake;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The listeners on real loopback sockets: SonicWall lines come from 127.0.0.1, FortiGate
 * lines from 127.0.0.2, strangers from 127.0.0.3.
 */
class SyslogListenersTests {

	private static final List<String> SONICWALL = SyslogFixtures.lines("sonicwall.log");

	private static final List<String> FORTIGATE = SyslogFixtures.lines("fortigate.log");

	private final RecordingIntake intake = RecordingIntake.recording();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private SyslogListeners listeners;

	@BeforeEach
	void start() {
		SyslogProperties properties = new SyslogProperties(true, 0, 0, "127.0.0.1", DataSize.ofBytes(2048),
				Map.of("firewalls", source(SyslogVendor.SONICWALL, "127.0.0.1"), "fortigates",
						source(SyslogVendor.FORTIGATE, "127.0.0.2/32")));
		SyslogSources sources = new SyslogSources(properties);
		this.listeners = new SyslogListeners(properties, sources, this.intake,
				new SyslogMetrics(this.registry, sources),
				Clock.fixed(Instant.parse("2026-03-08T14:30:00Z"), ZoneOffset.UTC));
		this.listeners.start();
	}

	@AfterEach
	void stop() {
		this.listeners.stop();
	}

	@Test
	void everyFixtureLineOverUdpReachesTheIntake() {
		SyslogSenders.udp("127.0.0.1", this.listeners.udpPort(), SONICWALL);
		SyslogSenders.udp("127.0.0.2", this.listeners.udpPort(), FORTIGATE);
		awaitEveryFixtureAlert();
		assertThat(counter("bridge.syslog.messages", "transport", "udp")).isEqualTo(7);
	}

	@Test
	void everyFixtureLineOverTcpWithNewlineFramingReachesTheIntake() {
		SyslogSenders.tcp("127.0.0.1", this.listeners.tcpPort(), SyslogSenders.newlineFramed(SONICWALL));
		SyslogSenders.tcp("127.0.0.2", this.listeners.tcpPort(), SyslogSenders.newlineFramed(FORTIGATE));
		awaitEveryFixtureAlert();
		assertThat(counter("bridge.syslog.messages", "transport", "tcp")).isEqualTo(7);
	}

	@Test
	void everyFixtureLineOverTcpWithOctetCountingReachesTheIntake() {
		SyslogSenders.tcp("127.0.0.1", this.listeners.tcpPort(), SyslogSenders.octetCounted(SONICWALL));
		SyslogSenders.tcp("127.0.0.2", this.listeners.tcpPort(), SyslogSenders.octetCounted(FORTIGATE));
		awaitEveryFixtureAlert();
	}

	@Test
	void framingIsDetectedPerFrameOnOneConnection() {
		byte[] mixed = concat(SyslogSenders.octetCounted(SONICWALL.subList(0, 2)),
				SyslogSenders.newlineFramed(SONICWALL.subList(2, 3)),
				SyslogSenders.octetCounted(SONICWALL.subList(3, 4)));
		SyslogSenders.tcp("127.0.0.1", this.listeners.tcpPort(), mixed);
		await().until(() -> this.intake.alerts().size() == 4);
	}

	@Test
	void unknownSenderIsDroppedAndCounted() {
		SyslogSenders.udp("127.0.0.3", this.listeners.udpPort(), SONICWALL.subList(0, 1));
		SyslogSenders.tcp("127.0.0.3", this.listeners.tcpPort(), SyslogSenders.newlineFramed(FORTIGATE));
		await().until(() -> dropped("udp", "unknown_sender") == 1 && dropped("tcp", "unknown_sender") == 3);
		assertThat(this.intake.alerts()).isEmpty();
	}

	@Test
	void garbageIsCountedAndTheNextMessageIsRead() {
		List<String> lines = List.of("not syslog at all", "<129>id=firewall m=609 msg=no-serial", "\u0000\u00ff<<>>",
				SONICWALL.get(0));
		SyslogSenders.udp("127.0.0.1", this.listeners.udpPort(), lines);
		SyslogSenders.tcp("127.0.0.1", this.listeners.tcpPort(), SyslogSenders.newlineFramed(lines));
		await().until(() -> this.intake.alerts().size() == 2);
		assertThat(counter("bridge.syslog.parse.errors", "source", "firewalls")).isEqualTo(6);
	}

	@Test
	void oversizedFramesAreSkippedAndTheConnectionKept() {
		String huge = "<129>id=firewall msg=\"" + "x".repeat(5000) + "\"";
		SyslogSenders.tcp("127.0.0.1", this.listeners.tcpPort(),
				concat(SyslogSenders.newlineFramed(List.of(huge, SONICWALL.get(0))),
						SyslogSenders.octetCounted(List.of(huge, SONICWALL.get(2)))));
		SyslogSenders.udp("127.0.0.1", this.listeners.udpPort(), List.of(huge, SONICWALL.get(3)));
		await().until(() -> this.intake.alerts().size() == 3);
		assertThat(dropped("tcp", "oversized")).isEqualTo(2);
		assertThat(dropped("udp", "oversized")).isEqualTo(1);
	}

	@Test
	void eventsNotSelectedAreCounted() {
		String traffic = "<134>id=firewall sn=2CB8ED4F1A20 pri=6 c=1024 m=537 msg=\"Connection Closed\"";
		SyslogSenders.udp("127.0.0.1", this.listeners.udpPort(), List.of(traffic));
		await().until(() -> dropped("udp", "not_selected") == 1);
	}

	@Test
	void refusedAdmissionIsCountedAsDropped() {
		this.intake.answer(Intake.Admission.FULL);
		SyslogSenders.tcp("127.0.0.2", this.listeners.tcpPort(), SyslogSenders.newlineFramed(FORTIGATE));
		await().until(() -> dropped("tcp", "intake_refused") == 3);
		assertThat(counter("bridge.syslog.alerts", "source", "fortigates")).isZero();
	}

	private void awaitEveryFixtureAlert() {
		await().until(() -> this.intake.alerts().size() == 7);
		List<Fingerprint> expected = new ArrayList<>();
		SONICWALL.forEach((line) -> expected.add(fingerprint(SyslogParserTests.SONICWALL, line)));
		FORTIGATE.forEach((line) -> expected.add(fingerprint(SyslogParserTests.FORTIGATE, line)));
		assertThat(this.intake.alerts()).extracting(Alert::fingerprint).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(counter("bridge.syslog.alerts", "source", "firewalls")).isEqualTo(4);
		assertThat(counter("bridge.syslog.alerts", "source", "fortigates")).isEqualTo(3);
	}

	/**
	 * The fixture sources of the parser tests have the same names, so the same
	 * fingerprints.
	 */
	private static Fingerprint fingerprint(SyslogSource source, String line) {
		return SyslogParserTests.parse(source, line).orElseThrow().fingerprint();
	}

	private double dropped(String transport, String reason) {
		return this.registry.get("bridge.syslog.dropped")
			.tag("transport", transport)
			.tag("reason", reason)
			.counter()
			.count();
	}

	private double counter(String name, String tag, String value) {
		return this.registry.get(name).tag(tag, value).counter().count();
	}

	private static SyslogProperties.Source source(SyslogVendor vendor, String allow) {
		return new SyslogProperties.Source(vendor, List.of(allow), Map.of(), Map.of(), List.of(), List.of(), "");
	}

	private static byte[] concat(byte[]... parts) {
		StringBuilder all = new StringBuilder();
		for (byte[] part : parts) {
			all.append(new String(part, StandardCharsets.UTF_8));
		}
		return all.toString().getBytes(StandardCharsets.UTF_8);
	}

}
