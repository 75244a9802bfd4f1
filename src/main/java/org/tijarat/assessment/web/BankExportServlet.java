package org.tijarat.assessment.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import org.tijarat.assessment.BankService;
import org.tijarat.platform.NotAllowedException;
import org.tijarat.platform.NotFoundException;

/** {@code /author/bank-export?course=N&format=gift|xml}: a course's question bank as a GIFT or Moodle XML file. */
@WebServlet("/author/bank-export")
public class BankExportServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private BankService bank;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String course = request.getParameter("course");
        String format = "xml".equals(request.getParameter("format")) ? "xml" : "gift";
        if (course == null || !course.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String content;
        try {
            content = bank.export(Long.parseLong(course), format);
        } catch (NotAllowedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(("xml".equals(format) ? "application/xml" : "text/plain") + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"questions-" + course + ("xml".equals(format) ? ".xml" : ".gift.txt") + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content.getBytes(StandardCharsets.UTF_8));
    }
}
