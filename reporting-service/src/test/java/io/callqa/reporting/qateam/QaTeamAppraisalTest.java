package io.callqa.reporting.qateam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.callqa.reporting.qateam.QaTeamAppraisal.ComplaintStatus;
import io.callqa.reporting.qateam.QaTeamAppraisal.GroupComplaint;
import io.callqa.reporting.qateam.QaTeamAppraisal.Kind;
import io.callqa.reporting.qateam.QaTeamAppraisal.Result;
import io.callqa.reporting.qateam.QaTeamAppraisal.WeekBulletin;
import io.callqa.reporting.qateam.QaTeamAppraisal.WeekStatus;

class QaTeamAppraisalTest {

    private static final QaTeamAppraisal.Points POINTS = new QaTeamAppraisal.Points(100, 2, 3, 5, Duration.ofDays(1));
    private static final YearMonth MARCH = YearMonth.of(2032, 3);

    private static WeekBulletin week(int day, Instant firstGenerated) {
        LocalDate monday = LocalDate.of(2032, 3, day);
        return new WeekBulletin(monday, Instant.parse(monday.plusWeeks(1) + "T00:00:00Z"), firstGenerated);
    }

    @Test
    void weeksAreThoseWhoseSundayFallsInTheMonth() {
        // March 2032 starts on a Monday; Sunday 7 is the first Sunday, Sunday 28 the last
        assertEquals(List.of(LocalDate.of(2032, 3, 1), LocalDate.of(2032, 3, 8), LocalDate.of(2032, 3, 15),
                LocalDate.of(2032, 3, 22)), QaTeamAppraisal.weeksOf(MARCH));
        // February 2032: Sunday 1 February belongs to the week of Monday 26 January
        assertEquals(LocalDate.of(2032, 1, 26), QaTeamAppraisal.weeksOf(YearMonth.of(2032, 2)).get(0));
        assertEquals(5, QaTeamAppraisal.weeksOf(YearMonth.of(2032, 2)).size());
    }

    @Test
    void everythingInOrderKeepsTheBase() {
        Result r = QaTeamAppraisal.of(MARCH, true, List.of(week(1, Instant.parse("2032-03-08T00:00:01Z"))),
                List.of(new GroupComplaint("c-1", LocalDate.of(2032, 3, 2), "e-1", false, false)),
                Instant.parse("2032-04-10T00:00:00Z"), POINTS);
        assertEquals(100, r.score());
        assertEquals(List.of(), r.deductions());
        assertEquals(WeekStatus.PUBLISHED, r.weeks().get(0).status());
        assertEquals(ComplaintStatus.NOT_UPHELD, r.groupComplaints().get(0).status());
    }

    @Test
    void eachDeductionWithItsReason() {
        Instant now = Instant.parse("2032-03-22T12:00:00Z");
        Result r = QaTeamAppraisal.of(MARCH, false,
                List.of(week(1, null), week(8, Instant.parse("2032-03-16T00:00:01Z")), week(15, null),
                        week(22, null)),
                List.of(new GroupComplaint("c-1", LocalDate.of(2032, 3, 2), "e-1", true, false),
                        new GroupComplaint("c-2", LocalDate.of(2032, 3, 3), "e-2", false, true),
                        new GroupComplaint("c-3", LocalDate.of(2032, 3, 4), null, null, null)),
                now, POINTS);
        assertEquals(List.of(Kind.NO_PLAN, Kind.MISSING_BULLETIN, Kind.MISSING_BULLETIN, Kind.UPHELD_COMPLAINT,
                Kind.UPHELD_COMPLAINT), r.deductions().stream().map(QaTeamAppraisal.Deduction::kind).toList());
        assertEquals(100 - 2 - 3 - 3 - 5 - 5, r.score());
        assertEquals("2032-W10", r.deductions().get(1).week());
        assertEquals("the bulletin of 2032-W10 was not published (due 2032-03-08T00:00:00Z)",
                r.deductions().get(1).reason());
        assertEquals("the bulletin of 2032-W11 was published late, at 2032-03-16T00:00:01Z (due 2032-03-15T00:00:00Z)",
                r.deductions().get(2).reason());
        assertEquals("c-1", r.deductions().get(3).complaintId());
        assertEquals("GROUP_LEVEL complaint c-2 upheld: evaluation e-2 found a problem", r.deductions().get(4).reason());
        // week 12 is due 2032-03-22T00:00Z but still within the day of grace; week 13 is not due
        assertEquals(List.of(WeekStatus.MISSING, WeekStatus.LATE, WeekStatus.PENDING, WeekStatus.PENDING),
                r.weeks().stream().map(QaTeamAppraisal.WeekState::status).toList());
        assertEquals(ComplaintStatus.NOT_EVALUATED, r.groupComplaints().get(2).status());
    }

    @Test
    void upheldOnlyByRedLineOrProblemNeverUnevaluated() {
        assertEquals(true, new GroupComplaint("c", null, "e", true, true).upheld());
        assertEquals(false, new GroupComplaint("c", null, "e", false, false).upheld());
        assertEquals(false, new GroupComplaint("c", null, null, null, null).upheld());
    }
}
