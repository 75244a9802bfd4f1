package org.tijarat.enrollment.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.tijarat.enrollment.RosterRow;
import org.tijarat.enrollment.RosterService;
import org.tijarat.platform.NotAllowedException;
import org.tijarat.platform.NotFoundException;
import org.tijarat.platform.SpreadsheetCsv;
import org.tijarat.platform.Texts;
import org.tijarat.platform.web.LanguageCookie;

/**
 * {@code /author/roster.csv?course=N} (a course's trainers and admins) and
 * {@code /admin/cohort.csv?cohort=N} (admins): the roster as a spreadsheet, safe to open.
 */
@WebServlet({"/author/roster.csv", "/admin/cohort.csv"})
public class RosterExportServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private RosterService rosters;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean cohort = request.getServletPath().startsWith("/admin");
        List<RosterRow> rows;
        try {
            long id = Long.parseLong(request.getParameter(cohort ? "cohort" : "course"));
            rows = cohort ? rosters.cohort(id) : rosters.course(id);
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (NotAllowedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Locale locale = LanguageCookie.resolve(request).locale();
        List<String> header = List.of("learner", "email", "enterprise", "city", "course", "cohort", "status", "progress_percent",
                "enrolled_at", "last_activity_at", "completed_at").stream()
                .map(key -> Texts.get(locale, "roster.csv." + key)).toList();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"roster.csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        SpreadsheetCsv.write(response.getOutputStream(), header, rows.stream().map(r -> List.of(r.learner(), r.email(),
                r.enterprise(), r.city(), r.courseTitle(), r.cohort(), Texts.get(locale, "EnrollmentStatus." + r.status()),
                String.valueOf(r.percent()), time(r.enrolledAt()), time(r.lastActivity()), time(r.completedAt()))).toList());
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
