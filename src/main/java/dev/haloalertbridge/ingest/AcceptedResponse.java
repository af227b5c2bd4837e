package dev.haloalertbridge.ingest;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.util.CollectionUtils;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * The webhook's 202, a response that writes itself: the status, {@code Content-Type} and
 * {@code Content-Length} set on the exchange's response and the JSON bytes
 * ({@link Accepted#toJson()}) in one buffer. Spring's response builder would copy its
 * headers into the response, look up a message writer for the bytes and run a body
 * inserter for them: a few percent of a webhook's CPU on the one hot path.
 */
final class AcceptedResponse implements ServerResponse {

	private static final MultiValueMap<String, ResponseCookie> NO_COOKIES = CollectionUtils
		.unmodifiableMultiValueMap(new LinkedMultiValueMap<>());

	private final byte[] json;

	AcceptedResponse(byte[] json) {
		this.json = json;
	}

	@Override
	public HttpStatusCode statusCode() {
		return HttpStatus.ACCEPTED;
	}

	@Override
	public HttpHeaders headers() {
		HttpHeaders headers = new HttpHeaders();
		describe(headers);
		return HttpHeaders.readOnlyHttpHeaders(headers);
	}

	@Override
	public MultiValueMap<String, ResponseCookie> cookies() {
		return NO_COOKIES;
	}

	@Override
	public Mono<Void> writeTo(ServerWebExchange exchange, Context context) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(HttpStatus.ACCEPTED);
		describe(response.getHeaders());
		return response.writeWith(Mono.just(response.bufferFactory().wrap(this.json)));
	}

	private void describe(HttpHeaders headers) {
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setContentLength(this.json.length);
	}

}
