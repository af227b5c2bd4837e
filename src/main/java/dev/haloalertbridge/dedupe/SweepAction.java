package dev.haloalertbridge.dedupe;

/**
 * What the periodic sweep does for one ledger entry.
 */
public enum SweepAction {

	/** Nothing is owed now. */
	NONE,

	/** Write the coalesced note of the repeats seen since the last write. */
	NOTE,

	/** The ticket was never created: try again. */
	RETRY_CREATE,

	/** The resolution was never written: try again. */
	RETRY_RESOLVE

}
