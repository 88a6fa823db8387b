package org.schooljournal.core.printout;

import org.schooljournal.core.school.SchoolCommand;

/** A command of the school's printouts for the paper archive (ARC-1, ARC-2). */
public sealed interface PrintoutCommand extends SchoolCommand permits RecordPrintout {
}
