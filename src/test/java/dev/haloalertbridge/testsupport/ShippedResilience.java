package dev.haloalertbridge.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.common.CompositeCustomizer;
import io.github.resilience4j.common.circuitbreaker.configuration.CommonCircuitBreakerConfigurationProperties;
import io.github.resilience4j.common.retry.configuration.CommonRetryConfigurationProperties;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.env.PropertySource;

/**
 * The retry and circuit breaker policies named {@code halo} exactly as the shipped
 * {@code application.yaml} declares them, read by Resilience4j's own configuration
 * classes, so unit tests run the policy the application ships rather than a hand-wired
 * copy.
 */
public final class ShippedResilience {

	private ShippedResilience() {
	}

	/**
	 * The shipped retry policy, with only its waits shortened when asked (the attempts
	 * and which failures are retried stay as shipped).
	 * @param wait the wait between attempts, or null for the shipped waits
	 * @return a registry holding the {@code halo} retry
	 */
	public static RetryRegistry retries(Duration wait) {
		CommonRetryConfigurationProperties properties = binder()
			.bind("resilience4j.retry", CommonRetryConfigurationProperties.class)
			.get();
		CommonRetryConfigurationProperties.InstanceProperties halo = properties.getInstances().get("halo");
		if (wait != null) {
			halo.setWaitDuration(wait);
			halo.setExponentialMaxWaitDuration(wait.multipliedBy(4));
		}
		RetryConfig config = properties.createRetryConfig("halo", new CompositeCustomizer<>(List.of()));
		RetryRegistry registry = RetryRegistry.ofDefaults();
		registry.addConfiguration("halo", config);
		registry.retry("halo", config);
		return registry;
	}

	/**
	 * The shipped circuit breaker policy.
	 * @return a registry holding the {@code halo} circuit breaker
	 */
	public static CircuitBreakerRegistry breakers() {
		CommonCircuitBreakerConfigurationProperties properties = binder()
			.bind("resilience4j.circuitbreaker", CommonCircuitBreakerConfigurationProperties.class)
			.get();
		CircuitBreakerConfig config = properties.createCircuitBreakerConfig("halo",
				properties.getInstances().get("halo"), new CompositeCustomizer<>(List.of()));
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
		registry.circuitBreaker("halo", config);
		return registry;
	}

	private static Binder binder() {
		try {
			List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application.yaml",
					new ClassPathResource("application.yaml"));
			return new Binder(ConfigurationPropertySources.from(sources));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
