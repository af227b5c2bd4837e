package dev.haloalertbridge.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import tools.jackson.databind.node.ObjectNode;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code POST /sandbox/auth/token}: Halo's OAuth client-credentials grant. Checks, in
 * order, the tenant (401 {@code invalid_client} when missing or wrong, since a hosted
 * Halo cannot tell whose client it is), the grant type (400
 * {@code unsupported_grant_type}), the client (401 {@code invalid_client}) and the scopes
 * (400 {@code invalid_scope}). A missing scope means {@code all}.
 */
final class TokenHandler {

	private final SandboxTokens tokens;

	private final SandboxProperties properties;

	TokenHandler(SandboxTokens tokens, SandboxProperties properties) {
		this.tokens = tokens;
		this.properties = properties;
	}

	Mono<ServerResponse> token(ServerRequest request) {
		return request.formData().flatMap((form) -> respond(request, form));
	}

	private Mono<ServerResponse> respond(ServerRequest request, MultiValueMap<String, String> form) {
		if (this.properties.checksTenant()
				&& !request.queryParam("tenant").filter(this.properties.tenant()::equals).isPresent()) {
			return error(HttpStatus.UNAUTHORIZED, "invalid_client", "Unknown or missing tenant");
		}
		if (!"client_credentials".equals(form.getFirst("grant_type"))) {
			return error(HttpStatus.BAD_REQUEST, "unsupported_grant_type", "Only client_credentials is supported");
		}
		if (!this.properties.clientId().equals(form.getFirst("client_id"))
				|| !this.properties.clientSecret().matches(valueOf(form.getFirst("client_secret")))) {
			return error(HttpStatus.UNAUTHORIZED, "invalid_client", "Invalid client_id or client_secret");
		}
		Set<String> scopes = scopes(form.getFirst("scope"));
		if (!SandboxTokens.KNOWN_SCOPES.containsAll(scopes)) {
			return error(HttpStatus.BAD_REQUEST, "invalid_scope", "Unknown scope requested");
		}
		return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(grant(scopes));
	}

	private ObjectNode grant(Set<String> scopes) {
		ObjectNode body = Json.object();
		body.put("access_token", this.tokens.issue(scopes));
		body.put("token_type", "Bearer");
		body.put("expires_in", this.tokens.lifetime().toSeconds());
		body.put("scope", String.join(" ", scopes));
		body.put("refresh_token", this.tokens.randomToken());
		body.put("id_token", idToken());
		return body;
	}

	/** An unsigned JWT naming the agent the application acts as, as Halo's does. */
	private String idToken() {
		ObjectNode claims = Json.object();
		claims.put("sub", String.valueOf(SandboxSeed.AGENT.id()));
		claims.put("name", SandboxSeed.AGENT.name());
		claims.put("email", SandboxSeed.AGENT.email());
		return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(claims.toString()) + ".";
	}

	private static String encode(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	private static Set<String> scopes(String scope) {
		String requested = (scope == null || scope.isBlank()) ? "all" : scope;
		return Arrays.stream(requested.strip().split("\\s+")).collect(Collectors.toCollection(TreeSet::new));
	}

	private static String valueOf(String value) {
		return (value != null) ? value : "";
	}

	private static Mono<ServerResponse> error(HttpStatus status, String error, String description) {
		ObjectNode body = Json.object().put("error", error).put("error_description", description);
		return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).bodyValue(body);
	}

}
