package org.tijarat.course.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serial;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tijarat.course.Media;
import org.tijarat.course.MediaService;
import org.tijarat.course.MediaStore;
import org.tijarat.course.MediaType;
import org.tijarat.platform.web.ByteRange;

/**
 * {@code /media/<sha256>.<ext>}: stored files, with ranges for video seeking and long-lived caching
 * (a file's address is its content, so it never changes). Files of lessons go only to those who
 * may see the lesson; everyone else gets 404, as if the file did not exist.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Pattern PATH = Pattern.compile("^/([0-9a-f]{64})\\.([a-z0-9]{2,4})$");

    @Inject
    private MediaService media;

    @Inject
    private MediaStore store;

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        Matcher matcher = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Media> found = matcher.matches() ? media.find(matcher.group(1)) : Optional.empty();
        if (found.isEmpty() || !found.get().type().extension().equals(matcher.group(2))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Media file = found.get();
        MediaService.Access access = media.access(file);
        Path path = store.pathOf(file.getSha256());
        if (access == MediaService.Access.NONE || !Files.exists(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + file.getSha256() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Cache-Control", access == MediaService.Access.PUBLIC
                ? "public, max-age=31536000, immutable" : "private, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.getContentType());
        boolean download = file.type() == MediaType.PDF;
        response.setHeader("Content-Disposition", (download ? "attachment" : "inline") + "; filename*=UTF-8''"
                + URLEncoder.encode(file.getOriginalName(), StandardCharsets.UTF_8).replace("+", "%20"));
        long size = Files.size(path);
        Optional<ByteRange> range = ByteRange.parse(request.getHeader("Range"), size);
        if (range.isPresent() && range.get() == ByteRange.UNSATISFIABLE) {
            response.setHeader("Content-Range", "bytes */" + size);
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        ByteRange part = range.orElse(new ByteRange(0, size - 1));
        if (range.isPresent()) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", "bytes " + part.first() + "-" + part.last() + "/" + size);
        }
        response.setContentLengthLong(part.length());
        if (body) {
            copy(path, part, response.getOutputStream());
        }
    }

    private static void copy(Path path, ByteRange part, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            in.skipNBytes(part.first());
            byte[] buffer = new byte[64 * 1024];
            long remaining = part.length();
            while (remaining > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                remaining -= read;
            }
        }
    }
}
