package org.schooljournal.core.diary;

import java.util.List;

/** The event types of the diary streams (DRY-5, NTF-3), for the codec. */
public final class DiaryEvents {

    /** Every event type of this package. */
    public static final List<Class<? extends DiaryEvent>> TYPES = List.of(
            DiaryViewReceipt.class, DigestQueued.class, DigestAttempted.class);

    private DiaryEvents() {
    }
}
