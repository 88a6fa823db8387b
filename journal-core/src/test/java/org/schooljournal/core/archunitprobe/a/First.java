package org.schooljournal.core.archunitprobe.a;

import org.schooljournal.core.archunitprobe.b.Second;

/** One half of a package loop, to prove the slice rule sees a loop. */
public final class First {

    /** Returns the other half. */
    public Second other() {
        return new Second();
    }
}
