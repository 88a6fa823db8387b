package org.schooljournal.core.diary;

/**
 * An event of a student's diary stream: a guardian opened the diary (DRY-5), a digest was queued
 * or tried (NTF-3). Implementations are immutable records.
 */
public interface DiaryEvent {

    /** Returns the state after this event. */
    DiaryState applyTo(DiaryState state);
}
