package org.tijarat.identity;

/** Pakistan's provinces and territories, as the program reports by them. */
public enum Province {
    PUNJAB,
    SINDH,
    KHYBER_PAKHTUNKHWA,
    BALOCHISTAN,
    ISLAMABAD_CAPITAL_TERRITORY,
    GILGIT_BALTISTAN,
    AZAD_JAMMU_AND_KASHMIR
}
