package dev.haloalertbridge.sandbox;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bridge.mapping.defaults.client-id=1", "bridge.mapping.defaults.ticket-type-id=1",
				"halo.client-id=x", "halo.client-secret=x", "halo.resource-server=http://127.0.0.1:9/api",
				"halo.authorization-server=http://127.0.0.1:9/auth", "halo.tenant=Not set" })
@AutoConfigureWebTestClient
class SandboxProfileOffTests {

	@Autowired
	private WebTestClient web;

	@Autowired
	private ApplicationContext context;

	@Test
	void withoutTheSandboxProfileNothingOfTheSandboxIsServed() {
		this.web.get().uri("/sandbox/tickets").exchange().expectStatus().isNotFound();
		this.web.post().uri("/sandbox/auth/token").exchange().expectStatus().isNotFound();
		assertThat(this.context.getBeanNamesForType(SandboxHalo.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(SandboxConnectionSource.class)).isEmpty();
	}

}
