package dev.haloalertbridge.dedupe;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.haloalertbridge.alert.Fingerprint;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Fingerprint to ticket, in a Caffeine cache bounded in size and in time since the last
 * write. Its time comes from the injected {@link Clock}, so tests expire entries by
 * moving a fake clock.
 * <p>
 * In direct mode the ledger is memory only. After a restart the bridge finds open tickets
 * again in Halo by their {@code third_party_id_string}, so a forgotten fingerprint costs
 * a lookup, not a duplicate ticket.
 */
@Component
public class Ledger {

	private final Cache<Fingerprint, LedgerEntry> entries;

	Ledger(DedupeProperties properties, Clock clock, MeterRegistry registry) {
		this.entries = Caffeine.newBuilder()
			.maximumSize(properties.ledgerMaxEntries())
			.expireAfterWrite(properties.ledgerTtl())
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.build();
		Gauge.builder("bridge.ledger.entries", this.entries, Cache::estimatedSize)
			.description("Fingerprints the dedupe ledger remembers")
			.register(registry);
	}

	/**
	 * The entry for a fingerprint.
	 * @param fingerprint the alert identity
	 * @return its entry, if remembered
	 */
	public Optional<LedgerEntry> find(Fingerprint fingerprint) {
		return Optional.ofNullable(this.entries.getIfPresent(fingerprint));
	}

	/**
	 * Changes a fingerprint's entry atomically: no other change to that fingerprint runs
	 * in between, so the dedupe step and a Halo write finishing at the same time never
	 * lose each other's updates.
	 * @param fingerprint the alert identity
	 * @param change from the current entry (empty if none) to the new one (empty to
	 * forget it)
	 * @return the new entry
	 */
	public Optional<LedgerEntry> update(Fingerprint fingerprint,
			Function<Optional<LedgerEntry>, Optional<LedgerEntry>> change) {
		return Optional.ofNullable(this.entries.asMap()
			.compute(fingerprint, (key, current) -> change.apply(Optional.ofNullable(current)).orElse(null)));
	}

	/**
	 * A snapshot of every entry, for the periodic note and retry sweep.
	 * @return the entries
	 */
	public List<LedgerEntry> snapshot() {
		this.entries.cleanUp();
		return List.copyOf(this.entries.asMap().values());
	}

}
