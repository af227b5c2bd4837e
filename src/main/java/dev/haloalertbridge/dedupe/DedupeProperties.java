package dev.haloalertbridge.dedupe;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long and how much the ledger remembers, and how repeats are coalesced.
 *
 * @param coalesceInterval at most one repeat note per ticket per interval
 * @param ledgerTtl how long a fingerprint is remembered after its last alert
 * @param ledgerMaxEntries the most fingerprints remembered; the least recently used go
 * first
 */
@Validated
@ConfigurationProperties("bridge.dedupe")
public record DedupeProperties(@DefaultValue("10m") @NotNull Duration coalesceInterval,
		@DefaultValue("7d") @NotNull Duration ledgerTtl, @DefaultValue("100000") @Min(1) long ledgerMaxEntries) {

}
