package netlab.engine.errors;

/** The Linux errno values Python prints in socket errors. */
public final class Errno {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EACCES = 13;
    public static final int EPIPE = 32;
    public static final int EADDRINUSE = 98;
    public static final int EADDRNOTAVAIL = 99;
    public static final int ENETUNREACH = 101;
    public static final int ENOBUFS = 105;
    public static final int ECONNRESET = 104;
    public static final int ETIMEDOUT = 110;
    public static final int ECONNREFUSED = 111;
    public static final int EHOSTUNREACH = 113;
    public static final int EEXIST = 17;
    public static final int ENOTSOCK = 88;
    public static final int EMSGSIZE = 90;
    public static final int ENAMETOOLONG = 36;
    /** getaddrinfo's EAI_NONAME: "Name or service not known". */
    public static final int EAI_NONAME = -2;

    private Errno() {
    }
}
