package org.tijarat.identity;

/** What an SME makes or sells, for the program's reports by sector. */
public enum Sector {
    TEXTILES_AND_APPAREL,
    LEATHER_GOODS,
    SPORTS_GOODS,
    SURGICAL_AND_MEDICAL,
    HANDICRAFTS_AND_HOME_DECOR,
    FOOD_AND_AGRICULTURE,
    BEAUTY_AND_PERSONAL_CARE,
    JEWELLERY_AND_ACCESSORIES,
    FURNITURE,
    ELECTRONICS_AND_ACCESSORIES,
    BOOKS_AND_STATIONERY,
    OTHER
}
