package dev.haloalertbridge.ticketing;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import dev.haloalertbridge.halo.Lane;

/**
 * The outbox in memory: a map by key and, per lane, a set ordered by due time, so taking
 * the next write costs a look at one head per lane, never a walk over everything owed.
 * Operations are short and synchronized; none waits for I/O. A repeat merged into a write
 * that keeps its lane and due time (the common case: a note already owed) replaces the
 * write in its slot without re-sorting the lane.
 */
final class MemoryOutbox implements Outbox {

	private final Map<OwedWrite.Key, Slot> waiting = new HashMap<>();

	private final Map<Lane, TreeSet<Slot>> lanes = new EnumMap<>(Lane.class);

	private final Map<OwedWrite.Key, OwedWrite> rejected = new HashMap<>();

	private long sequence;

	MemoryOutbox() {
		Comparator<Slot> byDue = Comparator.comparing(Slot::due).thenComparingLong(Slot::sequence);
		for (Lane lane : Lane.values()) {
			this.lanes.put(lane, new TreeSet<>(byDue));
		}
	}

	@Override
	public synchronized boolean schedule(OwedWrite write) {
		OwedWrite.Key key = write.key();
		if (this.rejected.containsKey(key)) {
			return false;
		}
		Slot current = this.waiting.get(key);
		OwedWrite merged = write;
		if (current != null) {
			merged = current.write().merge(write);
			if (merged.lane() == current.write().lane() && merged.due().equals(current.due())) {
				current.write = merged;
				return true;
			}
			this.waiting.remove(key);
			this.lanes.get(current.write().lane()).remove(current);
		}
		Slot slot = new Slot(merged, this.sequence++);
		this.waiting.put(key, slot);
		this.lanes.get(merged.lane()).add(slot);
		return true;
	}

	@Override
	public synchronized Optional<OwedWrite> takeDue(Instant now) {
		for (TreeSet<Slot> lane : this.lanes.values()) {
			if (!lane.isEmpty() && !lane.first().write().due().isAfter(now)) {
				Slot slot = lane.pollFirst();
				this.waiting.remove(slot.write().key());
				return Optional.of(slot.write());
			}
		}
		return Optional.empty();
	}

	@Override
	public synchronized void reject(OwedWrite write) {
		Slot current = this.waiting.remove(write.key());
		if (current != null) {
			this.lanes.get(current.write().lane()).remove(current);
		}
		this.rejected.put(write.key(), write);
	}

	@Override
	public synchronized Optional<Instant> nextDue() {
		return this.lanes.values()
			.stream()
			.filter((lane) -> !lane.isEmpty())
			.map((lane) -> lane.first().write().due())
			.min(Comparator.naturalOrder());
	}

	@Override
	public synchronized int size() {
		return this.waiting.size();
	}

	@Override
	public synchronized int depth(Lane lane) {
		return this.lanes.get(lane).size();
	}

	@Override
	public synchronized Optional<Instant> oldest(Lane lane) {
		return this.lanes.get(lane).stream().map((slot) -> slot.write().since()).min(Comparator.naturalOrder());
	}

	@Override
	public synchronized int rejected() {
		return this.rejected.size();
	}

	/**
	 * A write and the order it was owed in, which breaks ties between equal due times.
	 * The due time it is sorted by is fixed; the write may be replaced by one due at the
	 * same time in the same lane.
	 */
	private static final class Slot {

		private final Instant due;

		private final long sequence;

		private OwedWrite write;

		Slot(OwedWrite write, long sequence) {
			this.due = write.due();
			this.sequence = sequence;
			this.write = write;
		}

		Instant due() {
			return this.due;
		}

		long sequence() {
			return this.sequence;
		}

		OwedWrite write() {
			return this.write;
		}

	}

}
