package nl.logboek.partners;

/**
 * How the organisation reaches a partner: a contact person, a phone number, an e-mail address and
 * free text (office hours, a second number). Every field may be empty.
 */
public record Contact(String person, String phone, String email, String notes) {
    public static final Contact NONE = new Contact("", "", "", "");

    public Contact {
        person = clean(person);
        phone = clean(phone);
        email = clean(email);
        notes = clean(notes);
    }

    /** Whether anything is filled in. */
    public boolean recorded() {
        return !(person.isEmpty() && phone.isEmpty() && email.isEmpty() && notes.isEmpty());
    }

    static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
