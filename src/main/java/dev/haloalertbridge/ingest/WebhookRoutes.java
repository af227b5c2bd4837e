package dev.haloalertbridge.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The webhook route: {@code POST /webhooks/{source}}, with a trailing slash too (senders'
 * URL fields invite one, and it names the same source), and a 405 problem for any other
 * method there.
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

}
