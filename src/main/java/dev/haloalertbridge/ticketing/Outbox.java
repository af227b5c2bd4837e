package dev.haloalertbridge.ticketing;

import java.time.Instant;
import java.util.Optional;

import dev.haloalertbridge.halo.Lane;

/**
 * The writes the bridge owes Halo: never evicted, served by lane (most urgent first) and
 * then by due time, one per fingerprint and kind (a second owed note for the same ticket
 * merges into the first while it waits). What Halo refuses for good ends here as
 * rejected, so it is neither dropped silently nor retried for ever.
 * <p>
 * {@link MemoryOutbox} keeps it in memory (direct mode); a durable store or a Kafka topic
 * implements the same operations.
 */
interface Outbox {

	/**
	 * Owes a write, merging it with one already waiting for the same key.
	 * @param write the write
	 * @return false when the key was rejected for good earlier and nothing was owed
	 */
	boolean schedule(OwedWrite write);

	/**
	 * Takes the most urgent write that is due: the first lane with one, and its earliest.
	 * The write leaves the outbox; the caller settles it by completing it or handing it
	 * back with {@link #schedule} or {@link #reject}.
	 * @param now the current time
	 * @return the write, or empty when nothing is due
	 */
	Optional<OwedWrite> takeDue(Instant now);

	/**
	 * Sets a write aside for good: Halo refused it too often.
	 * @param write the write
	 */
	void reject(OwedWrite write);

	/**
	 * When the next write falls due.
	 * @return the earliest due time, or empty when nothing is owed
	 */
	Optional<Instant> nextDue();

	/**
	 * Writes owed (rejected ones not counted).
	 * @return the number waiting
	 */
	int size();

	/**
	 * Writes waiting in a lane.
	 * @param lane the lane
	 * @return the number waiting
	 */
	int depth(Lane lane);

	/**
	 * When the longest-owed write of a lane was first owed.
	 * @param lane the lane
	 * @return its time, or empty when the lane is empty
	 */
	Optional<Instant> oldest(Lane lane);

	/**
	 * Writes set aside as rejected.
	 * @return the number rejected
	 */
	int rejected();

}
