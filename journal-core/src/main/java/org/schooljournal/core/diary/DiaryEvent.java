package org.schooljournal.core.diary;

import org.schooljournal.core.log.EventFamily;

/**
 * An event of a student's diary stream: a guardian opened the diary (DRY-5), a digest was queued,
 * claimed by a dispatcher or tried (NTF-3), a correction notice was queued (PD-4). Each type's
 * stored name is explicit and never changes with its class (DESIGN.md, principle 10;
 * docs/event-log.md).
 */
sealed interface DiaryEvent permits DiaryViewReceipt, DigestQueued, DigestAttempted, DigestClaimed, CorrectionQueued {

    /** The stored types, and how each changes a diary stream's state. */
    EventFamily<DiaryState, DiaryEvent> FAMILY = EventFamily.<DiaryState, DiaryEvent>of(DiaryEvent.class)
            .type("DiaryViewReceipt", DiaryViewReceipt.class, DiaryViewReceipt::applyTo)
            .type("DigestQueued", DigestQueued.class, DigestQueued::applyTo)
            .type("DigestAttempted", DigestAttempted.class, DigestAttempted::applyTo)
            .type("CorrectionQueued", CorrectionQueued.class, CorrectionQueued::applyTo)
            .type("DigestClaimed", DigestClaimed.class, DigestClaimed::applyTo)
            .build();
}
