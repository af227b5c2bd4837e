/**
 * Entry points: the webhook endpoint, its authentication and problem+json answers, the
 * per-vendor adapters that normalise payloads into
 * {@link dev.haloalertbridge.alert.Alert}s, and the bounded queue that hands them to the
 * pipeline.
 */
@NullMarked
package dev.haloalertbridge.ingest;

import org.jspecify.annotations.NullMarked;
