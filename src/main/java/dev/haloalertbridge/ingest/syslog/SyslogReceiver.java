package dev.haloalertbridge.ingest.syslog;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.ingest.Intake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * What happens to one framed message, whatever the transport: find the sender's source,
 * read the message, hand its alert to the {@link Intake}, count the outcome. It never
 * fails, so one bad message cannot stop a listener; problems are logged at most once per
 * sender per minute.
 */
final class SyslogReceiver {

	private static final Logger logger = LoggerFactory.getLogger(SyslogReceiver.class);

	private final SyslogSources sources;

	private final Intake intake;

	private final SyslogMetrics metrics;

	private final LogThrottle throttle;

	private final SyslogReader reader;

	SyslogReceiver(SyslogSources sources, Intake intake, SyslogMetrics metrics, Clock clock) {
		this.sources = sources;
		this.intake = intake;
		this.metrics = metrics;
		this.throttle = new LogThrottle(clock, Duration.ofMinutes(1));
		this.reader = new SyslogReader(metrics, clock, this.throttle);
	}

	Mono<Void> receive(Transport transport, InetAddress sender, String message) {
		this.metrics.received(transport);
		Optional<SyslogSource> source = this.sources.match(sender);
		if (source.isEmpty()) {
			this.metrics.drop(transport, DropReason.UNKNOWN_SENDER);
			if (this.throttle.mayLog(sender)) {
				logger.warn("Syslog from an unknown sender dropped: sender={} transport={}", sender.getHostAddress(),
						transport.tag());
			}
			return Mono.empty();
		}
		Optional<Alert> alert = this.reader.read(transport, source.get(), sender, message);
		if (alert.isEmpty()) {
			return Mono.empty();
		}
		return admit(transport, sender, source.get().name(), alert.get());
	}

	void oversized(Transport transport, InetAddress sender) {
		this.metrics.received(transport);
		this.metrics.drop(transport, DropReason.OVERSIZED);
		if (this.throttle.mayLog(sender)) {
			logger.warn("Syslog message too large, skipped: sender={} transport={}", sender.getHostAddress(),
					transport.tag());
		}
	}

	private Mono<Void> admit(Transport transport, InetAddress sender, String source, Alert alert) {
		return this.intake.admit(List.of(alert))
			.onErrorResume((ex) -> Mono.just(Intake.Admission.CLOSED))
			.doOnNext((admission) -> {
				if (admission == Intake.Admission.ACCEPTED) {
					this.metrics.alert(source);
				}
				else {
					this.metrics.drop(transport, DropReason.INTAKE_REFUSED);
				}
				if (admission != Intake.Admission.ACCEPTED && this.throttle.mayLog(sender)) {
					logger.warn("Syslog alert dropped, the intake refused it: source={} fingerprint={} admission={}",
							source, alert.fingerprint(), admission);
				}
			})
			.then();
	}

}
