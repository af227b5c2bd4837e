package dev.haloalertbridge.sandbox;

import java.time.LocalDateTime;

import tools.jackson.databind.node.ObjectNode;

/**
 * An action (note) on a sandbox ticket. Ids count per ticket: the opening action is 1.
 *
 * @param id the id within the ticket
 * @param ticketId the ticket
 * @param outcomeId the outcome's id, 0 for the opening action
 * @param outcome the outcome's name
 * @param note the plain-text note
 * @param noteHtml the HTML note
 * @param hiddenFromUser whether the end user cannot see it
 * @param datetime when it was recorded (UTC)
 * @param who the display name of the author
 * @param actionByApplicationId the API application that wrote it
 * @param newStatus the status the action set, 0 for none
 * @param oldStatus the ticket's status before the action
 */
public record SandboxAction(long id, long ticketId, int outcomeId, String outcome, String note, String noteHtml,
		boolean hiddenFromUser, LocalDateTime datetime, String who, String actionByApplicationId, int newStatus,
		int oldStatus) {

	ObjectNode json() {
		ObjectNode json = Json.object();
		json.put("id", this.id);
		json.put("ticket_id", this.ticketId);
		json.put("outcome", this.outcome);
		json.put("outcome_id", this.outcomeId);
		json.put("note", this.note);
		json.put("note_html", this.noteHtml);
		json.put("hiddenfromuser", this.hiddenFromUser);
		json.put("datetime", Json.format(this.datetime));
		json.put("who", this.who);
		json.put("actionby_application_id", this.actionByApplicationId);
		json.put("new_status", this.newStatus);
		json.put("old_status", this.oldStatus);
		return json;
	}

}
