package dev.haloalertbridge.ingest.syslog;

import java.net.InetAddress;
import java.time.Clock;
import java.util.Optional;

import dev.haloalertbridge.alert.Alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one syslog message of a known source into its alert, whatever brought it (a
 * listener or a relay over HTTP): an unselected event and an unreadable message are
 * counted, the latter logged at most as often as the throttle allows, and neither fails.
 */
final class SyslogReader {

	private static final Logger logger = LoggerFactory.getLogger(SyslogReader.class);

	private final SyslogMetrics metrics;

	private final Clock clock;

	private final LogThrottle throttle;

	SyslogReader(SyslogMetrics metrics, Clock clock, LogThrottle throttle) {
		this.metrics = metrics;
		this.clock = clock;
		this.throttle = throttle;
	}

	Optional<Alert> read(Transport transport, SyslogSource source, InetAddress sender, String message) {
		try {
			Optional<Alert> alert = SyslogParser.parse(source, sender, message, this.clock.instant())
				.map((parsed) -> parsed.from(sender));
			if (alert.isEmpty()) {
				this.metrics.drop(transport, DropReason.NOT_SELECTED);
			}
			return alert;
		}
		catch (RuntimeException ex) {
			this.metrics.parseError(source.name());
			if (this.throttle.mayLog(sender)) {
				logger.warn("Unreadable syslog message skipped: source={} sender={} transport={} reason={}",
						source.name(), sender.getHostAddress(), transport.tag(), ex.getMessage());
			}
			return Optional.empty();
		}
	}

}
