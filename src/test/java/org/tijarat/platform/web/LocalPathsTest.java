package org.tijarat.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalPathsTest {

    @Test
    void keepsPathsOnThisSite() {
        assertThat(LocalPaths.orElse("/my/profile", "/")).isEqualTo("/my/profile");
        assertThat(LocalPaths.orElse("/admin/users?q=sana&page=2", "/")).isEqualTo("/admin/users?q=sana&page=2");
    }

    @Test
    void refusesEverythingThatCouldLeaveTheSite() {
        for (String hostile : new String[] {null, "", "https://evil.example/", "//evil.example/x", "/\\evil.example",
                "javascript:alert(1)", "evil.example", "/ok\r\nSet-Cookie: x=y"}) {
            assertThat(LocalPaths.orElse(hostile, "/")).as(String.valueOf(hostile)).isEqualTo("/");
        }
    }
}
