/**
 * Mapping: from an alert to a Halo ticket route (client, site, team, ticket type,
 * priority) by ordered rules.
 */
@NullMarked
package dev.haloalertbridge.mapping;

import org.jspecify.annotations.NullMarked;
