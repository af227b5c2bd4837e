package dev.haloalertbridge.sandbox;

import java.time.Duration;

import dev.haloalertbridge.halo.HaloConnection;
import dev.haloalertbridge.support.Secret;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the in-memory Halo. Every value has a default, because the sandbox exists
 * to run without any setup; the credentials are the ones the sandbox's own connection
 * presents, so changing them only matters to callers from outside.
 *
 * @param clientId the Client ID the token endpoint accepts
 * @param clientSecret the Client Secret the token endpoint accepts
 * @param tenant the tenant expected as {@code ?tenant=}; {@code Not set} or blank turns
 * the check off, like an on-premises Halo
 * @param tokenLifetime how long an issued access token stays valid
 * @param rateLimitRequests requests allowed per rolling window
 * @param rateLimitWindow length of the rolling window
 * @param agentSeesAllTeams whether the API agent sees tickets of teams it is not a member
 * of; {@code false} hides them, as a Halo agent without that permission would
 */
@Validated
@ConfigurationProperties("bridge.sandbox")
record SandboxProperties(@DefaultValue("sandbox-client") @NotBlank String clientId,
		@DefaultValue("sandbox-secret") @NotNull Secret clientSecret, @DefaultValue("sandbox") String tenant,
		@DefaultValue("1h") @NotNull Duration tokenLifetime, @DefaultValue("300") @Positive int rateLimitRequests,
		@DefaultValue("5m") @NotNull Duration rateLimitWindow, @DefaultValue("true") boolean agentSeesAllTeams) {

	SandboxProperties {
		if (tokenLifetime.isNegative() || tokenLifetime.isZero() || rateLimitWindow.isNegative()
				|| rateLimitWindow.isZero()) {
			throw new IllegalArgumentException("bridge.sandbox durations must be positive");
		}
	}

	boolean checksTenant() {
		return !HaloConnection.isNoTenant(this.tenant);
	}

}
