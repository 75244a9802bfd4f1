package org.tijarat.testing;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serial;

/** {@code /test/fail}: only in test deployments, an unexpected failure to check the 500 page. */
@WebServlet("/test/fail")
public class FailingServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        throw new IllegalStateException("deliberate failure with a secret detail: jdbc:mysql://internal-db");
    }
}
