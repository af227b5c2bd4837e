package dev.haloalertbridge.mapping;

import java.util.Optional;

import dev.haloalertbridge.support.InvalidSettingsException;
import org.jspecify.annotations.Nullable;

/**
 * A Halo record named in the mapping by id or by name. An id is used as it is; a name is
 * resolved through Halo's list of such records.
 *
 * @param id the id, or 0 when named
 * @param name the name, or empty when given by id
 */
public record Ref(long id, String name) {

	public Ref {
		name = name.strip();
		if ((id > 0) == !name.isEmpty()) {
			throw new IllegalArgumentException("a reference is an id or a name, exactly one of them");
		}
	}

	/**
	 * The reference a configuration gives, if it gives one.
	 * @param setting the property prefix, for the message when both are set
	 * @param kind what is referred to, such as {@code client}
	 * @param id the {@code <kind>-id} setting
	 * @param name the {@code <kind>} setting
	 * @return the reference, or empty when neither is set
	 * @throws InvalidSettingsException if both are set
	 */
	static Optional<Ref> of(String setting, String kind, @Nullable Integer id, @Nullable String name) {
		boolean named = name != null && !name.isBlank();
		if (id != null && named) {
			throw InvalidSettingsException.of(setting + "." + kind,
					"is set together with " + setting + "." + kind + "-id: set one of them");
		}
		if (id != null) {
			return Optional.of(new Ref(id, ""));
		}
		return named ? Optional.of(new Ref(0, name)) : Optional.empty();
	}

	/**
	 * Whether this names the record rather than giving its id.
	 * @return true when named
	 */
	public boolean named() {
		return this.id == 0;
	}

	@Override
	public String toString() {
		return named() ? "\"" + this.name + "\"" : Long.toString(this.id);
	}

}
