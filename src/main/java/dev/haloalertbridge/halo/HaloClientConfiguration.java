package dev.haloalertbridge.halo;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The one WebClient that talks to Halo, built once with explicit timeouts.
 */
@Configuration(proxyBeanMethods = false)
class HaloClientConfiguration {

	@Bean
	WebClient haloWebClient(WebClient.Builder builder, HaloProperties properties) {
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.connectTimeout().toMillis())
			.responseTimeout(properties.responseTimeout());
		return builder.clone().clientConnector(new ReactorClientHttpConnector(http)).build();
	}

}
