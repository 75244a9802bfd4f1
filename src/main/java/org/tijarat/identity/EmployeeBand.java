package org.tijarat.identity;

/** Size of the enterprise by head count. */
public enum EmployeeBand {
    SOLO,
    FROM_2_TO_9,
    FROM_10_TO_49,
    FROM_50_TO_249,
    FROM_250
}
