package dev.haloalertbridge.support;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The one clock every time-dependent decision reads, so tests replace it instead of
 * sleeping. An auto-configuration, so that its condition sees any clock the application
 * or a test defines.
 */
@AutoConfiguration
public class ClockConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
