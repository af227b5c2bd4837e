/**
 * The HaloPSA boundary: connection settings, OAuth token, the one WebClient that talks to
 * Halo, error classification and resilience. Nothing outside this package knows Halo's
 * wire format.
 */
@NullMarked
package dev.haloalertbridge.halo;

import org.jspecify.annotations.NullMarked;
