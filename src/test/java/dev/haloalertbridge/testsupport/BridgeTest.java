package dev.haloalertbridge.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/**
 * The whole bridge on a random port, talking to the shared WireMock Halo, with a
 * hand-moved clock. Every test class using it shares one application context; tests keep
 * apart by using their own fingerprints.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"bridge.ingest.sources.alertmanager.token=am-token", "bridge.ingest.sources.generic.username=generic-user",
		"bridge.ingest.sources.generic.password=generic-pass",
		"bridge.ingest.sources.meraki.shared-secrets.549236=s3cr3t-acme-meraki",
		"bridge.ingest.sources.meraki-msp.vendor=meraki", "bridge.ingest.sources.am-samples.vendor=alertmanager",
		"bridge.ingest.sources.am-samples.token=am-token",
		"bridge.ingest.sources.meraki-msp.shared-secrets.549236=s3cr3t-acme-meraki",
		"bridge.ingest.sources.meraki-msp.shared-secrets.881044=s3cr3t-globex-meraki",
		"bridge.syslog.sources.firewalls.vendor=sonicwall", "bridge.syslog.sources.firewalls.token=relay-token",
		"bridge.ingest.sources.grafana.token=grafana-token",
		"bridge.ingest.sources.grafana.signing-secret=grafana-hmac",
		"bridge.ingest.sources.azure-monitor.token=vendor-token", "bridge.ingest.sources.crowdsec.token=vendor-token",
		"bridge.ingest.sources.wazuh.token=vendor-token", "bridge.ingest.sources.sophos.token=vendor-token",
		"bridge.ingest.sources.sonicwall-capture-client.token=vendor-token",
		"bridge.ingest.sources.fortigate.token=vendor-token", "bridge.ingest.sources.faulty.token=faulty-token",
		"bridge.ingest.sources.paloalto.token=vendor-token", "bridge.outbox.capacity=50",
		"bridge.outbox.poll-interval=50ms", "halo.budget.limit=100000", "bridge.check.on-startup=false",
		"bridge.dedupe.coalesce-interval=10m", "bridge.outbox.retry-backoff=1m", "bridge.mapping.defaults.client-id=99",
		"bridge.mapping.defaults.ticket-type-id=21", "bridge.mapping.defaults.team=Service Desk",
		"bridge.mapping.defaults.priorities.critical=1", "bridge.mapping.defaults.priorities.high=2",
		"bridge.mapping.defaults.priorities.medium=3", "bridge.mapping.rules[0].customer=ACME-001",
		"bridge.mapping.rules[0].client-id=12", "bridge.mapping.rules[0].site-id=34",
		"bridge.mapping.rules[1].customer=NAMED-7", "bridge.mapping.rules[1].client=Acme Dental",
		"bridge.mapping.rules[1].ticket-type=Alert", "bridge.mapping.rules[1].agent=Dana Whitfield",
		"bridge.mapping.rules[1].category=Monitoring>Alert", "resilience4j.retry.instances.halo.wait-duration=10ms",
		"resilience4j.retry.instances.halo.exponential-max-wait-duration=20ms",
		"resilience4j.circuitbreaker.instances.halo.minimum-number-of-calls=1000", "halo.response-timeout=1s" })
@AutoConfigureWebTestClient
@Import(BridgeTestConfiguration.class)
public @interface BridgeTest {

}
