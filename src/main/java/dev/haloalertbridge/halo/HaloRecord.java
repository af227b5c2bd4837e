package dev.haloalertbridge.halo;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One item of a Halo lookup list: the id a ticket or note refers to it by, and the name
 * people know it by. For a priority the id is its {@code priorityid}, the number tickets
 * carry, not the per-SLA record id.
 *
 * @param id the id, never negative (Halo's {@code -1} means "not set")
 * @param name the name, trimmed and never blank
 * @param slaId the SLA a priority belongs to, or a ticket type's default SLA; empty for
 * other records and for a ticket type without an SLA
 */
public record HaloRecord(long id, String name, OptionalLong slaId) {

	/**
	 * A record outside any SLA.
	 * @param id the id
	 * @param name the name
	 */
	public HaloRecord(long id, String name) {
		this(id, name, OptionalLong.empty());
	}

	public HaloRecord {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(slaId, "slaId");
		name = name.strip();
		if (id < 0) {
			throw new IllegalArgumentException("id must not be negative, was " + id);
		}
		if (name.isEmpty()) {
			throw new IllegalArgumentException("name must not be blank");
		}
	}

}
