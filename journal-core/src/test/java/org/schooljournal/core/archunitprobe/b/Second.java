package org.schooljournal.core.archunitprobe.b;

import org.schooljournal.core.archunitprobe.a.First;

/** The other half of a package loop, to prove the slice rule sees a loop. */
public final class Second {

    /** Returns the first half. */
    public First other() {
        return new First();
    }
}
