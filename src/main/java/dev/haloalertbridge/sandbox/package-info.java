/**
 * An in-memory HaloPSA served by the bridge itself under {@code /sandbox} when, and only
 * when, the Spring profile {@code sandbox} is active. It speaks the subset of Halo's API
 * the bridge uses (OAuth client credentials, tickets, actions, lookups), with Halo's
 * quirks kept on purpose: array bodies on POST, wrapped and plain list shapes, a decimal
 * {@code client_id} on sites, per-ticket action ids, scope checks, a rolling-window rate
 * limit and team-based visibility. It lets a user try the bridge without a Halo tenant
 * and lets tests run against real HTTP; {@code GET /sandbox/tickets} shows what arrived.
 */
@NullMarked
package dev.haloalertbridge.sandbox;

import org.jspecify.annotations.NullMarked;
