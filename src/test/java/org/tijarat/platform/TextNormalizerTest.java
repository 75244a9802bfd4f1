package org.tijarat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void foldsCaseAndSpaces() {
        assertThat(TextNormalizer.searchKey("  Indus   LEATHER\tWorks ")).isEqualTo("indus leather works");
    }

    @Test
    void foldsTheArabicLettersUrduWritersTypeInsteadOfUrduOnes() {
        // Arabic yeh, kaf and heh against Farsi yeh, keheh and heh goal
        assertThat(TextNormalizer.searchKey("زينب كاشف")).isEqualTo(TextNormalizer.searchKey("زینب کاشف"));
        assertThat(TextNormalizer.searchKey("فاطمه")).isEqualTo(TextNormalizer.searchKey("فاطمہ"));
        assertThat(TextNormalizer.searchKey("على")).isEqualTo(TextNormalizer.searchKey("علی"));
    }

    @Test
    void dropsDiacriticsAndTatweel() {
        assertThat(TextNormalizer.searchKey("مُحَمَّد")).isEqualTo("محمد");
        assertThat(TextNormalizer.searchKey("تجـــارت")).isEqualTo("تجارت");
    }

    @Test
    void normalisesCompatibilityForms() {
        assertThat(TextNormalizer.searchKey("ﻻﻫﻮﺭ")).isEqualTo(TextNormalizer.searchKey("لاہور"));
    }

    @Test
    void emailsCompareTrimmedAndLowerCase() {
        assertThat(TextNormalizer.email("  Sana.Iqbal@Example.PK ")).isEqualTo("sana.iqbal@example.pk");
        assertThat(TextNormalizer.email(null)).isEmpty();
    }
}
