package org.tijarat.enrollment.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.List;
import org.tijarat.platform.SpreadsheetCsv;

/** {@code /admin/bulk-enrollment-template.csv}: the file to fill in, with Excel's byte-order mark so Urdu names survive. */
@WebServlet("/admin/bulk-enrollment-template.csv")
public class BulkTemplateServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"bulk-enrollment.csv\"");
        SpreadsheetCsv.write(response.getOutputStream(), List.of("email", "name"), List.of());
    }
}
