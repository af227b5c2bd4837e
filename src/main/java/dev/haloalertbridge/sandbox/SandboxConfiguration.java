package dev.haloalertbridge.sandbox;

import java.time.Clock;

import dev.haloalertbridge.halo.HaloConnectionSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Everything the sandbox adds to the application, and only with the {@code sandbox}
 * profile. Time comes from the application's {@link Clock} bean when there is exactly one
 * (tests supply a fake one), otherwise from the UTC system clock.
 */
@Configuration(proxyBeanMethods = false)
@Profile("sandbox")
class SandboxConfiguration {

	@Bean
	SandboxHalo sandboxHalo(SandboxProperties properties, ObjectProvider<Clock> clock) {
		return new SandboxHalo(properties, clock.getIfUnique(Clock::systemUTC));
	}

	@Bean
	RouterFunction<ServerResponse> sandboxRoutes(SandboxHalo sandboxHalo) {
		return new SandboxRoutes(sandboxHalo).routes();
	}

	@Bean
	HaloConnectionSource sandboxConnectionSource(SandboxProperties properties) {
		return new SandboxConnectionSource(properties);
	}

}
