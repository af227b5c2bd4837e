package dev.haloalertbridge.sandbox;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The bridge in the sandbox profile on a random port, with a fresh sandbox and a token
 * for each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("sandbox")
@AutoConfigureWebTestClient
abstract class SandboxHttpTests {

	@Autowired
	protected WebTestClient web;

	@Autowired
	protected SandboxHalo halo;

	protected SandboxCalls calls;

	protected String token;

	@BeforeEach
	void resetSandbox() {
		this.halo.reset();
		this.calls = new SandboxCalls(this.web);
		this.token = this.calls.token();
	}

}
