package nl.logboek.incident;

import nl.logboek.protocol.Category;

import java.util.List;

/** What `new` records; null means not given. {@code occurred} is already normalised (see Dates). */
public record NewIncident(String title, Category category, String platform, String occurred, String description,
                          List<Person> persons, String severity, String source) {
}
