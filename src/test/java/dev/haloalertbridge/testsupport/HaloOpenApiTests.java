package dev.haloalertbridge.testsupport;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The OpenAPI check the Halo tests rely on really refuses requests Halo's document does
 * not allow.
 */
class HaloOpenApiTests {

	private final WireMockServer halo = WireMockHalo.start();

	@AfterEach
	void stop() {
		this.halo.stop();
	}

	@Test
	void ticketBodyThatIsAnObjectInsteadOfAnArrayFailsValidation() {
		send("/api/Tickets", "{\"summary\":\"x\"}");
		assertThatThrownBy(() -> HaloOpenApi.assertEveryApiRequestValid(this.halo)).isInstanceOf(AssertionError.class);
	}

	@Test
	void actionWithAFieldHalosSchemaLacksFailsValidation() {
		send("/api/Actions", "[{\"ticket_id\":1,\"outcome_id\":7,\"not_a_halo_field\":true}]");
		assertThatThrownBy(() -> HaloOpenApi.assertEveryApiRequestValid(this.halo)).isInstanceOf(AssertionError.class);
	}

	@Test
	void wellFormedActionPassesValidation() {
		send("/api/Actions", "[{\"ticket_id\":1,\"outcome_id\":7,\"note_html\":\"<p>x</p>\",\"hiddenfromuser\":true}]");
		assertThat(HaloOpenApi.assertEveryApiRequestValid(this.halo)).isEqualTo(1);
	}

	@Test
	void getWithDeclaredParametersOfTheRightTypeHasNoProblems() {
		assertThat(HaloOpenApi.problemsWithGet("/Client", Map.of("pageinate", "false", "page_size", "50"))).isEmpty();
	}

	@Test
	void getWithAnUndeclaredQueryParameterHasAProblem() {
		assertThat(HaloOpenApi.problemsWithGet("/Team", Map.of("showeverything", "true")))
			.containsExactly("GET /Team declares no query parameter 'showeverything'");
	}

	@Test
	void getWithAValueOfTheWrongTypeHasAProblem() {
		assertThat(HaloOpenApi.problemsWithGet("/TicketType", Map.of("showinactive", "sometimes"))).isNotEmpty();
	}

	@Test
	void getOfAPathTheDocumentLacksHasAProblem() {
		assertThat(HaloOpenApi.problemsWithGet("/Teams", Map.of())).isNotEmpty();
	}

	private void send(String path, String body) {
		WebClient.create("http://127.0.0.1:" + this.halo.port())
			.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.headers((headers) -> headers.setBearerAuth("token-1"))
			.bodyValue(body)
			.retrieve()
			.toBodilessEntity()
			.block();
	}

}
