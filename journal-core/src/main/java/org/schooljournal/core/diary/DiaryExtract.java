package org.schooljournal.core.diary;

/** Placeholder until the helper's model lands. */
public record DiaryExtract(Diary diary) {
    public static DiaryExtract of(Diary diary, String school, String classCode, java.time.Instant at, java.time.ZoneId zone) {
        return new DiaryExtract(diary);
    }
}
