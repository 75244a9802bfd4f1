package org.tijarat.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnterpriseDetailsTest {

    @Test
    void aWebsiteWithoutSchemeGetsHttps() {
        assertThat(EnterpriseDetails.normalizeWebsite("www.myshop.pk")).isEqualTo("https://www.myshop.pk");
        assertThat(EnterpriseDetails.normalizeWebsite("http://shop.example/items")).isEqualTo("http://shop.example/items");
        assertThat(EnterpriseDetails.normalizeWebsite("  ")).isNull();
    }

    @Test
    void namesAreTextWithLettersAndNoControlCharacters() {
        assertThat("<b>Ali</b> & Sons").matches(Names.TEXT_PATTERN);
        assertThat("کراچی ہینڈی کرافٹس").matches(Names.TEXT_PATTERN);
        assertThat("12345").doesNotMatch(Names.TEXT_PATTERN);
        assertThat("Ali\u0000").doesNotMatch(Names.TEXT_PATTERN);
        assertThat("فاطمہ").doesNotMatch(Names.LATIN_PATTERN);
        assertThat("Fatima Ali").matches(Names.LATIN_PATTERN);
    }
}
