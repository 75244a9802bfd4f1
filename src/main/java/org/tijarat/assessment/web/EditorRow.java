package org.tijarat.assessment.web;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/** One row of the question editor: an option (text, weight in %, feedback), a matching pair, or a number answer. */
public class EditorRow implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private String text;
    private BigDecimal weight;
    private String feedback;
    private String match;
    private BigDecimal value;
    private BigDecimal tolerance;

    public boolean isBlank() {
        return (text == null || text.isBlank()) && value == null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public String getMatch() {
        return match;
    }

    public void setMatch(String match) {
        this.match = match;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public BigDecimal getTolerance() {
        return tolerance;
    }

    public void setTolerance(BigDecimal tolerance) {
        this.tolerance = tolerance;
    }
}
