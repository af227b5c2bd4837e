package dev.haloalertbridge.ops;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the Halo connection check runs.
 *
 * @param onStartup whether the checklist is logged at start-up (failures as warnings; a
 * failing check never stops the bridge, which keeps accepting alerts)
 * @param interval how long the health component reuses its last checklist
 * @param teamProbe whether a team the API agent is not a member of, but that Halo lists
 * for it, is confirmed by opening a probe ticket in it, reading it back and closing it
 */
@Validated
@ConfigurationProperties("bridge.check")
public record CheckProperties(@DefaultValue("true") boolean onStartup, @DefaultValue("5m") @NotNull Duration interval,
		@DefaultValue("false") boolean teamProbe) {

	/**
	 * Settings without the probe.
	 * @param onStartup whether the checklist is logged at start-up
	 * @param interval how long the health component reuses its last checklist
	 */
	public CheckProperties(boolean onStartup, Duration interval) {
		this(onStartup, interval, false);
	}

	@ConstructorBinding
	public CheckProperties {
	}

}
