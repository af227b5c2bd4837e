package dev.haloalertbridge.sandbox;

import java.net.URI;
import java.time.Duration;

import dev.haloalertbridge.halo.HaloConnection;
import dev.haloalertbridge.halo.HaloConnectionSource;
import dev.haloalertbridge.support.Secret;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("sandbox")
@AutoConfigureWebTestClient
class SandboxConnectionSourceTests {

	@Autowired
	private HaloConnectionSource source;

	@Autowired
	private WebTestClient web;

	@LocalServerPort
	private int port;

	@Test
	void connectionPointsAtTheRunningSandboxWithASlashEndedAuthServer() {
		HaloConnection connection = this.source.connection();
		assertThat(connection.resourceServer()).isEqualTo(URI.create("http://127.0.0.1:" + this.port + "/sandbox/api"));
		assertThat(connection.authorizationServer())
			.isEqualTo(URI.create("http://127.0.0.1:" + this.port + "/sandbox/auth/"));
		assertThat(connection.tenant()).isEqualTo("sandbox");
		assertThat(connection.clientId()).isEqualTo("sandbox-client");
		assertThat(connection.clientSecret().matches("sandbox-secret")).isTrue();
		assertThat(connection.scope()).isEqualTo("all");
	}

	@Test
	void tokenUriOfTheConnectionIssuesATokenFromTheSandbox() {
		new SandboxCalls(this.web).requestToken(this.source.connection().tokenUri())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.access_token")
			.exists();
	}

	@Test
	void connectionIsRefusedBeforeTheServerStarts() {
		SandboxProperties properties = new SandboxProperties("sandbox-client", new Secret("sandbox-secret"), "sandbox",
				Duration.ofHours(1), 300, Duration.ofMinutes(5), true);
		assertThatIllegalStateException().isThrownBy(() -> new SandboxConnectionSource(properties).connection())
			.withMessage("sandbox not started yet");
	}

}
