/**
 * The printouts for the paper archive (ARC-1, ARC-2): every year, by 30 June, the journals and the
 * summary sheets are printed, bound, signed by the head and sealed. {@link
 * org.schooljournal.core.printout.RecordPrintout} records in the school's log which files were
 * printed, with their SHA-256, judged against the deadline; {@link
 * org.schooljournal.core.printout.Printouts} is what the school recorded, read by the control of
 * the journals (REP-5). The files themselves are made by a renderer (the {@code render-pdf}
 * adapter's year printout).
 */
package org.schooljournal.core.printout;
