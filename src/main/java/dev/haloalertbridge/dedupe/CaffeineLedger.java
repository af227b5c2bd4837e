package dev.haloalertbridge.dedupe;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.haloalertbridge.alert.Fingerprint;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The ledger in a Caffeine cache bounded in size and in time since the last write.
 * Eviction loses only what Halo can tell again: owed writes are in the outbox. Its time
 * comes from the injected {@link Clock}, so tests expire entries by moving a fake clock.
 * <p>
 * In direct mode the ledger is memory only. After a restart the bridge finds open tickets
 * again in Halo by their {@code third_party_id_string}, so a forgotten fingerprint costs
 * a lookup, not a duplicate ticket.
 */
@Component
class CaffeineLedger implements Ledger {

	private final Cache<Fingerprint, LedgerEntry> entries;

	CaffeineLedger(DedupeProperties properties, Clock clock, MeterRegistry registry) {
		this.entries = Caffeine.newBuilder()
			.maximumSize(properties.ledgerMaxEntries())
			.expireAfterWrite(properties.ledgerTtl())
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.build();
		Gauge.builder("bridge.ledger.entries", this, CaffeineLedger::size)
			.description("Fingerprints the dedupe ledger remembers")
			.register(registry);
	}

	@Override
	public Optional<LedgerEntry> find(Fingerprint fingerprint) {
		return Optional.ofNullable(this.entries.getIfPresent(fingerprint));
	}

	@Override
	public Optional<LedgerEntry> update(Fingerprint fingerprint, UnaryOperator<Optional<LedgerEntry>> change) {
		return Optional.ofNullable(this.entries.asMap()
			.compute(fingerprint, (key, current) -> change.apply(Optional.ofNullable(current)).orElse(null)));
	}

	@Override
	public long size() {
		// Runs pending expiry and eviction first, so the count is current.
		this.entries.cleanUp();
		return this.entries.estimatedSize();
	}

}
