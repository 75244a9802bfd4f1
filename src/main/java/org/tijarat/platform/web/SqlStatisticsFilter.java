package org.tijarat.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tijarat.platform.SqlStatements;

/**
 * For the benchmark only ({@code tijarat.diagnostics.sql-statistics=true}): counts SQL statements per
 * request by page, and answers {@code /diagnostics/sql} with the averages ({@code ?reset} clears
 * them). Off by default, when it passes every request straight on and the address answers 404.
 */
@WebFilter("/*")
public class SqlStatisticsFilter extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Map<String, LongAdder[]> BY_PATH = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "tijarat.diagnostics.sql-statistics", defaultValue = "false")
    private boolean enabled;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/diagnostics/sql")) {
            report(request, response);
            return;
        }
        long before = SqlStatements.onThisThread();
        try {
            chain.doFilter(request, response);
        } finally {
            // ids in the path (/api/attempts/17/answers/3) are counted together
            String key = ("GET".equals(request.getMethod()) ? "" : request.getMethod() + " ") + path.replaceAll("/\\d+(?=/|$)", "/{n}");
            LongAdder[] counters = BY_PATH.computeIfAbsent(key, p -> new LongAdder[] {new LongAdder(), new LongAdder()});
            counters[0].increment();
            counters[1].add(SqlStatements.onThisThread() - before);
        }
    }

    private static void report(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter("reset") != null) {
            BY_PATH.clear();
        }
        StringBuilder out = new StringBuilder();
        new TreeMap<>(BY_PATH).forEach((path, c) -> out.append(String.format("%s\t%d\t%.2f%n", path, c[0].sum(),
                c[0].sum() == 0 ? 0.0 : (double) c[1].sum() / c[0].sum())));
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write(out.toString());
    }
}
