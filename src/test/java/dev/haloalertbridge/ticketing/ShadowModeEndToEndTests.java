package dev.haloalertbridge.ticketing;

import dev.haloalertbridge.testsupport.BridgeTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Shadow mode over HTTP: the pipeline runs, every write it would send is counted, and
 * none reaches Halo.
 */
@BridgeTest
@TestPropertySource(properties = "bridge.ticketing.mode=shadow")
class ShadowModeEndToEndTests extends EndToEndTestBase {

	@Test
	void firingAndResolvedAreCountedAsWritesButNothingReachesHalo() {
		String fingerprint = postGeneric(
				"{\"id\":\"shadow-1\",\"title\":\"Tunnel down\",\"customer\":\"ACME-001\",\"status\":\"firing\"}");
		await().until(() -> shadowWrites("create") == 1);
		postGeneric(
				"{\"id\":\"shadow-1\",\"title\":\"Tunnel down\",\"customer\":\"ACME-001\",\"status\":\"resolved\"}");
		await().until(() -> shadowWrites("close") == 1);
		await().until(this.worker::idle);

		assertThat(shadowWrites("note")).isZero();
		assertThat(ticketPosts()).noneMatch((request) -> request.getBodyAsString().contains(fingerprint));
		assertThat(actionPosts()).isEmpty();
		assertThat(this.halo.findAll(getRequestedFor(urlPathEqualTo("/api/Tickets"))))
			.as("shadow mode never searches for an open ticket")
			.noneMatch((request) -> request.getUrl().contains(fingerprint));
		assertThat(decided("new")).isEqualTo(1);
	}

	private double shadowWrites(String kind) {
		return this.registry.get("bridge.shadow.writes").tag("kind", kind).counter().count();
	}

}
