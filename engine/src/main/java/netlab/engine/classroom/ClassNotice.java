package netlab.engine.classroom;

import java.util.List;
import java.util.Locale;

/**
 * What a class notice is about: something refused or capped, said once for the teacher. The
 * English text is the console's; a window says the same from its own bundles, with the notice's
 * arguments (names, addresses, counts) in the order each constant lists them.
 */
public enum ClassNotice {
    /** A join with a wrong code; args: the address it came from. */
    WRONG_CODE("a wrong join code from %s"),
    /** The class server's connection cap; args: the cap. */
    TOO_MANY_CONNECTIONS("too many connections (%s): one more was refused"),
    /** A page that sent too many messages; args: whose page. */
    FLOOD("a page sent too many messages (%s): its connection was closed"),
    /** The teacher dropped a student's connections; args: the student, how many were open. */
    DROPPED("dropped %s's connections (%s open)"),
    /** A student joined from another's address; args: the student, the address, the other student. */
    SHARED_ADDRESS("%1$s joined from %2$s, the address of %3$s: connections from it count as %3$s's"),
    /** A student at the cap of connections; args: the student, the cap. */
    CONNECTION_CAP("%s reached the cap of %s connections: more are closed at once"),
    /** A student past the cap of bytes; args: the student, the cap. */
    BYTE_CAP("%s sent more than %s bytes: their connections are closed");

    private final String english;

    ClassNotice(String english) {
        this.english = english;
    }

    /** The notice in English, as the console prints it. */
    public String english(List<String> args) {
        return String.format(Locale.ROOT, english, args.toArray());
    }
}
