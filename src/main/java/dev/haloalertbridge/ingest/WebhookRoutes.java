package dev.haloalertbridge.ingest;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The webhook route: {@code POST /webhooks/{source}}, with a trailing slash too (senders'
 * URL fields invite one, and it names the same source), and a 405 problem for any other
 * method there.
 * <p>
 * Webhooks are timed and counted by the bridge's own meters
 * ({@code bridge_webhook_duration_seconds}, {@code bridge_webhook_requests_total}), not
 * by Spring's {@code http.server.requests} observation: on the hot path that observation
 * cost about 6 % of a webhook's CPU (its context, key values and a timer looked up by
 * tags on every request). Other paths keep it.
 */
@Configuration(proxyBeanMethods = false)
class WebhookRoutes {

	@Bean
	RouterFunction<ServerResponse> webhookRoute(WebhookHandler webhooks) {
		RequestPredicate path = RequestPredicates.path("/webhooks/{source}")
			.or(RequestPredicates.path("/webhooks/{source}/"));
		return RouterFunctions.route()
			.route(path.and(RequestPredicates.method(HttpMethod.POST)), webhooks::receive)
			.route(path, webhooks::notPost)
			.build();
	}

	@Bean
	ObservationPredicate webhooksUnobserved() {
		return (name, context) -> !(context instanceof ServerRequestObservationContext server)
				|| !server.getCarrier().getPath().pathWithinApplication().value().startsWith("/webhooks/");
	}

}
