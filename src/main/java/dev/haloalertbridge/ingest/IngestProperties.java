package dev.haloalertbridge.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import dev.haloalertbridge.alert.Severity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How alerts come in: webhook limits, what a 503 asks for, and each source's credentials.
 *
 * @param maxBodySize the largest webhook body accepted; larger ones get 413
 * @param readTimeout the longest pause between two reads of a request body; a sender that
 * stalls longer is disconnected
 * @param requestTimeout the longest time to receive a whole request body, so a sender
 * that trickles it cannot hold a connection for ever
 * @param retryAfter what a 503 tells the sender to wait
 * @param defaultSeverity the severity of an alert that names none
 * @param sources the sources by name: vendor, credentials and options; a source without
 * credentials is not enabled
 */
@Validated
@ConfigurationProperties("bridge.ingest")
public record IngestProperties(@DefaultValue("1MB") @NotNull DataSize maxBodySize,
		@DefaultValue("10s") @NotNull Duration readTimeout, @DefaultValue("60s") @NotNull Duration requestTimeout,
		@DefaultValue("30s") @NotNull Duration retryAfter, @DefaultValue("medium") @NotNull Severity defaultSeverity,
		@DefaultValue Map<String, @Valid SourceProperties> sources) {

	/**
	 * The credentials configured for a source.
	 * @param source the source name
	 * @return its credentials, or empty when it is not configured or has none
	 */
	Optional<SourceCredentials> credentials(String source) {
		return Optional.ofNullable(this.sources.get(source)).flatMap(SourceProperties::credentials);
	}

}
