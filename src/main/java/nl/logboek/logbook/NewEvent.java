package nl.logboek.logbook;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An event that is about to be appended; the store gives it its sequence number, time and hashes. */
public record NewEvent(String incident, String type, String author, ObjectNode payload) {
}
