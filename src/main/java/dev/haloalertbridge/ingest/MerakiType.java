package dev.haloalertbridge.ingest;

import java.util.Locale;

/**
 * A Meraki alert type, with "came up" folded onto its "went down" twin so that the
 * recovery finds the ticket the outage opened.
 *
 * @param key the type's identity in the fingerprint: the {@code alertTypeId} of the
 * outage form, or the normalised {@code alertType} text when the id is missing
 * @param display the human name for titles
 * @param recovery whether this is the "came up" form
 */
record MerakiType(String key, String display, boolean recovery) {

	/**
	 * Reads the type from the body's id and text. The text's casing varies between
	 * payloads, so it is compared lower-cased with its spaces collapsed.
	 * @param typeId {@code alertTypeId}, such as {@code power_supply_down}
	 * @param typeText {@code alertType}, such as {@code Power supply went down}
	 * @return the type
	 */
	static MerakiType of(String typeId, String typeText) {
		String text = typeText.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		boolean cameUp = text.contains("came up");
		if (!typeId.isEmpty()) {
			String display = typeText.isBlank() ? typeId : typeText.strip();
			if (typeId.endsWith("_came_up")) {
				return new MerakiType(typeId.substring(0, typeId.length() - 8) + "_went_down", display, true);
			}
			if (typeId.endsWith("_up") && typeId.length() > 3) {
				return new MerakiType(typeId.substring(0, typeId.length() - 3) + "_down", display, true);
			}
			return new MerakiType(typeId, display, cameUp);
		}
		if (text.isEmpty()) {
			throw new InvalidPayloadException("'alertTypeId' is required");
		}
		return new MerakiType(text.replace("came up", "went down"), typeText.strip(), cameUp);
	}

}
