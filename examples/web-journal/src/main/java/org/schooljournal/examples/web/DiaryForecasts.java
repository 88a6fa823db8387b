package org.schooljournal.examples.web;

import com.ibm.icu.text.PluralRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.schooljournal.core.diary.Diary;
import org.schooljournal.core.diary.DiaryResult;
import org.schooljournal.core.forecast.Forecast;
import org.schooljournal.core.forecast.ForecastText;
import org.schooljournal.core.forecast.PathToNextMark;
import org.schooljournal.core.forecast.WeightedMark;
import org.schooljournal.core.journal.Forecasts;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalScope;
import org.schooljournal.core.journal.Journals;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.school.SchoolState;

/**
 * The forecasts of a student's period marks still to come, with what it takes to reach 5 (MRK-11),
 * for the diary page. The diary ({@link Diary#results()}) names each subject with a forecast and
 * its predicted mark; the forecast itself — the marks counted, the path to the next mark — is the
 * engine's ({@link Forecasts}), read here as the host reads it ({@code engine.host()}), once the
 * engine has let the reader read that diary (DRY-2, PD-2): a guardian has no right to the journal
 * itself, only to what their child's diary shows. Only a forecast that agrees with the diary's
 * predicted mark is explained.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DiaryForecasts {

    private static final int FIVE = 5;
    private static final PluralRules RUSSIAN_PLURALS = PluralRules.forLocale(Texts.RUSSIAN);

    private final Site site;
    private final Texts texts;

    DiaryForecasts(Site site, Texts texts) {
        this.site = site;
        this.texts = texts;
    }

    /** Returns the forecast of each subject the diary shows one for, as it stands at the diary's last day. */
    List<DiaryView.ForecastLine> of(Diary diary) {
        SchoolState school = site.school();
        String studentId = diary.student().personId();
        Optional<String> classCode = Roster.of(school).classOf(studentId, diary.to());
        List<DiaryView.ForecastLine> lines = new ArrayList<>();
        for (DiaryResult result : diary.results()) {
            if (!DiaryWeek.forecast(result)) {
                continue;
            }
            int predicted = result.forecast().orElseThrow();
            Optional<Forecast> forecast = classCode.flatMap(code -> forecast(school, code, result, studentId, diary))
                    .filter(f -> f.predictedMark().equals(OptionalInt.of(predicted)));
            lines.add(new DiaryView.ForecastLine(result.subject(), DiaryWeek.period(result.what()),
                    Integer.toString(predicted), forecast.map(this::toReachFive).orElse(texts.get("forecast.noPath")),
                    forecast.map(ForecastText.russian()::explain).orElse("")));
        }
        return lines;
    }

    private Optional<Forecast> forecast(SchoolState school, String classCode, DiaryResult result, String studentId,
            Diary diary) {
        Programme programme = Programme.of(school);
        for (JournalKey key : Journals.keysOf(school, classCode)) {
            if (!programme.subjectName(key.subjectCode()).equals(result.subject())) {
                continue;
            }
            JournalScope scope = JournalScope.of(school, key, Diary.class);
            if (!scope.hasStudent(studentId, diary.to())) {
                continue;
            }
            return scope.periodOf(diary.to()).filter(p -> PeriodRef.of(p).toString().equals(result.what()))
                    .map(p -> Forecasts.of(scope, site.engine().host().journal(site.schoolId(), key), studentId,
                            PeriodRef.of(p), diary.to()));
        }
        return Optional.empty();
    }

    /**
     * Returns what it takes to reach 5: the forecast's own path to the next mark, followed mark by
     * mark up to 5 — each step adds the marks the step asks for and forecasts again.
     */
    String toReachFive(Forecast forecast) {
        Forecast reached = forecast;
        long count = 0;
        PathToNextMark.Reachable last = null;
        while (reached.predictedMark().orElseThrow() < FIVE) {
            PathToNextMark path = reached.prediction().orElseThrow().toNextMark();
            if (!(path instanceof PathToNextMark.Reachable step)) {
                return texts.get("forecast.unreachable");
            }
            count += step.count();
            last = step;
            List<WeightedMark> more = new ArrayList<>(reached.counted());
            more.addAll(reached.excluded());
            for (long i = 0; i < step.count(); i++) {
                more.add(WeightedMark.of(step.value(), step.weight(), texts.get("forecast.additional"), diaryDay(reached)));
            }
            reached = Forecast.of(more, reached.settings());
        }
        if (last == null) {
            return texts.get("forecast.highest");
        }
        String form = RUSSIAN_PLURALS.select(count);
        return texts.get("forecast.toFive." + (form.equals("one") || form.equals("few") ? form : "many"), count,
                last.weight().value().stripTrailingZeros().toPlainString().replace('.', ','));
    }

    /** Returns a date for the additional marks: the first counted mark's, within the period. */
    private static LocalDate diaryDay(Forecast forecast) {
        return forecast.counted().get(0).lessonDate();
    }
}
