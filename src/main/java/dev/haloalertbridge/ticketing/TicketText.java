package dev.haloalertbridge.ticketing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.dedupe.LedgerEntry;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The words on tickets and notes. Everything that came from an alert is HTML-escaped
 * before it enters {@code details_html} or a note, and long text is cut, so a hostile or
 * chatty sender can neither inject markup into Halo nor bloat a ticket.
 */
@Component
class TicketText {

	private static final Pattern CONTROLS = Pattern
		.compile("[\\p{Cntrl}&&[^\\n\\t]]|[\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final int MAX_LABELS = 50;

	private final int maxSummary;

	private final int maxText;

	TicketText(TicketingProperties properties) {
		this.maxSummary = properties.maxSummaryLength();
		this.maxText = properties.maxTextLength();
	}

	String summary(Alert alert) {
		return truncate("[" + alert.severity().name() + "] " + oneLine(alert.title()), this.maxSummary);
	}

	String details(Alert alert) {
		StringBuilder html = new StringBuilder();
		html.append("<p><strong>").append(escape(alert.title(), this.maxSummary)).append("</strong></p>");
		if (!alert.description().isBlank()) {
			html.append("<p>").append(paragraph(alert.description())).append("</p>");
		}
		html.append("<table>");
		row(html, "Source", alert.source());
		row(html, "Severity", alert.severity().tag());
		row(html, "Customer", alert.customerKey());
		row(html, "Device", alert.device());
		row(html, "Started", TIME.format(alert.startsAt()));
		row(html, "Fingerprint", alert.fingerprint().value());
		new TreeMap<>(alert.labels()).entrySet()
			.stream()
			.limit(MAX_LABELS)
			.forEach((label) -> row(html, label.getKey(), label.getValue()));
		return html.append("</table>").toString();
	}

	String repeatNote(LedgerEntry entry) {
		Alert latest = entry.latest();
		return "<p>Alert fired again: <strong>" + entry.unreported() + "</strong> more time"
				+ ((entry.unreported() == 1) ? "" : "s") + " since the last update, " + entry.occurrences()
				+ " in all since " + time(entry.firstSeen()) + ". Last seen " + time(entry.lastSeen()) + ".</p>"
				+ latestText(latest);
	}

	String resolvedNote(LedgerEntry entry, Alert resolved, boolean closing) {
		String repeats = (entry.unreported() > 0) ? " It fired " + entry.unreported() + " more time"
				+ ((entry.unreported() == 1) ? "" : "s") + " since the last update." : "";
		return "<p>Alert resolved at " + time(resolved.receivedAt()) + " after " + entry.occurrences() + " occurrence"
				+ ((entry.occurrences() == 1) ? "" : "s") + "." + repeats + (closing ? " Closing the ticket." : "")
				+ "</p>" + latestText(resolved);
	}

	private String latestText(Alert alert) {
		return alert.description().isBlank() ? "" : "<p>" + paragraph(alert.description()) + "</p>";
	}

	private void row(StringBuilder html, String name, String value) {
		if (!value.isBlank()) {
			html.append("<tr><th>")
				.append(escape(name, 100))
				.append("</th><td>")
				.append(escape(value, this.maxText))
				.append("</td></tr>");
		}
	}

	private String paragraph(String text) {
		return escape(text, this.maxText).replace("\r\n", "\n").replace("\n", "<br>");
	}

	/**
	 * Alert text is hostile: HTML is escaped, and control characters (terminal escapes,
	 * NUL, bells) are removed; line breaks and tabs stay.
	 */
	private static String escape(String text, int max) {
		String cut = truncate(text, max);
		if (plain(cut)) {
			return cut;
		}
		return HtmlUtils.htmlEscape(truncate(withoutControls(text), max));
	}

	/**
	 * Whether text is printable ASCII with nothing to escape, as most alert text is: then
	 * escaping and removing controls change nothing, and the regex and entity lookups are
	 * skipped.
	 */
	private static boolean plain(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 || c > 0x7E || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
				return false;
			}
		}
		return true;
	}

	static String withoutControls(String text) {
		return CONTROLS.matcher(text).replaceAll("");
	}

	private static String time(Instant instant) {
		return TIME.format(instant);
	}

	static String truncate(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "\u2026";
	}

	private static String oneLine(String text) {
		return withoutControls(text.replaceAll("\\s+", " ")).strip();
	}

}
