package till.supervise;

import java.io.IOException;

/** Starts a new till process; a seam so that the restart rules are tested without processes. Thread-safe. */
interface ChildLauncher {

    Child start() throws IOException;
}
