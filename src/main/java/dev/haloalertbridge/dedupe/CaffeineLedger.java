package dev.haloalertbridge.dedupe;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
 * Eviction loses only what Halo can tell again: owed writes are in the outbox. An entry
 * that owes nothing is kept compact ({@link SettledEntry}, keyed by a {@link LedgerKey}),
 * without its alert's text. Its time comes from the injected {@link Clock}, so tests
 * expire entries by moving a fake clock.
 * <p>
 * In direct mode the ledger is memory only. After a restart the bridge finds open tickets
 * again in Halo by their {@code third_party_id_string}, so a forgotten fingerprint costs
 * a lookup, not a duplicate ticket.
 */
@Component
class CaffeineLedger implements Ledger {

	// A LedgerEntry while something is owed, a SettledEntry once nothing is.
	private final Cache<LedgerKey, Object> entries;

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
		LedgerKey key = LedgerKey.of(fingerprint);
		return Optional.ofNullable(this.entries.getIfPresent(key)).map((stored) -> expand(key, fingerprint, stored));
	}

	@Override
	public Optional<LedgerEntry> update(Fingerprint fingerprint, UnaryOperator<Optional<LedgerEntry>> change) {
		// The entry as the change made it, not as it is stored.
		List<LedgerEntry> next = new ArrayList<>(1);
		this.entries.asMap().compute(LedgerKey.of(fingerprint), (key, current) -> {
			next.clear();
			Optional<LedgerEntry> changed = change
				.apply(Optional.ofNullable(current).map((known) -> expand(key, fingerprint, known)));
			changed.ifPresent(next::add);
			return changed.map(CaffeineLedger::compact).orElse(null);
		});
		return next.stream().findFirst();
	}

	private static Object compact(LedgerEntry entry) {
		return entry.settled() ? SettledEntry.of(entry) : entry;
	}

	private static LedgerEntry expand(LedgerKey key, Fingerprint fingerprint, Object stored) {
		return (stored instanceof SettledEntry settled) ? settled.toEntry(key, fingerprint) : (LedgerEntry) stored;
	}

	@Override
	public long size() {
		// Runs pending expiry and eviction first, so the count is current.
		this.entries.cleanUp();
		return this.entries.estimatedSize();
	}

}
