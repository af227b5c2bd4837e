package dev.haloalertbridge.ticketing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import dev.haloalertbridge.alert.Fingerprint;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Fingerprints the dedupe step has marked for a Halo write, in order, each at most once
 * however many alerts arrive for it meanwhile: its size is bounded by the ledger's. The
 * write step reads the ledger to learn what each one is owed.
 */
@Component
class OwedWrites {

	private final Set<Fingerprint> members = ConcurrentHashMap.newKeySet();

	private final ConcurrentLinkedQueue<Fingerprint> order = new ConcurrentLinkedQueue<>();

	OwedWrites(MeterRegistry registry) {
		Gauge.builder("bridge.writes.owed", this.members, Set::size)
			.description("Fingerprints waiting for a write to Halo")
			.register(registry);
	}

	void add(Fingerprint fingerprint) {
		if (this.members.add(fingerprint)) {
			this.order.add(fingerprint);
		}
	}

	List<Fingerprint> takeAll() {
		List<Fingerprint> taken = new ArrayList<>();
		Fingerprint next;
		while ((next = this.order.poll()) != null) {
			this.members.remove(next);
			taken.add(next);
		}
		return taken;
	}

	boolean isEmpty() {
		return this.members.isEmpty();
	}

}
