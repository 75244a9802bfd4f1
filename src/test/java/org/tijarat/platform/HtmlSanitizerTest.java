package org.tijarat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    @Test
    void keepsTheStructureTrainersWrite() {
        String html = "<h2>Titles</h2><p>A <strong>good</strong> title, <em>short</em>:</p><ul><li>one</li></ul>"
                + "<p><a href=\"https://sell.amazon.com/pricing\">fees</a></p>";
        String clean = HtmlSanitizer.clean(html);
        assertThat(clean).contains("<h2>Titles</h2>", "<strong>good</strong>", "<ul><li>one</li></ul>")
                .contains("href=\"https://sell.amazon.com/pricing\"").contains("rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void removesScriptsHandlersStylesAndDangerousUrls() {
        String hostile = "<p onclick=\"steal()\" style=\"color:red\">hi<script>alert(1)</script></p>"
                + "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a><a href=\"JaVaScRiPt:alert(4)\">y</a>"
                + "<iframe src=\"https://evil.example\"></iframe><style>body{display:none}</style>"
                + "<svg onload=alert(5)></svg><object data=\"x\"></object><a href=\"data:text/html,<script>\">z</a>"
                + "<form action=\"https://evil.example\"><input name=p></form><base href=\"https://evil.example/\">";
        String clean = HtmlSanitizer.clean(hostile).toLowerCase(java.util.Locale.ROOT);
        assertThat(clean).doesNotContain("<script", "onclick", "onerror", "onload", "style", "javascript:", "<iframe",
                "<svg", "<object", "data:", "<form", "<input", "<base", "alert(");
        assertThat(clean).contains("hi");
    }

    @Test
    void keepsRelativeLinksToThisSite() {
        assertThat(HtmlSanitizer.clean("<a href=\"/courses/x\">x</a>")).contains("href=\"/courses/x\"");
    }

    @Test
    void textIsWhatAReaderSees() {
        assertThat(HtmlSanitizer.text("<p> </p><br>")).isEmpty();
        assertThat(HtmlSanitizer.text("<p>Hello <b>there</b></p>")).isEqualTo("Hello there");
    }
}
