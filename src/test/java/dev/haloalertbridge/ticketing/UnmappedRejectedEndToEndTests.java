package dev.haloalertbridge.ticketing;

import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.testsupport.BridgeTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code bridge.mapping.unmapped=reject}: an alert no rule matches is accepted, counted
 * and listed, but opens no ticket; a mapped one still does.
 */
@BridgeTest
@TestPropertySource(properties = "bridge.mapping.unmapped=reject")
class UnmappedRejectedEndToEndTests extends EndToEndTestBase {

	@Test
	void unmappedAlertOpensNoTicketWhileAMappedOneDoes() {
		String unmapped = postGeneric("{\"id\":\"ups-1\",\"title\":\"UPS on battery\",\"customer\":\"INITECH-9\"}");
		String mapped = postGeneric("{\"id\":\"ups-2\",\"title\":\"UPS on battery\",\"customer\":\"ACME-001\"}");
		await().until(() -> ticketPosts().stream().anyMatch((request) -> request.getBodyAsString().contains(mapped)));
		await().until(this.worker::idle);

		assertThat(ticketPosts()).noneMatch((request) -> request.getBodyAsString().contains(unmapped));
		assertThat(this.ledger.find(new Fingerprint(unmapped))).isEmpty();
		assertThat(this.registry.get("bridge.alerts.unmapped")
			.tag("source", "generic")
			.tag("outcome", "rejected")
			.counter()
			.count()).isEqualTo(1);
	}

}
