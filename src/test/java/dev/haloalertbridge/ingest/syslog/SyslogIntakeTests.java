package dev.haloalertbridge.ingest.syslog;

import java.util.List;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.dedupe.Ledger;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole bridge with its sandbox Halo and the syslog listeners enabled from
 * configuration: a FortiGate's lines over TCP pass the intake and reach the ledger and
 * the lifecycle's decisions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bridge.syslog.enabled=true", "bridge.syslog.udp-port=0", "bridge.syslog.tcp-port=0",
				"bridge.syslog.bind-address=127.0.0.1", "bridge.syslog.sources.fortigates.vendor=fortigate",
				"bridge.syslog.sources.fortigates.allow=127.0.0.1,::1",
				"bridge.syslog.sources.fortigates.customers-by-serial.FGT60FTK2309A1B2=ACME-001" })
@ActiveProfiles("sandbox")
class SyslogIntakeTests {

	@Autowired
	private SyslogListeners listeners;

	@Autowired
	private Ledger ledger;

	@Autowired
	private MeterRegistry registry;

	@Test
	void fortigateLinesOverTcpReachTheLedger() {
		List<String> lines = SyslogFixtures.lines("fortigate.log");
		SyslogSenders.tcp("127.0.0.1", this.listeners.tcpPort(), SyslogSenders.octetCounted(lines));
		await()
			.until(() -> this.registry.get("bridge.syslog.alerts").tag("source", "fortigates").counter().count() == 3);
		Alert ips = SyslogParser
			.parse(SyslogParserTests.FORTIGATE, SyslogParserTests.SENDER, lines.get(0), SyslogParserTests.RECEIVED)
			.orElseThrow();
		assertThat(this.ledger.find(ips.fingerprint())).isPresent();
		assertThat(this.registry.get("bridge.alerts.processed").tag("source", "fortigates").counters())
			.anySatisfy((counter) -> assertThat(counter.count()).isPositive());
	}

}
