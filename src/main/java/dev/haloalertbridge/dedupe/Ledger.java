package dev.haloalertbridge.dedupe;

import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.haloalertbridge.alert.Fingerprint;

/**
 * What the bridge remembers per fingerprint: its ticket and where it stands. A cache of
 * what can be derived again (open tickets are found again in Halo by fingerprint), not a
 * store of owed work: that lives in the outbox, where eviction cannot reach it.
 * <p>
 * {@link CaffeineLedger} is the in-memory implementation; a durable or Kafka-backed one
 * implements the same two operations.
 */
public interface Ledger {

	/**
	 * The entry for a fingerprint.
	 * @param fingerprint the alert identity
	 * @return its entry, if remembered
	 */
	Optional<LedgerEntry> find(Fingerprint fingerprint);

	/**
	 * Changes a fingerprint's entry atomically: no other change to that fingerprint runs
	 * in between, so an arriving alert and a Halo write finishing at the same time never
	 * lose each other's updates. The change may run more than once and must be pure.
	 * @param fingerprint the alert identity
	 * @param change from the current entry (empty if none) to the new one (empty to
	 * forget it)
	 * @return the new entry
	 */
	Optional<LedgerEntry> update(Fingerprint fingerprint, UnaryOperator<Optional<LedgerEntry>> change);

	/**
	 * How many fingerprints are remembered, roughly.
	 * @return the estimated size
	 */
	long size();

}
