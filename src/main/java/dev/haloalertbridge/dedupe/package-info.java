/**
 * Deduplication: the ledger from fingerprint to ticket, and the pure decisions over it
 * ({@link dev.haloalertbridge.dedupe.DedupePolicy}).
 */
@NullMarked
package dev.haloalertbridge.dedupe;

import org.jspecify.annotations.NullMarked;
