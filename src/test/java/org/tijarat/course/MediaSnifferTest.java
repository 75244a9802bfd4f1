package org.tijarat.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaSnifferTest {

    @TempDir
    Path dir;

    @Test
    void recognisesEachAcceptedKindByContent() throws IOException {
        assertThat(sniff(MediaSamples.png(40, 30))).contains(MediaType.PNG);
        assertThat(sniff(MediaSamples.jpeg(40, 30))).contains(MediaType.JPEG);
        assertThat(sniff(MediaSamples.pdf())).contains(MediaType.PDF);
        assertThat(sniff(MediaSamples.mp4(1000))).contains(MediaType.MP4);
        assertThat(sniff(MediaSamples.webVtt())).contains(MediaType.WEBVTT);
    }

    @Test
    void refusesTruncatedAndBrokenVideos() throws IOException {
        byte[] whole = MediaSamples.mp4(1000);
        assertThat(sniff(MediaSamples.truncated(whole, whole.length - 10))).isEmpty();
        assertThat(sniff(MediaSamples.truncated(whole, 30))).isEmpty();
        byte[] noMovie = MediaSamples.mp4(10);
        noMovie[28] = 'f';
        noMovie[29] = 'r';
        noMovie[30] = 'e';
        noMovie[31] = 'e';
        assertThat(sniff(noMovie)).as("no moov box").isEmpty();
        byte[] badSize = whole.clone();
        badSize[24] = 0x7F;
        assertThat(sniff(badSize)).isEmpty();
    }

    @Test
    void refusesDisguisedAndDamagedFiles() throws IOException {
        assertThat(sniff("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(sniff("MZ this is an executable".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        byte[] jpeg = MediaSamples.jpeg(40, 30);
        assertThat(sniff(MediaSamples.truncated(jpeg, jpeg.length / 2))).as("JPEG without its end").isEmpty();
        byte[] pdf = MediaSamples.pdf();
        assertThat(sniff(MediaSamples.truncated(pdf, 40))).as("PDF without its trailer").isEmpty();
        assertThat(sniff("WEBVTTX not captions".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(sniff(new byte[] {'W', 'E', 'B', 'V', 'T', 'T', '\n', (byte) 0xC3, (byte) 0x28})).as("not UTF-8").isEmpty();
        assertThat(sniff(new byte[0])).isEmpty();
    }

    private Optional<MediaType> sniff(byte[] content) throws IOException {
        Path file = Files.createTempFile(dir, "media", ".bin");
        Files.write(file, content);
        return MediaSniffer.sniff(file);
    }
}
