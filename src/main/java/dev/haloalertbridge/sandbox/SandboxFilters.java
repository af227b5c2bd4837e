package dev.haloalertbridge.sandbox;

import java.util.Optional;

import dev.haloalertbridge.sandbox.SandboxTokens.ScopeArea;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The rate limit and the bearer-token check that wrap the sandbox's API routes.
 */
final class SandboxFilters {

	private static final String BEARER = "Bearer ";

	private final SandboxHalo halo;

	SandboxFilters(SandboxHalo halo) {
		this.halo = halo;
	}

	/**
	 * 429 with Halo's JSON string body and no {@code Retry-After}, once the window is
	 * full.
	 */
	HandlerFilterFunction<ServerResponse, ServerResponse> rateLimit() {
		return (request, next) -> Mono.defer(() -> {
			SandboxRateWindow window = this.halo.rateWindow();
			if (window.tryAcquire()) {
				return next.handle(request);
			}
			return ServerResponse.status(HttpStatus.TOO_MANY_REQUESTS)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Json.string(window.message()));
		});
	}

	/**
	 * 401 (empty, {@code WWW-Authenticate: Bearer}) without a live token; 403 (empty)
	 * when its scopes do not cover the area. POSTs need {@code edit:}, GETs
	 * {@code read:}.
	 */
	HandlerFilterFunction<ServerResponse, ServerResponse> scope(ScopeArea area) {
		return (request, next) -> Mono.defer(() -> {
			Optional<SandboxTokens.Issued> token = bearer(request).flatMap(this.halo.tokens()::lookup);
			if (token.isEmpty()) {
				return ServerResponse.status(HttpStatus.UNAUTHORIZED)
					.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
					.build();
			}
			if (!token.get().permits(area, HttpMethod.POST.equals(request.method()))) {
				return ServerResponse.status(HttpStatus.FORBIDDEN).build();
			}
			return next.handle(request);
		});
	}

	private static Optional<String> bearer(ServerRequest request) {
		return Optional.ofNullable(request.headers().firstHeader(HttpHeaders.AUTHORIZATION))
			.filter((value) -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
			.map((value) -> value.substring(BEARER.length()).strip())
			.filter((value) -> !value.isEmpty());
	}

}
