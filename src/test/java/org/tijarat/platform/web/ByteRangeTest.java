package org.tijarat.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void readsTheRangesVideoPlayersAskFor() {
        assertThat(ByteRange.parse("bytes=0-499", 1000)).contains(new ByteRange(0, 499));
        assertThat(ByteRange.parse("bytes=500-", 1000)).contains(new ByteRange(500, 999));
        assertThat(ByteRange.parse("bytes=-100", 1000)).contains(new ByteRange(900, 999));
        assertThat(ByteRange.parse("bytes=900-5000", 1000)).contains(new ByteRange(900, 999));
        assertThat(new ByteRange(0, 499).length()).isEqualTo(500);
    }

    @Test
    void answersTheWholeFileForNoOrSeveralRanges() {
        assertThat(ByteRange.parse(null, 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=0-1,5-6", 1000)).isEmpty();
        assertThat(ByteRange.parse("items=0-1", 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=x-y", 1000)).isEmpty();
    }

    @Test
    void refusesRangesOutsideTheFile() {
        assertThat(ByteRange.parse("bytes=1000-", 1000)).contains(ByteRange.UNSATISFIABLE);
        assertThat(ByteRange.parse("bytes=5-2", 1000)).contains(ByteRange.UNSATISFIABLE);
        assertThat(ByteRange.parse("bytes=-0", 1000)).contains(ByteRange.UNSATISFIABLE);
    }
}
