package dev.haloalertbridge.sandbox;

import java.time.Duration;
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
	 * 429 with Halo's JSON string body once the window is full. Halo does not document a
	 * {@code Retry-After}, but clients read one when it is there, so the sandbox sends
	 * the whole seconds (rounded up, at least 1) until the oldest counted request leaves
	 * the window: a client that waits that long gets in.
	 */
	HandlerFilterFunction<ServerResponse, ServerResponse> rateLimit() {
		return (request, next) -> Mono.defer(() -> {
			SandboxRateWindow window = this.halo.rateWindow();
			Optional<Duration> wait = window.acquireOrWait();
			if (wait.isEmpty()) {
				return next.handle(request);
			}
			return ServerResponse.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(wholeSecondsUp(wait.get())))
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

	private static long wholeSecondsUp(Duration wait) {
		long seconds = wait.getSeconds() + ((wait.getNano() > 0) ? 1 : 0);
		return Math.max(1, seconds);
	}

	private static Optional<String> bearer(ServerRequest request) {
		return Optional.ofNullable(request.headers().firstHeader(HttpHeaders.AUTHORIZATION))
			.filter((value) -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
			.map((value) -> value.substring(BEARER.length()).strip())
			.filter((value) -> !value.isEmpty());
	}

}
