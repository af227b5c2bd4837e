package dev.haloalertbridge.ingest.syslog;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.support.Secret;

import org.springframework.stereotype.Component;

/**
 * Syslog lines that a relay (rsyslog, Vector, Fluent Bit) forwards over HTTP instead of
 * UDP or TCP: {@code POST /webhooks/<syslog source>} with {@code text/plain}, one message
 * a line. The relay proves itself with the source's bearer token, and the lines are read
 * as the listeners read them; a garbled line is counted and skipped, never the whole
 * post. Works whether or not the listeners are enabled.
 */
@Component
public class SyslogRelay {

	private final SyslogSources sources;

	private final SyslogMetrics metrics;

	private final Map<String, Secret> tokens = new HashMap<>();

	private final SyslogReader reader;

	SyslogRelay(SyslogProperties properties, SyslogSources sources, SyslogMetrics metrics, Clock clock) {
		this.sources = sources;
		this.metrics = metrics;
		this.reader = new SyslogReader(metrics, clock, new LogThrottle(clock, Duration.ofMinutes(1)));
		properties.sources().forEach((name, source) -> {
			if (!source.token().isBlank()) {
				this.tokens.put(name, new Secret(source.token()));
			}
		});
	}

	/**
	 * Whether a syslog source of this name exists.
	 * @param source the name
	 * @return whether it is configured
	 */
	public boolean has(String source) {
		return this.sources.named(source).isPresent();
	}

	/**
	 * Whether the source takes relayed lines at all (it has a token).
	 * @param source the name
	 * @return whether a token is configured
	 */
	public boolean enabled(String source) {
		return this.tokens.containsKey(source);
	}

	/**
	 * Checks a relay's {@code Authorization} header in constant time.
	 * @param source the name
	 * @param authorization the header, empty when absent
	 * @return whether it carries the source's bearer token
	 */
	public boolean accepts(String source, String authorization) {
		Secret token = this.tokens.get(source);
		if (token == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return false;
		}
		return token.matches(authorization.substring(7).strip());
	}

	/**
	 * Reads every line of a relayed body.
	 * @param source the syslog source
	 * @param relay the relay's address, for throttled logging and the sender map
	 * @param body the lines
	 * @return the alerts of the lines that are selected events
	 */
	public List<Alert> read(String source, InetAddress relay, String body) {
		SyslogSource configured = this.sources.named(source).orElseThrow();
		List<Alert> alerts = new ArrayList<>();
		for (String line : body.split("\\r?\\n")) {
			if (line.isBlank()) {
				continue;
			}
			this.metrics.received(Transport.HTTP);
			this.reader.read(Transport.HTTP, configured, relay, line).ifPresent(alerts::add);
		}
		return alerts;
	}

}
