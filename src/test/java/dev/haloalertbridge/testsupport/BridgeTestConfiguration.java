package dev.haloalertbridge.testsupport;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Beans every {@link BridgeTest} shares: the movable clock, the WireMock Halo's
 * connection settings, and an adapter with a bug (source {@code faulty}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class BridgeTestConfiguration {

	@Bean
	MutableClock clock() {
		return new MutableClock(Instant.parse("2026-03-02T09:15:00Z"));
	}

	@Bean
	FaultyAdapter faultyAdapter() {
		return new FaultyAdapter();
	}

	@Bean
	DynamicPropertyRegistrar haloProperties() {
		return (registry) -> WireMockHalo.register(WireMockHalo.shared(), registry);
	}

}
