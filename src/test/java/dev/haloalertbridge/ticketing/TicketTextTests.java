package dev.haloalertbridge.ticketing;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Severity;
import dev.haloalertbridge.dedupe.LedgerEntry;
import dev.haloalertbridge.testsupport.TestAlert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TicketTextTests {

	private static final int MAX_SUMMARY = 40;

	private static final int MAX_TEXT = 200;

	private static final Instant T0 = TestAlert.T0;

	private static final String HOSTILE = "<script>alert(\"x\")</script> & 'q'";

	private static final String HOSTILE_ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;";

	private final TicketText text = new TicketText(
			new TicketingProperties(true, 9, 7, true, MAX_SUMMARY, MAX_TEXT, Duration.ofSeconds(20)));

	@Test
	void summaryIsTheSeverityInBracketsThenTheTitle() {
		Alert alert = TestAlert.firing().withSeverity(Severity.HIGH).withTitle("fs01 is unreachable").build();
		assertThat(this.text.summary(alert)).isEqualTo("[HIGH] fs01 is unreachable");
	}

	@Test
	void summaryCollapsesWhitespaceToOneLine() {
		Alert alert = TestAlert.firing().withTitle("  fs01\n\tis \r\n  unreachable  ").build();
		assertThat(this.text.summary(alert)).isEqualTo("[CRITICAL] fs01 is unreachable");
	}

	@Test
	void summaryThatFitsIsNotCut() {
		String title = "x".repeat(MAX_SUMMARY - "[CRITICAL] ".length());
		assertThat(this.text.summary(TestAlert.firing().withTitle(title).build())).isEqualTo("[CRITICAL] " + title);
	}

	@Test
	void longSummaryIsCutToTheLimitWithAnEllipsis() {
		String summary = this.text.summary(TestAlert.firing().withTitle("y".repeat(100)).build());
		assertThat(summary).hasSize(MAX_SUMMARY)
			.startsWith("[CRITICAL] yyy")
			.endsWith("y\u2026")
			.containsOnlyOnce("\u2026");
	}

	@Test
	void summaryCutNeverSplitsASurrogatePair() {
		// the cut keeps MAX_SUMMARY - 1 characters, so the emoji straddles the cut
		String title = "a".repeat(MAX_SUMMARY - 2 - "[CRITICAL] ".length()) + "\uD83D\uDE00" + "b".repeat(20);
		String summary = this.text.summary(TestAlert.firing().withTitle(title).build());
		assertThat(summary).endsWith("a\u2026").hasSizeLessThanOrEqualTo(MAX_SUMMARY);
		assertNoLoneSurrogate(summary);
	}

	@Test
	void truncateNeverLeavesALoneSurrogateWhereverTheCutFalls() {
		String text = "ab\uD83D\uDE00c\uD83D\uDE80\uD83D\uDE80d\uD83C\uDF89xyz".repeat(3);
		for (int max = 2; max < text.length() + 2; max++) {
			String cut = TicketText.truncate(text, max);
			assertThat(cut).hasSizeLessThanOrEqualTo(max);
			assertNoLoneSurrogate(cut);
			if (max < text.length()) {
				assertThat(cut).endsWith("\u2026");
				assertThat(text).startsWith(cut.substring(0, cut.length() - 1));
			}
			else {
				assertThat(cut).isEqualTo(text);
			}
		}
	}

	@Test
	void detailsEscapeMarkupInEverythingThatCameFromTheAlert() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("<b>key</b>", "value");
		labels.put("job", HOSTILE);
		Alert alert = TestAlert.firing().withTitle(HOSTILE).withDescription(HOSTILE).withLabels(labels).build();
		String details = this.text.details(alert);
		assertThat(details).doesNotContain("<script>", "<b>", "'q'", "\"x\"")
			.contains("<p><strong>" + HOSTILE_ESCAPED + "</strong></p>")
			.contains("<p>" + HOSTILE_ESCAPED + "</p>")
			.contains("<tr><th>&lt;b&gt;key&lt;/b&gt;</th><td>value</td></tr>")
			.contains("<tr><th>job</th><td>" + HOSTILE_ESCAPED + "</td></tr>");
	}

	@Test
	void detailsEscapeTheCustomerAndDevice() {
		Alert alert = new TestAlert("generic", "id", Severity.LOW, AlertState.FIRING, "A&B <Ltd>", "\"db01\"", "title",
				"", Map.of(), T0, T0)
			.build();
		assertThat(this.text.details(alert)).contains("<tr><th>Customer</th><td>A&amp;B &lt;Ltd&gt;</td></tr>")
			.contains("<tr><th>Device</th><td>&quot;db01&quot;</td></tr>");
	}

	@Test
	void detailsListTheAlertFieldsAndLeaveOutBlankOnes() {
		Alert alert = TestAlert.firing().withCustomer("").build();
		String details = this.text.details(alert);
		assertThat(details).contains("<tr><th>Source</th><td>alertmanager</td></tr>")
			.contains("<tr><th>Severity</th><td>critical</td></tr>")
			.contains("<tr><th>Device</th><td>fs01.acme.example.com</td></tr>")
			.contains("<tr><th>Started</th><td>2026-03-02 09:00:00 UTC</td></tr>")
			.contains("<tr><th>Fingerprint</th><td>" + alert.fingerprint().value() + "</td></tr>")
			.doesNotContain("Customer");
	}

	@Test
	void descriptionNewlinesBecomeLineBreaks() {
		Alert alert = TestAlert.firing().withDescription("line one\nline two\r\nline three").build();
		assertThat(this.text.details(alert)).contains("<p>line one<br>line two<br>line three</p>");
	}

	@Test
	void blankDescriptionAddsNoParagraph() {
		Alert alert = TestAlert.firing().withDescription("  ").build();
		assertThat(count(this.text.details(alert), "<p>")).isEqualTo(1);
	}

	@Test
	void longDescriptionIsCutBeforeItIsEscaped() {
		Alert alert = TestAlert.firing().withDescription("&".repeat(MAX_TEXT * 2)).build();
		String details = this.text.details(alert);
		// cutting after escaping would count "&amp;" as five characters, or split one
		assertThat(details).contains("<p>" + "&amp;".repeat(MAX_TEXT - 1) + "&hellip;</p>")
			.doesNotContain("&amp;".repeat(MAX_TEXT));
	}

	@Test
	void longLabelValueIsCutToo() {
		Alert alert = TestAlert.firing().withLabels(Map.of("dump", "z".repeat(MAX_TEXT * 3))).build();
		assertThat(this.text.details(alert))
			.contains("<tr><th>dump</th><td>" + "z".repeat(MAX_TEXT - 1) + "&hellip;</td></tr>");
	}

	@Test
	void atMostFiftyLabelsAreShown() {
		Map<String, String> labels = new LinkedHashMap<>();
		for (int i = 0; i < 80; i++) {
			labels.put("label-" + i, "value-" + i);
		}
		String details = this.text.details(TestAlert.firing().withLabels(labels).build());
		assertThat(count(details, "<tr><th>label-")).isEqualTo(50);
	}

	@ParameterizedTest(name = "{0} unreported of {1} -> \"{2}\"")
	@CsvSource(delimiter = '|',
			value = { "1 | 2 | <strong>1</strong> more time since the last update, 2 in all since",
					"2 | 3 | <strong>2</strong> more times since the last update, 3 in all since",
					"5 | 6 | <strong>5</strong> more times since the last update, 6 in all since" })
	void repeatNoteStatesUnreportedAndTotalOccurrences(int unreported, int occurrences, String expected) {
		LedgerEntry entry = LedgerEntry.pending(TestAlert.firing().build()).opened(7, T0);
		for (int i = 1; i <= unreported; i++) {
			entry = entry.repeated(TestAlert.firing().receivedAt(T0.plusSeconds(60L * i)).build());
		}
		assertThat(entry.occurrences()).isEqualTo(occurrences);
		String note = this.text.repeatNote(entry);
		assertThat(note).startsWith("<p>Alert fired again: ")
			.contains(expected)
			.contains("since 2026-03-02 09:00:00 UTC")
			.contains("Last seen 2026-03-02 09:0" + unreported + ":00 UTC.");
	}

	@Test
	void repeatNoteEscapesTheLatestDescription() {
		LedgerEntry entry = LedgerEntry.pending(TestAlert.firing().build())
			.opened(7, T0)
			.repeated(TestAlert.firing().withDescription(HOSTILE + "\nmore").receivedAt(T0.plusSeconds(60)).build());
		assertThat(this.text.repeatNote(entry)).endsWith("<p>" + HOSTILE_ESCAPED + "<br>more</p>")
			.doesNotContain("<script>");
	}

	@ParameterizedTest(name = "{0} unreported, closing {1} -> \"{2}\"")
	@CsvSource(delimiter = '|', value = { "0 | true | after 1 occurrence. Closing the ticket.</p>",
			"0 | false | after 1 occurrence.</p>",
			"1 | true | after 2 occurrences. It fired 1 more time since the last update. Closing the ticket.</p>",
			"2 | false | after 3 occurrences. It fired 2 more times since the last update.</p>" })
	void resolvedNoteCountsOccurrencesAndSaysClosingOnlyWhenClosing(int unreported, boolean closing, String expected) {
		LedgerEntry entry = LedgerEntry.pending(TestAlert.firing().build()).opened(7, T0);
		for (int i = 1; i <= unreported; i++) {
			entry = entry.repeated(TestAlert.firing().receivedAt(T0.plusSeconds(60L * i)).build());
		}
		Alert resolved = TestAlert.firing()
			.withState(AlertState.RESOLVED)
			.withDescription("back <up>")
			.receivedAt(T0.plusSeconds(3600))
			.build();
		String note = this.text.resolvedNote(entry, resolved, closing);
		assertThat(note)
			.isEqualTo("<p>Alert resolved at 2026-03-02 10:00:00 UTC " + expected + "<p>back &lt;up&gt;</p>");
		assertThat(note.contains("Closing the ticket.")).isEqualTo(closing);
	}

	private static void assertNoLoneSurrogate(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
					.as("high surrogate at %d of %s is paired", i, text)
					.isTrue();
				i++;
			}
			else {
				assertThat(Character.isLowSurrogate(c)).as("lone low surrogate at %d of %s", i, text).isFalse();
			}
		}
	}

	private static int count(String text, String part) {
		Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	@Test
	void controlCharactersAreRemovedFromSummaryAndDetails() {
		String hostile = "disk\u0000 full\u001b[31m on db01\u0007 \u202Egnp.exe\r\nsecond line";
		Alert alert = TestAlert.firing().withTitle(hostile).withDescription(hostile).build();
		assertThat(this.text.summary(alert)).startsWith("[CRITICAL] disk full[31m on db01 gnp.ex")
			.doesNotContain("\u0000", "\u001b", "\u0007", "\u202E");
		assertThat(this.text.details(alert)).doesNotContain("\u0000", "\u001b", "\u0007", "\u202E", "\r")
			.contains("disk full[31m on db01 gnp.exe<br>second line");
	}

}
