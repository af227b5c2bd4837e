/**
 * Ticketing: the worker that drains the queue, the pipeline from dedupe decision to Halo
 * write, and the text of tickets and notes.
 */
@NullMarked
package dev.haloalertbridge.ticketing;

import org.jspecify.annotations.NullMarked;
