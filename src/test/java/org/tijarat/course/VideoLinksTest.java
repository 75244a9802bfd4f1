package org.tijarat.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tijarat.platform.BusinessException;

class VideoLinksTest {

    @Test
    void acceptsTheUsualYouTubeAndVimeoAddresses() {
        for (String url : new String[] {"https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://youtu.be/dQw4w9WgXcQ",
                "https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ", "https://www.youtube.com/embed/dQw4w9WgXcQ",
                "https://youtube.com/shorts/dQw4w9WgXcQ?si=abc"}) {
            assertThat(VideoLinks.normalize(url)).as(url).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        }
        assertThat(VideoLinks.normalize("https://vimeo.com/76979871")).isEqualTo("https://vimeo.com/76979871");
        assertThat(VideoLinks.normalize("https://player.vimeo.com/video/76979871?h=1")).isEqualTo("https://vimeo.com/76979871");
        assertThat(VideoLinks.normalize("  ")).isNull();
    }

    @Test
    void embedsPrivacyFriendly() {
        assertThat(VideoLinks.embedUrl("https://www.youtube.com/watch?v=dQw4w9WgXcQ"))
                .startsWith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(VideoLinks.embedUrl("https://vimeo.com/76979871")).isEqualTo("https://player.vimeo.com/video/76979871?dnt=1");
    }

    @Test
    void refusesEverythingElse() {
        for (String url : new String[] {"https://evil.example/watch?v=dQw4w9WgXcQ", "javascript:alert(1)",
                "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ", "https://vimeo.com/abc"}) {
            assertThatThrownBy(() -> VideoLinks.normalize(url)).as(url).isInstanceOf(BusinessException.class)
                    .hasMessage("lesson.video_url.invalid");
        }
    }
}
