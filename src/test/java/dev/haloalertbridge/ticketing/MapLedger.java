package dev.haloalertbridge.ticketing;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.dedupe.Ledger;
import dev.haloalertbridge.dedupe.LedgerEntry;

/**
 * A ledger in a map, for unit tests of what uses the port.
 */
final class MapLedger implements Ledger {

	private final ConcurrentHashMap<Fingerprint, LedgerEntry> entries = new ConcurrentHashMap<>();

	@Override
	public Optional<LedgerEntry> find(Fingerprint fingerprint) {
		return Optional.ofNullable(this.entries.get(fingerprint));
	}

	@Override
	public Optional<LedgerEntry> update(Fingerprint fingerprint, UnaryOperator<Optional<LedgerEntry>> change) {
		return Optional.ofNullable(this.entries.compute(fingerprint,
				(key, current) -> change.apply(Optional.ofNullable(current)).orElse(null)));
	}

	@Override
	public long size() {
		return this.entries.size();
	}

}
