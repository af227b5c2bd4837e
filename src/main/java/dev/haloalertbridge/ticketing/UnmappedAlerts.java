package dev.haloalertbridge.ticketing;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.ingest.Sources;
import dev.haloalertbridge.mapping.MappingProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Alerts no mapping rule matched: counted per source
 * ({@code bridge_alerts_unmapped_total}), logged the first time each fingerprint is seen,
 * and the most recent {@value #KEPT} fingerprints kept for the admin listing, so an
 * unmapped customer is found without reading logs. Whether they still get a ticket
 * (default client) or not (rejected) is {@code bridge.mapping.unmapped}.
 */
@Component
public class UnmappedAlerts {

	static final int KEPT = 1000;

	private static final Logger logger = LoggerFactory.getLogger(UnmappedAlerts.class);

	private final MeterRegistry registry;

	private final Cache<Fingerprint, Seen> seen = Caffeine.newBuilder().maximumSize(KEPT).build();

	@Autowired
	UnmappedAlerts(MeterRegistry registry, Sources sources, MappingProperties mapping) {
		this(registry, sources.names(), mapping.unmapped());
	}

	UnmappedAlerts(MeterRegistry registry, Collection<String> sources, MappingProperties.Unmapped policy) {
		this.registry = registry;
		sources.forEach((source) -> counter(source, outcome(policy)));
	}

	/**
	 * Records an alert no rule matched.
	 * @param alert the alert
	 * @param ticketed whether it still goes to the default client
	 * @param now the time
	 */
	void record(Alert alert, boolean ticketed, Instant now) {
		String outcome = ticketed ? "default_client" : "rejected";
		counter(alert.source(), outcome).increment();
		Seen before = this.seen.asMap()
			.compute(alert.fingerprint(), (fingerprint, known) -> (known != null) ? known.again(alert, now)
					: Seen.first(alert, outcome, now));
		if (before.count() == 1) {
			logger.info("Unmapped alert, no rule matched: source={} customer={} device={} fingerprint={} outcome={}",
					alert.source(), alert.customerKey(), alert.device(), alert.fingerprint(), outcome);
		}
	}

	/**
	 * The unmapped alerts kept, the most recent first.
	 * @return them
	 */
	public List<Seen> recent() {
		return this.seen.asMap().values().stream().sorted(Comparator.comparing(Seen::lastSeen).reversed()).toList();
	}

	private Counter counter(String source, String outcome) {
		return Counter.builder("bridge.alerts.unmapped")
			.description("Alerts no mapping rule matched, by what became of them")
			.tag("source", source)
			.tag("outcome", outcome)
			.register(this.registry);
	}

	private static String outcome(MappingProperties.Unmapped policy) {
		return (policy == MappingProperties.Unmapped.DEFAULT_CLIENT) ? "default_client" : "rejected";
	}

	/**
	 * One unmapped fingerprint.
	 *
	 * @param fingerprint the alert identity
	 * @param source the source it came from
	 * @param customer the customer key the alert carried (what a rule would match)
	 * @param device the device
	 * @param title the latest title
	 * @param outcome {@code default_client} or {@code rejected}
	 * @param count how many times it arrived while kept
	 * @param firstSeen when it first arrived
	 * @param lastSeen when it last arrived
	 */
	public record Seen(String fingerprint, String source, String customer, String device, String title, String outcome,
			long count, Instant firstSeen, Instant lastSeen) {

		static Seen first(Alert alert, String outcome, Instant now) {
			return new Seen(alert.fingerprint().value(), alert.source(), alert.customerKey(), alert.device(),
					alert.title(), outcome, 1, now, now);
		}

		Seen again(Alert alert, Instant now) {
			return new Seen(this.fingerprint, this.source, this.customer, this.device, alert.title(), this.outcome,
					this.count + 1, this.firstSeen, now);
		}

	}

}
