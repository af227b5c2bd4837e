package dev.haloalertbridge.ops;

import java.util.Locale;
import java.util.Objects;

/**
 * One line of the connection checklist: what was checked, whether it passed, and either
 * what was found or, when it failed, how to fix it in the words of Halo's screens.
 *
 * @param name what was checked, for example {@code token}
 * @param outcome passed, failed, or not checked because an earlier check failed
 * @param detail what was found, or the fix
 */
public record Check(String name, Outcome outcome, String detail) {

	public Check {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(detail, "detail");
	}

	static Check passed(String name, String detail) {
		return new Check(name, Outcome.PASSED, detail);
	}

	static Check failed(String name, String fix) {
		return new Check(name, Outcome.FAILED, fix);
	}

	static Check skipped(String name, String why) {
		return new Check(name, Outcome.SKIPPED, why);
	}

	/**
	 * The line as the one-shot command prints it.
	 * @return for example {@code [ok]   token: ...}
	 */
	public String line() {
		String mark = switch (this.outcome) {
			case PASSED -> "[ok]  ";
			case FAILED -> "[FAIL]";
			case SKIPPED -> "[skip]";
		};
		return mark + " " + this.name + ": " + this.detail;
	}

	/**
	 * How a check ended.
	 */
	public enum Outcome {

		PASSED, FAILED, SKIPPED;

		public String tag() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
