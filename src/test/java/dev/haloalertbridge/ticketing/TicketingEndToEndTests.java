package dev.haloalertbridge.ticketing;

import java.io.IOException;
import java.time.Duration;

import dev.haloalertbridge.testsupport.BridgeTest;
import dev.haloalertbridge.testsupport.HaloOpenApi;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Alerts in over HTTP, tickets and notes out to a WireMock Halo, with every Halo request
 * checked against Halo's OpenAPI document.
 */
@BridgeTest
class TicketingEndToEndTests extends EndToEndTestBase {

	@Test
	void firingRepeatsAndResolvedMakeOneTicketOneCoalescedNoteAndAClosingNote() throws IOException {
		String firing = fixture("host-down-firing.json");
		postAlertmanager(firing);
		await().until(() -> ticketPosts().size() == 1);
		JsonNode ticket = this.json.readTree(ticketPosts().get(0).getBodyAsString()).get(0);
		assertThat(ticket.path("client_id").asInt()).isEqualTo(12);
		assertThat(ticket.path("site_id").asInt()).isEqualTo(34);
		assertThat(ticket.path("team").asString()).isEqualTo("Service Desk");
		assertThat(ticket.path("priority_id").asInt()).isEqualTo(1);
		assertThat(ticket.path("summary").asString()).isEqualTo("[CRITICAL] fs01.acme.example.com is unreachable");
		assertThat(ticket.path("third_party_id_string").asString()).startsWith("alertmanager:");

		double repeats = decided("repeat");
		postAlertmanager(firing);
		postAlertmanager(firing);
		await().until(() -> decided("repeat") == repeats + 2 && this.worker.idle());
		assertThat(ticketPosts()).hasSize(1);
		assertThat(actionPosts()).isEmpty();

		this.clock.advance(Duration.ofMinutes(11));
		await().until(() -> actionPosts().size() == 1);
		JsonNode note = this.json.readTree(actionPosts().get(0).getBodyAsString()).get(0);
		assertThat(note.path("ticket_id").asLong()).isEqualTo(4321);
		assertThat(note.path("hiddenfromuser").asBoolean()).isTrue();
		assertThat(note.path("outcome_id").asInt()).isEqualTo(7);
		assertThat(note.path("note_html").asString()).contains("<strong>2</strong> more times");

		postAlertmanager(fixture("host-down-resolved.json"));
		await().until(() -> actionPosts().size() == 2);
		JsonNode resolved = this.json.readTree(actionPosts().get(1).getBodyAsString()).get(0);
		assertThat(resolved.path("new_status").asInt()).isEqualTo(9);
		assertThat(resolved.path("note_html").asString()).contains("Alert resolved");
		assertThat(HaloOpenApi.assertEveryApiRequestValid(this.halo)).isGreaterThanOrEqualTo(4);
	}

	@Test
	void oneMessageWithTwoAlertsOpensTwoTickets() throws IOException {
		postAlertmanager(fixture("disk-space-group-two-alerts.json"));
		await().until(() -> ticketPosts().size() == 2);
		assertThat(ticketPosts())
			.extracting((request) -> this.json.readTree(request.getBodyAsString())
				.get(0)
				.path("third_party_id_string")
				.asString())
			.doesNotHaveDuplicates();
		HaloOpenApi.assertEveryApiRequestValid(this.halo);
	}

	@Test
	void alertTextIsEscapedInTicketHtml() {
		postGeneric("{\"id\":\"xss-1\",\"title\":\"<script>alert(1)</script>\",\"customer\":\"ACME-001\","
				+ "\"description\":\"line1\\n<b>bold</b> & more\",\"labels\":{\"<k>\":\"\\\"v\\\"\"}}");
		await().until(() -> ticketPosts().size() == 1);
		JsonNode ticket = this.json.readTree(ticketPosts().get(0).getBodyAsString()).get(0);
		String html = ticket.path("details_html").asString();
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("line1<br>&lt;b&gt;bold&lt;/b&gt; &amp; more")
			.contains("&lt;k&gt;")
			.contains("&quot;v&quot;")
			.doesNotContain("<script>")
			.doesNotContain("<b>");
	}

}
