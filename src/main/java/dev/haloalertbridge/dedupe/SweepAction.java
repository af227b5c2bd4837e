package dev.haloalertbridge.dedupe;

/**
 * Which write to Halo a ledger entry is owed now.
 */
public enum SweepAction {

	/** Nothing is owed now. */
	NONE,

	/** Open its ticket: the first attempt, or again after a failure and the backoff. */
	CREATE,

	/** Write the coalesced note of the repeats seen since the last write. */
	NOTE,

	/**
	 * Write the resolution (and close, if configured): at once, or again after a failure
	 * and the backoff.
	 */
	RESOLVE

}
