package org.tijarat.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** How a learner's grade on a quiz follows from several graded attempts (percentages, in attempt order). */
public enum GradingMethod {
    HIGHEST,
    LAST,
    AVERAGE;

    public Optional<BigDecimal> grade(List<BigDecimal> percents) {
        if (percents.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (this) {
            case HIGHEST -> percents.stream().max(BigDecimal::compareTo).orElseThrow();
            case LAST -> percents.get(percents.size() - 1);
            case AVERAGE -> percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(percents.size()), 2, RoundingMode.HALF_UP);
        });
    }
}
