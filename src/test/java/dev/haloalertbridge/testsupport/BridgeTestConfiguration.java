package dev.haloalertbridge.testsupport;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Beans every {@link BridgeTest} shares: the movable clock and the WireMock Halo's
 * connection settings.
 */
@TestConfiguration(proxyBeanMethods = false)
public class BridgeTestConfiguration {

	@Bean
	MutableClock clock() {
		return new MutableClock(Instant.parse("2026-03-02T09:15:00Z"));
	}

	@Bean
	DynamicPropertyRegistrar haloProperties() {
		return (registry) -> WireMockHalo.register(WireMockHalo.shared(), registry);
	}

}
