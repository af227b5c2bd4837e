package dev.haloalertbridge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.haloalertbridge.testsupport.MutableClock;
import dev.haloalertbridge.testsupport.SandboxTickets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a new user does after the README's run command: the README's own curl example,
 * posted over real HTTP to the bridge in the sandbox profile, opens one sandbox ticket;
 * the same post again opens none but adds one note after the coalescing interval; the
 * resolved alert closes the ticket.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("sandbox")
@AutoConfigureWebTestClient
class ReadmeExampleTests {

	private static final Pattern CURL = Pattern.compile(
			"curl -s -X POST http://localhost:8080(/webhooks/\\S+) \\\\\\n\\s+-H 'Authorization: ([^']+)'.*?--data '([^']+)'",
			Pattern.DOTALL);

	@Autowired
	private WebTestClient web;

	@Autowired
	private MutableClock clock;

	@Test
	void readmeCurlExampleOpensOneTicketThenOneCoalescedNoteThenCloses() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		Matcher example = CURL.matcher(readme);
		assertThat(example.find()).as("the README's curl example").isTrue();
		String path = example.group(1);
		String authorization = example.group(2);
		String body = example.group(3);

		post(path, authorization, body);
		await().until(() -> tickets().size() == 1);
		JsonNode ticket = tickets().get(0);
		assertThat(ticket.path("client_name").asString()).isEqualTo("Acme Dental");
		assertThat(ticket.path("client_id").asInt()).isEqualTo(12);
		assertThat(ticket.path("team").asString()).isEqualTo("Service Desk");
		assertThat(ticket.path("team_id").asInt()).isEqualTo(4);
		assertThat(ticket.path("priority").asString()).isEqualTo("Critical");
		assertThat(ticket.path("priority_id").asInt()).isEqualTo(1);
		assertThat(readme).contains("client *" + ticket.path("client_name").asString() + "*",
				"team *" + ticket.path("team").asString() + "*",
				"priority *" + ticket.path("priority").asString() + "*");
		assertThat(ticket.path("summary").asString()).isEqualTo("[CRITICAL] fs01.acme.example.com is unreachable");

		post(path, authorization, body);
		this.clock.advance(Duration.ofSeconds(25));
		await().until(() -> tickets().get(0).path("actions").size() == 2);
		assertThat(tickets()).hasSize(1);
		assertThat(tickets().get(0).path("actions").get(1).path("note_html").asString())
			.contains("<strong>1</strong> more time since the last update");

		post(path, authorization,
				body.replace("\"alerts\":[{\"status\":\"firing\"", "\"alerts\":[{\"status\":\"resolved\""));
		await().until(() -> tickets().get(0).path("hasbeenclosed").asBoolean());
		assertThat(tickets().get(0).path("status").asString()).isEqualTo("Closed");
	}

	private void post(String path, String authorization, String body) {
		this.web.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isAccepted();
	}

	private JsonNode tickets() {
		return SandboxTickets.list(this.web);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		MutableClock clock() {
			return new MutableClock(Instant.parse("2026-03-02T09:15:00Z"));
		}

	}

}
