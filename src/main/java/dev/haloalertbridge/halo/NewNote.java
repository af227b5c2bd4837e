package dev.haloalertbridge.halo;

import java.util.OptionalInt;

/**
 * A private note to add to a ticket, optionally changing its status in the same call (one
 * call instead of two, under Halo's call budget).
 *
 * @param ticketId the ticket
 * @param noteHtml the note, already escaped HTML
 * @param outcomeId the action outcome; Halo refuses a note without one
 * @param newStatusId the status to set, for example the closed one
 */
public record NewNote(long ticketId, String noteHtml, int outcomeId, OptionalInt newStatusId) {

}
