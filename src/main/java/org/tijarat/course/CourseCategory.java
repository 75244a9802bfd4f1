package org.tijarat.course;

/** The catalog's shelves. */
public enum CourseCategory {
    GETTING_STARTED,
    LISTINGS_AND_CATALOG,
    PRICING_AND_FINANCE,
    QUALITY_AND_PACKAGING,
    FULFILMENT_AND_SHIPPING,
    ACCOUNT_HEALTH_AND_POLICY,
    MARKETING_AND_GROWTH
}
